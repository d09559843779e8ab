import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import { checkRecipients, type AlertRecipients } from "./alertSubscriptions";
import {
    CIS_FILTERS, GUARDRAIL_FILTERS, MONITORING_ALARM_IDS, type CisAlarmId, type CisFilter, type GuardrailFilter,
} from "./cisFilterPatterns";
import { regionalTopicArn } from "./regionalTopics";
import { validateMetricNamespace, validateTags } from "../documents/validate";
import { withFormerType } from "../common/componentType";

/** The default namespace of the CIS metrics. */
export const DEFAULT_CIS_NAMESPACE = "CISBenchmark";

/** The alarms to create and their metric namespace; `GuardrailBaseline.cisAlarms` takes the same. */
export interface CisAlarmSettings {
    /** Alarms to leave out, by id. Default none: all 15 CIS alarms and mfaDeviceChanges. */
    disabled?: CisAlarmId[];
    /** The namespace of the metrics the filters publish. Default "CISBenchmark". */
    metricNamespace?: string;
}

/** Arguments of CisAlarms. */
export interface CisAlarmsArgs extends CisAlarmSettings, AlertRecipients {
    /** The CloudWatch Logs group a multi-region trail delivers to (for example an AllRegionsTrail's logGroupName). Required. */
    logGroupName: pulumi.Input<string>;
    /** An existing topic in the log group's region to notify instead of creating one; may be a topic's arn output. Default: a new topic. */
    topicArn?: pulumi.Input<string>;
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

const WHERE = "CisAlarms";

/** One enabled alarm: a CIS control or one of this package's additions. */
export type MonitoringFilter = CisFilter | GuardrailFilter;

/** Applies the defaults and validates; returns the enabled filters, benchmark order first. */
export function enabledCisFilters(args: Pick<CisAlarmsArgs, "disabled">): MonitoringFilter[] {
    const disabled: unknown = args.disabled ?? [];
    if (!Array.isArray(disabled)) {
        throw new GuardrailInputError(`${WHERE}: disabled must be an array of alarm ids; allowed: ${MONITORING_ALARM_IDS.join(", ")}`);
    }
    for (const id of disabled) {
        if (!(MONITORING_ALARM_IDS as readonly unknown[]).includes(id)) {
            throw new GuardrailInputError(`${WHERE}: disabled names ${describeValue(id)}, which is not a CisAlarms alarm; allowed: ${MONITORING_ALARM_IDS.join(", ")}`);
        }
    }
    return [...CIS_FILTERS, ...GUARDRAIL_FILTERS].filter((filter) => !disabled.includes(filter.id));
}

/** The alarm description: the CIS ids, or this package's rationale. */
export function alarmDescription(filter: MonitoringFilter): string {
    return "cisV7" in filter
        ? `CIS AWS Foundations v7.0.0 ${filter.cisV7} (v5.0.0 ${filter.cisV5}): ${filter.title}.`
        : `aws-guardrails: ${filter.title}. ${filter.rationale}`;
}

/** Validates everything but the recipients: returns the enabled filters and the namespace. */
export function resolveCisAlarms(args: Pick<CisAlarmsArgs, "disabled" | "metricNamespace">): { filters: MonitoringFilter[]; namespace: string } {
    const filters = enabledCisFilters(args);
    const namespace = validateMetricNamespace(`${WHERE}: metricNamespace`, args.metricNamespace ?? DEFAULT_CIS_NAMESPACE);
    return { filters, namespace };
}

/** `rootAccountUsage` → `RootAccountUsage`, the metric name. */
function metricName(id: CisAlarmId): string {
    return id.charAt(0).toUpperCase() + id.slice(1);
}

/**
 * The CIS AWS Foundations Benchmark monitoring controls (v7.0.0 5.1 to 5.15),
 * and `mfaDeviceChanges` (an IAM user enrolled or removed an MFA device, which a
 * leaked key can do on its own): for each enabled one, a metric filter on the
 * trail's log group and an alarm that fires on the first matching event in 5
 * minutes and notifies a CMK-encrypted topic. Children use the component's provider, which must be the
 * log group's region.
 */
export class CisAlarms extends pulumi.ComponentResource {
    /** The ARN of the topic the alarms notify. */
    readonly topicArn: pulumi.Output<string>;
    /** The ids of the alarms created, in benchmark order. */
    readonly alarmIds: CisAlarmId[];

    constructor(name: string, args: CisAlarmsArgs, opts?: pulumi.ComponentResourceOptions) {
        if (args === undefined || args === null || args.logGroupName === undefined || args.logGroupName === "") {
            throw new GuardrailInputError(`${WHERE}: logGroupName is required: the CloudWatch Logs group of a multi-region trail, such as AllRegionsTrail.logGroupName`);
        }
        const { filters, namespace } = resolveCisAlarms(args);
        const recipients = checkRecipients(WHERE, args);
        const tags = validateTags(WHERE, args.tags);
        super("aws-guardrails:index:CisAlarms", name, {}, withFormerType(opts, "aws-guardrails:detect:CisAlarms"));

        this.topicArn = regionalTopicArn({
            parent: this, name: `${name}-alerts`, existing: args.topicArn, recipients, publishers: ["cloudwatch"], tags,
        });
        for (const filter of filters) {
            const metric = metricName(filter.id);
            const metricFilter = new aws.cloudwatch.LogMetricFilter(`${name}-${filter.id}`, {
                logGroupName: args.logGroupName,
                pattern: filter.pattern,
                metricTransformation: { name: metric, namespace, value: "1" },
            }, { parent: this });
            new aws.cloudwatch.MetricAlarm(`${name}-${filter.id}`, {
                alarmDescription: alarmDescription(filter),
                namespace,
                metricName: metric,
                statistic: "Sum",
                period: 300,
                evaluationPeriods: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                threshold: 1,
                treatMissingData: "notBreaching",
                alarmActions: [this.topicArn],
                tags,
            }, { parent: this, dependsOn: [metricFilter] });
        }
        this.alarmIds = filters.map((filter) => filter.id);
        this.registerOutputs({ topicArn: this.topicArn, alarmIds: this.alarmIds });
    }
}

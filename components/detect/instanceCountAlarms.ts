import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import { checkRecipients, type AlertRecipients } from "./alertSubscriptions";
import { ALL_INSTANCE_CLASSES, DEFAULT_INSTANCE_CLASSES, type InstanceClass } from "./instanceClasses";
import { DEFAULT_ENABLED_REGIONS } from "./regionDefaults";
import { checkTopicArns, regionalProvider, regionalTopicArn } from "./regionalTopics";
import { validateRegions, validateTags } from "../documents/validate";
import { withFormerType } from "../common/componentType";

/** The default vCPU ceiling per instance class in a region in use. */
export const DEFAULT_VCPU_CEILING = 64;

/** The vCPU ceilings and instance classes; `GuardrailBaseline.instanceCount` takes the same. */
export interface VcpuAlarmSettings {
    /** vCPUs per class allowed in a region in use before the alarm fires. Default 64. */
    vcpuCeiling?: number;
    /** Per-region ceilings for regions in use, overriding vcpuCeiling, like { "eu-west-1": 128 }. Default none. */
    vcpuCeilingByRegion?: Record<string, number>;
    /** Instance classes to alarm on, one alarm each per region. Default the 12 On-Demand (High Memory included) and Standard, G and P Spot classes. */
    instanceClasses?: InstanceClass[];
}

/** Arguments of InstanceCountAlarms. */
export interface InstanceCountAlarmsArgs extends VcpuAlarmSettings, AlertRecipients {
    /** Regions to watch. Default: the 17 regions enabled in every new account; add opt-in regions the account has enabled. */
    regions?: string[];
    /** Regions the team runs instances in; they get the vCPU ceiling, every other watched region alarms on any instance. Default none. */
    regionsInUse?: string[];
    /** Existing alert topics by region, used instead of creating one there; each may be a topic's arn output. Default: a new topic per region. */
    topicArns?: Record<string, pulumi.Input<string>>;
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

/** The validated plan: the threshold of every region. */
export interface InstanceCountPlan {
    /** Watched regions in order, each with its threshold (0 when not in use). */
    regions: { region: string; inUse: boolean; threshold: number }[];
    /** The classes alarmed on. */
    classes: InstanceClass[];
}

const WHERE = "InstanceCountAlarms";

function checkCeiling(where: string, value: unknown): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
        throw new GuardrailInputError(`${where}: ${describeValue(value)} is not allowed; expected a whole number of vCPUs of at least 1`);
    }
    return value;
}

/** Applies the defaults and validates; throws {@link GuardrailInputError}. */
export function planInstanceCountAlarms(args: InstanceCountAlarmsArgs): InstanceCountPlan {
    const regions = validateRegions(`${WHERE}: regions`, args.regions ?? [...DEFAULT_ENABLED_REGIONS]);
    const inUse = validateRegions(`${WHERE}: regionsInUse`, args.regionsInUse ?? [], true);
    const unwatched = inUse.filter((region) => !regions.includes(region));
    if (unwatched.length > 0) {
        throw new GuardrailInputError(`${WHERE}: regionsInUse ${unwatched.map((r) => `"${r}"`).join(", ")} must also be in regions; watched: ${regions.join(", ")}`);
    }
    if (args.vcpuCeiling !== undefined && typeof args.vcpuCeiling === "object") {
        throw new GuardrailInputError(`${WHERE}: vcpuCeiling must be a number; per-region ceilings go in vcpuCeilingByRegion, like { "eu-west-1": 128 }`);
    }
    const ceiling = args.vcpuCeiling === undefined ? DEFAULT_VCPU_CEILING : checkCeiling(`${WHERE}: vcpuCeiling`, args.vcpuCeiling);
    const byRegion: unknown = args.vcpuCeilingByRegion ?? {};
    if (typeof byRegion !== "object" || byRegion === null || Array.isArray(byRegion)) {
        throw new GuardrailInputError(`${WHERE}: vcpuCeilingByRegion must map region names to numbers, like { "eu-west-1": 128 }; got ${describeValue(byRegion)}`);
    }
    for (const [region, value] of Object.entries(byRegion)) {
        if (!inUse.includes(region)) {
            throw new GuardrailInputError(`${WHERE}: vcpuCeilingByRegion names ${describeValue(region)}, which is not in regionsInUse (${inUse.join(", ") || "none"}); regions not in use always alarm at 0`);
        }
        checkCeiling(`${WHERE}: vcpuCeilingByRegion["${region}"]`, value);
    }
    const ceilingOf = (region: string): number => (byRegion as Record<string, number>)[region] ?? ceiling;
    const rawClasses: unknown = args.instanceClasses ?? [...DEFAULT_INSTANCE_CLASSES];
    if (!Array.isArray(rawClasses) || rawClasses.length === 0) {
        throw new GuardrailInputError(`${WHERE}: instanceClasses must be a non-empty array; allowed: ${ALL_INSTANCE_CLASSES.join(", ")}`);
    }
    for (const item of rawClasses) {
        if (!(ALL_INSTANCE_CLASSES as readonly unknown[]).includes(item)) {
            throw new GuardrailInputError(`${WHERE}: instance class ${describeValue(item)} is not allowed; allowed: ${ALL_INSTANCE_CLASSES.join(", ")}`);
        }
    }
    return {
        regions: regions.map((region) => {
            const used = inUse.includes(region);
            return { region, inUse: used, threshold: used ? ceilingOf(region) : 0 };
        }),
        classes: [...new Set(rawClasses as InstanceClass[])],
    };
}

/** The logical-name part of an instance class: `G/OnDemand` → `g-ondemand`. */
export function classSlug(instanceClass: InstanceClass): string {
    return instanceClass.replace("/", "-").toLowerCase();
}

/**
 * vCPU alarms in every region: attackers with a leaked key launch instances in
 * regions nobody watches. In each watched region, one alarm per instance class
 * on `AWS/Usage` `ResourceCount` (`Service=EC2`, `Type=Resource`,
 * `Resource=vCPU`, `Class=<class>`, statistic Maximum, 5 minutes). A region in
 * use alarms above its vCPU ceiling; every other region alarms on more than 0
 * vCPUs, that is on any running instance. Missing data (no instances) is OK.
 *
 * Each region has its own explicit provider and its own alert topic, because an
 * alarm can only notify a topic in its own region; every topic gets the same
 * recipients.
 */
export class InstanceCountAlarms extends pulumi.ComponentResource {
    /** The alert topic ARN of each watched region. */
    readonly topicArns: Record<string, pulumi.Output<string>>;
    /** The threshold of each watched region (0 where not in use). */
    readonly thresholds: Record<string, number>;
    /** How many alarms were created. */
    readonly alarmCount: number;

    constructor(name: string, args: InstanceCountAlarmsArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const plan = planInstanceCountAlarms(args);
        const recipients = checkRecipients(WHERE, args);
        const existing = checkTopicArns(`${WHERE}: topicArns`, args.topicArns, plan.regions.map((r) => r.region));
        const tags = validateTags(WHERE, args.tags);
        super("aws-guardrails:index:InstanceCountAlarms", name, {}, withFormerType(opts, "aws-guardrails:detect:InstanceCountAlarms"));

        this.topicArns = {};
        this.thresholds = {};
        let count = 0;
        for (const { region, inUse, threshold } of plan.regions) {
            const provider = regionalProvider(this, name, region);
            const topicArn = regionalTopicArn({
                parent: this, name: `${name}-${region}-alerts`, provider, existing: existing[region],
                recipients, publishers: ["cloudwatch"], tags,
            });
            this.topicArns[region] = topicArn;
            this.thresholds[region] = threshold;
            for (const instanceClass of plan.classes) {
                new aws.cloudwatch.MetricAlarm(`${name}-${region}-${classSlug(instanceClass)}`, {
                    alarmDescription: inUse
                        ? `More than ${threshold} ${instanceClass} vCPUs are running in ${region}, above the ceiling for a region in use.`
                        : `${instanceClass} instances are running in ${region}, a region this account does not use. A leaked key is a likely cause.`,
                    namespace: "AWS/Usage",
                    metricName: "ResourceCount",
                    dimensions: { Service: "EC2", Type: "Resource", Resource: "vCPU", Class: instanceClass },
                    statistic: "Maximum",
                    period: 300,
                    evaluationPeriods: 1,
                    comparisonOperator: "GreaterThanThreshold",
                    threshold,
                    treatMissingData: "notBreaching",
                    alarmActions: [topicArn],
                    tags,
                }, { parent: this, provider });
                count++;
            }
        }
        this.alarmCount = count;
        this.registerOutputs({ topicArns: this.topicArns, thresholds: this.thresholds, alarmCount: this.alarmCount });
    }
}

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import type { AlertPublisher } from "../documents/detect/alertTopicPolicy";
import { checkRecipients, type AlertRecipients } from "./alertSubscriptions";
import { regionalProvider, regionalTopicArn } from "./regionalTopics";
import { validateFlag, validatePositive, validateSnsTopicArn, validateTags } from "../documents/validate";
import { withFormerType } from "../common/componentType";

/** The only region that holds the `AWS/Billing` metrics. */
export const BILLING_REGION = "us-east-1";

/** Default alarm thresholds in USD: early warning, clear anomaly, emergency. */
export const DEFAULT_BILLING_THRESHOLDS: readonly number[] = Object.freeze([50, 250, 1000]);

/** Settings of the optional monthly cost budget. */
export interface BillingBudget {
    /** Create the budget. Default true (the first two budgets of an account are free). */
    enabled?: boolean;
    /** The monthly limit in USD. Default: the highest alarm threshold. */
    limitUsd?: number;
    /** Percentages of the limit at which a FORECASTED notification fires. Default [80, 100]. */
    forecastPercents?: number[];
}

/** @deprecated Renamed `BillingBudget`. */
export type BillingBudgetArgs = BillingBudget;

/** The alarm thresholds and the budget; `GuardrailBaseline.billing` takes the same. */
export interface BillingSettings {
    /** Estimated-charges thresholds in USD, one alarm each. Default [50, 250, 1000]. */
    thresholds?: number[];
    /** The monthly AWS Budgets budget with forecast notifications. Default enabled, limit = highest threshold. */
    budget?: BillingBudget;
}

/** Arguments of BillingAlarm. */
export interface BillingAlarmArgs extends BillingSettings, AlertRecipients {
    /** An existing us-east-1 topic to notify instead of creating one (it must let CloudWatch and, for the budget, Budgets publish); may be a topic's arn output. Default: a new topic. */
    topicArn?: pulumi.Input<string>;
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

/** Validated settings of a {@link BillingAlarm}. */
export interface ResolvedBillingAlarm {
    /** Sorted thresholds without duplicates. */
    thresholds: number[];
    /** The budget, or undefined when disabled. */
    budget: { limitUsd: number; forecastPercents: number[] } | undefined;
}

const WHERE = "BillingAlarm";

/** Applies the defaults and validates; throws {@link GuardrailInputError}. */
export function resolveBillingAlarm(args: BillingAlarmArgs): ResolvedBillingAlarm {
    const raw: unknown = args.thresholds ?? DEFAULT_BILLING_THRESHOLDS;
    if (!Array.isArray(raw) || raw.length === 0) {
        throw new GuardrailInputError(`${WHERE}: thresholds must be a non-empty array of USD amounts, like [50, 250, 1000]; got ${describeValue(raw)}`);
    }
    const thresholds = [...new Set(raw.map((value) => validatePositive(`${WHERE}: threshold`, value)))].sort((a, b) => a - b);
    const budgetArgs = args.budget ?? {};
    if (!validateFlag(`${WHERE}: budget.enabled`, budgetArgs.enabled, true)) {
        return { thresholds, budget: undefined };
    }
    const limitUsd = budgetArgs.limitUsd === undefined
        ? thresholds[thresholds.length - 1]
        : validatePositive(`${WHERE}: budget.limitUsd`, budgetArgs.limitUsd);
    const percents: unknown = budgetArgs.forecastPercents ?? [80, 100];
    if (!Array.isArray(percents) || percents.length === 0 || percents.length > 5) {
        throw new GuardrailInputError(`${WHERE}: budget.forecastPercents must hold 1 to 5 percentages (AWS allows 5 notifications per budget); got ${describeValue(percents)}`);
    }
    const forecastPercents = [...new Set(percents.map((value) => {
        const percent = validatePositive(`${WHERE}: budget.forecastPercents`, value);
        if (percent > 1000) {
            throw new GuardrailInputError(`${WHERE}: budget.forecastPercents ${percent} is not allowed; expected a percentage from 0 to 1000`);
        }
        return percent;
    }))].sort((a, b) => a - b);
    return { thresholds, budget: { limitUsd, forecastPercents } };
}

/**
 * Alarms on the account's estimated charges, one per threshold, so that a
 * leaked key's spending is noticed in hours rather than on the invoice.
 *
 * `AWS/Billing` `EstimatedCharges` (`Currency=USD`) exists only in us-east-1,
 * so every child uses an explicit us-east-1 provider. **One manual step:** the
 * metric is published only after "Receive Billing Alerts" (Billing and Cost
 * Management console → Billing preferences → Alert preferences → "Receive
 * CloudWatch billing alerts") has been turned on once, by the root user or an
 * administrator; it cannot be turned off again, and there is no API for it.
 *
 * An optional AWS Budgets budget adds FORECASTED notifications, which fire before
 * the money is spent. Notifications go to a CMK-encrypted topic (see
 * AlertTopic) with the e-mail and other subscriptions.
 *
 * @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html — the AWS/Billing EstimatedCharges metric (Currency=USD) is published only in us-east-1, and only after "Receive Billing Alerts" is turned on; it cannot be turned off
 * @awsfact https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-limits.html — a budget can have at most 5 notifications
 */
export class BillingAlarm extends pulumi.ComponentResource {
    /** The ARN of the topic the alarms and the budget notify. */
    readonly topicArn: pulumi.Output<string>;
    /** The alarm names, one per threshold, ascending. */
    readonly alarmNames: pulumi.Output<string[]>;
    /** The budget's name, or undefined when disabled. */
    readonly budgetName: pulumi.Output<string | undefined>;

    constructor(name: string, args: BillingAlarmArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const settings = resolveBillingAlarm(args);
        const recipients = checkRecipients(WHERE, args);
        const tags = validateTags(WHERE, args.tags);
        if (args.topicArn !== undefined) {
            validateSnsTopicArn(`${WHERE}: topicArn`, args.topicArn, BILLING_REGION);
        }
        super("aws-guardrails:index:BillingAlarm", name, {}, withFormerType(opts, "aws-guardrails:detect:BillingAlarm"));

        const provider = regionalProvider(this, name, BILLING_REGION);
        const publishers: AlertPublisher[] = settings.budget ? ["cloudwatch", "budgets"] : ["cloudwatch"];
        this.topicArn = regionalTopicArn({
            parent: this, name: `${name}-alerts`, provider, existing: args.topicArn, recipients, publishers, tags,
        });
        const alarms = settings.thresholds.map((threshold) => new aws.cloudwatch.MetricAlarm(`${name}-over-${threshold}-usd`, {
            alarmDescription: `Estimated AWS charges this month are above ${threshold} USD. An unexpected rise can mean a leaked access key.`,
            namespace: "AWS/Billing",
            metricName: "EstimatedCharges",
            dimensions: { Currency: "USD" },
            statistic: "Maximum",
            period: 21600,
            evaluationPeriods: 1,
            comparisonOperator: "GreaterThanThreshold",
            threshold,
            treatMissingData: "notBreaching",
            alarmActions: [this.topicArn],
            tags,
        }, { parent: this, provider }));
        this.alarmNames = pulumi.all(alarms.map((alarm) => alarm.name));

        let budgetName: pulumi.Output<string | undefined> = pulumi.output(undefined);
        if (settings.budget) {
            const budget = new aws.budgets.Budget(`${name}-monthly`, {
                budgetType: "COST",
                timeUnit: "MONTHLY",
                limitAmount: settings.budget.limitUsd.toFixed(2),
                limitUnit: "USD",
                notifications: settings.budget.forecastPercents.map((percent) => ({
                    notificationType: "FORECASTED",
                    comparisonOperator: "GREATER_THAN",
                    threshold: percent,
                    thresholdType: "PERCENTAGE",
                    subscriberSnsTopicArns: [this.topicArn],
                })),
                tags,
            }, { parent: this, provider });
            budgetName = budget.name;
        }
        this.budgetName = budgetName;
        this.registerOutputs({ topicArn: this.topicArn, alarmNames: this.alarmNames, budgetName: this.budgetName });
    }
}

import { BILLING_METRICS_REGION, isBillingAlarm } from "./support/alarms";
import { configBoolean } from "../framework/configReaders";
import { stackPolicy } from "../framework/guardrailPolicy";
import { effectiveRegion } from "../shared/regions";

/** Config of {@link billingAlarmPresent}. */
export interface BillingAlarmPresentConfig {
    /** Set when another stack deploys the billing alarm. Default false. */
    billingAlarmOwnedElsewhere?: boolean;
}

/**
 * The stack deploys a billing alarm (CloudWatch metric AWS/Billing
 * EstimatedCharges) in us-east-1, the only region that publishes billing
 * metrics; an alarm elsewhere never fires and is reported as such. A run-up
 * bill is often the first sign of a leaked key. Advisory, because it fires on
 * every stack without one; application stacks set `billingAlarmOwnedElsewhere`.
 * The account must also enable "Receive Billing Alerts" (runtime state the
 * pack cannot see).
 */
export const billingAlarmPresent = stackPolicy<BillingAlarmPresentConfig>({
    name: "billing-alarm-present",
    area: "logging",
    description: "The stack should deploy a CloudWatch alarm on AWS/Billing EstimatedCharges in us-east-1, unless billingAlarmOwnedElsewhere says another stack does.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Deploy the guardrail baseline, or an aws.cloudwatch.MetricAlarm on namespace AWS/Billing, metric EstimatedCharges (dimension Currency=USD) with a us-east-1 provider; or set billingAlarmOwnedElsewhere: true when another stack owns it.",
    configSchema: {
        properties: {
            billingAlarmOwnedElsewhere: {
                type: "boolean",
                default: false,
                description: "Set when another stack deploys the billing alarm.",
            },
        },
    },
    check: (resources, report, config) => {
        if (configBoolean(config, "billingAlarmOwnedElsewhere", false)) {
            return;
        }
        const alarms = resources.filter(isBillingAlarm);
        for (const alarm of alarms) {
            const region = effectiveRegion(alarm);
            if (region !== undefined && region !== BILLING_METRICS_REGION) {
                report(`billing alarm ${alarm.name} is in ${region}, but AWS publishes billing metrics only in ${BILLING_METRICS_REGION}, so it never fires; give it a ${BILLING_METRICS_REGION} provider`, alarm.urn);
            }
        }
        if (alarms.length === 0) {
            report("the stack deploys no billing alarm (AWS/Billing EstimatedCharges); deploy one in us-east-1, or set billingAlarmOwnedElsewhere: true if another stack does");
        }
    },
});

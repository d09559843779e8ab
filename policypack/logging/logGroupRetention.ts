import { configBoolean, configNumber } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { UNKNOWN, asNumber } from "../framework/props";

/** `aws:cloudwatch/logGroup:LogGroup`. */
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";

/** The default minimum retention: one year, long enough to investigate a leak found months later. */
// @awsfact https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html — Security Hub CloudWatch.16: log groups should be retained for at least 1 year (365 days)
export const DEFAULT_MINIMUM_RETENTION_DAYS = 365;

/** Config of {@link logGroupRetention}. */
export interface LogGroupRetentionConfig {
    /** The shortest acceptable retentionInDays; default 365. */
    minimumRetentionDays?: number;
    /** Also report log groups that never expire (retentionInDays unset or 0); default false. */
    requireExplicitRetention?: boolean;
}

/**
 * CloudWatch log groups must keep logs long enough to investigate an
 * incident: `retentionInDays` at least `minimumRetentionDays` (default 365).
 * Like Security Hub's CloudWatch.16, a group that never expires (unset or 0)
 * passes, unless `requireExplicitRetention` asks for an explicit period (for
 * cost control and data minimisation).
 */
export const logGroupRetention = resourcePolicy<LogGroupRetentionConfig>({
    name: "log-group-retention",
    area: "logging",
    description: "CloudWatch log groups should retain logs for at least minimumRetentionDays (default 365).",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: "Set `retentionInDays` to 365 or more (valid values include 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653), or lower minimumRetentionDays in the policy-pack config.",
    configSchema: {
        properties: {
            minimumRetentionDays: {
                type: "integer",
                minimum: 1,
                default: DEFAULT_MINIMUM_RETENTION_DAYS,
                description: "The shortest acceptable retention, in days.",
            },
            requireExplicitRetention: {
                type: "boolean",
                default: false,
                description: "Also report log groups that never expire (retentionInDays unset or 0).",
            },
        },
    },
    types: [LOG_GROUP],
    check: (resource, report, config) => {
        const raw = resource.props.retentionInDays;
        if (raw === UNKNOWN) {
            return;
        }
        const minimum = configNumber(config, "minimumRetentionDays", DEFAULT_MINIMUM_RETENTION_DAYS);
        const days = asNumber(raw);
        if (days === undefined || days === 0) {
            if (configBoolean(config, "requireExplicitRetention", false)) {
                report(`${resource.name} never expires its logs (retentionInDays unset); set an explicit retention of at least ${minimum} days`);
            }
            return;
        }
        if (days < minimum) {
            report(`${resource.name} keeps logs for ${days} days; at least ${minimum} are required (minimumRetentionDays)`);
        }
    },
});

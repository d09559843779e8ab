import { configBoolean } from "../framework/configReaders";
import { stackPolicy } from "../framework/guardrailPolicy";
import { UNKNOWN, asBoolean } from "../framework/props";
import { TRAIL } from "./support/trailTypes";

/** Config of {@link cloudtrailMultiRegionTrailPresent}. */
export interface CloudtrailMultiRegionTrailPresentConfig {
    /** Set when another stack (or the organization trail) provides the multi-region trail. Default false. */
    trailOwnedElsewhere?: boolean;
}

/**
 * The stack deploys a logging, multi-region CloudTrail trail, unless config
 * says another stack owns it. Advisory, because it fires on every stack that
 * has no trail: an application stack should set `trailOwnedElsewhere` (or
 * the organization's policy group should) rather than be blocked.
 */
export const cloudtrailMultiRegionTrailPresent = stackPolicy<CloudtrailMultiRegionTrailPresentConfig>({
    name: "cloudtrail-multi-region-trail-present",
    area: "logging",
    description: "The stack should deploy a multi-region CloudTrail trail that is logging, unless trailOwnedElsewhere says another stack does.",
    severity: "high",
    enforcementLevel: "advisory",
    remediationSteps: "Deploy the guardrail baseline (or an aws.cloudtrail.Trail with isMultiRegionTrail: true) in this account, or set trailOwnedElsewhere: true in the policy-pack config when another stack or the organization trail covers the account.",
    cis: { v7: ["4.1"], v5: ["3.1"] },
    configSchema: {
        properties: {
            trailOwnedElsewhere: {
                type: "boolean",
                default: false,
                description: "Set when another stack (or an organization trail) provides the multi-region trail.",
            },
        },
    },
    check: (resources, report, config) => {
        if (configBoolean(config, "trailOwnedElsewhere", false)) {
            return;
        }
        const present = resources.some((r) => r.type === TRAIL
            && (r.props.isMultiRegionTrail === UNKNOWN || asBoolean(r.props.isMultiRegionTrail) === true)
            && asBoolean(r.props.enableLogging) !== false);
        if (!present) {
            report("the stack deploys no logging multi-region CloudTrail trail; deploy one, or set trailOwnedElsewhere: true if another stack does");
        }
    },
});

import { configStrings } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { DEFAULT_DENIED_INSTANCE_TYPES, judgeInstanceType } from "./support/instanceTypes";
import { INSTANCE_TYPE_CARRIERS, instanceTypesOf } from "./support/instanceTypesOf";

/** Config of {@link instanceTypeAllowed}. */
export interface InstanceTypeAllowedConfig {
    /** Glob patterns of the only types allowed; when non-empty, the deny list is ignored. Default []. */
    allowedInstanceTypes?: string[];
    /** Glob patterns of denied types, used when the allow-list is empty. Default {@link DEFAULT_DENIED_INSTANCE_TYPES}. */
    deniedInstanceTypes?: string[];
}

/**
 * Instance types must pass an allow-list, or by default stay clear of the GPU,
 * accelerated, bare-metal and very large types that are crypto-mining
 * favourites. Covers instances, launch templates, spot requests, spot fleets,
 * EC2 fleets, Auto Scaling mixed-instance overrides, legacy launch
 * configurations, EKS node groups and Batch compute environments.
 *
 * Advisory by default: the pack checks only what this team deploys (an
 * attacker with a leaked key does not run `pulumi up`; the vCPU alarms and
 * region SCPs catch that), and a team that trains models needs these types.
 * Set it to mandatory with an `allowedInstanceTypes` list to make the list a rule.
 */
export const instanceTypeAllowed = resourcePolicy<InstanceTypeAllowedConfig>({
    name: "instance-type-allowed",
    area: "compute",
    description: "EC2 instance types must match allowedInstanceTypes, or (by default) must not be GPU/accelerated, bare-metal or 24xlarge-and-larger types.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Pick a smaller or general-purpose type, or list the types this stack may use in allowedInstanceTypes (glob patterns such as \"t3.*\" or \"m7i.large\") in the policy-pack config.",
    configSchema: {
        properties: {
            allowedInstanceTypes: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 64 },
                default: [],
                description: "Glob patterns (\"t3.*\") of the only instance types allowed. When non-empty, deniedInstanceTypes is ignored.",
            },
            deniedInstanceTypes: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 64 },
                default: [...DEFAULT_DENIED_INSTANCE_TYPES],
                description: "Glob patterns of denied instance types, used when allowedInstanceTypes is empty.",
            },
        },
    },
    types: INSTANCE_TYPE_CARRIERS,
    check: (resource, report, config) => {
        const allowed = configStrings(config, "allowedInstanceTypes", []);
        const denied = configStrings(config, "deniedInstanceTypes", DEFAULT_DENIED_INSTANCE_TYPES);
        for (const requested of instanceTypesOf(resource)) {
            const verdict = judgeInstanceType(requested.type, allowed, denied);
            if (!verdict.allowed) {
                report(`${resource.name} ${requested.where}: ${verdict.reason}`);
            }
        }
    },
});

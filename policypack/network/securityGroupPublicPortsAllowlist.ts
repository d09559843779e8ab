import { internetWideSource } from "../shared/cidrs";
import { configIntegers } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { DEFAULT_PORTS_ALLOWED_TO_WORLD, describeRange, hasPortOutside } from "./support/ports";
import { INGRESS_RULE_TYPES, describeRuleTraffic, ingressRules } from "./support/securityGroupRules";
import { opensEverything } from "./securityGroupNoPublicAllTraffic";

/** Config of {@link publicPortsAllowlist}. */
export interface PublicPortsAllowlistConfig {
    /** The only tcp/udp ports that may be open to the internet; default [80, 443]. */
    portsAllowedToWorld?: number[];
}

/** Protocols whose exposure is not worth a finding (ping and path-MTU discovery). */
const HARMLESS_PROTOCOLS = new Set(["icmp", "icmpv6"]);

/**
 * Any port open to the internet that is not in `portsAllowedToWorld` is
 * reported (advisory). Admin ports are reported here as well as by the
 * mandatory admin-port policy, so that one list in config says what is public.
 * Rules that open everything are left to `security-group-no-public-all-traffic`.
 * ICMP is ignored; other protocols (GRE, ESP, ...) open to the world are reported.
 */
export const publicPortsAllowlist = resourcePolicy<PublicPortsAllowlistConfig>({
    name: "security-group-public-ports-allowlist",
    area: "network",
    description: "Only the ports listed in portsAllowedToWorld (default 80 and 443) should accept traffic from the whole internet.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Restrict the rule's source to known ranges or a security group, put the service behind a load balancer on 443, or add the port to portsAllowedToWorld in the policy-pack config if it is meant to be public.",
    configSchema: {
        properties: {
            portsAllowedToWorld: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                default: [...DEFAULT_PORTS_ALLOWED_TO_WORLD],
                description: "The only tcp/udp ports that may be open to 0.0.0.0/0 or ::/0.",
            },
        },
    },
    types: INGRESS_RULE_TYPES,
    check: (resource, report, config) => {
        const allowed = configIntegers(config, "portsAllowedToWorld", DEFAULT_PORTS_ALLOWED_TO_WORLD);
        for (const rule of ingressRules(resource)) {
            if (opensEverything(rule) || HARMLESS_PROTOCOLS.has(rule.protocol)) {
                continue;
            }
            if (rule.ports && !hasPortOutside(rule.ports, allowed)) {
                continue;
            }
            for (const cidr of rule.cidrs) {
                const source = internetWideSource(cidr);
                if (source) {
                    const traffic = describeRuleTraffic(rule, rule.ports ? describeRange(rule.ports) : "");
                    report(`${resource.name} ${rule.where} allows ${traffic} from ${source}; only ${allowed.length > 0 ? allowed.join(", ") : "no ports"} may be open to the world (portsAllowedToWorld)`);
                }
            }
        }
    },
});

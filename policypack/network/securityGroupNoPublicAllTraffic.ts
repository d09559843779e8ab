import { internetWideSource } from "../shared/cidrs";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { isEveryPort } from "./support/ports";
import { INGRESS_RULE_TYPES, IngressRule, ingressRules } from "./support/securityGroupRules";

/** Whether a rule opens every protocol, or every tcp or udp port. */
export function opensEverything(rule: IngressRule): boolean {
    return rule.protocol === "all" || (rule.ports !== undefined && isEveryPort(rule.ports));
}

function describeEverything(rule: IngressRule): string {
    return rule.protocol === "all" ? "all traffic (protocol -1: every protocol and port)" : `every ${rule.protocol} port`;
}

/**
 * No security group may accept all traffic from the internet: protocol "-1"
 * ("all"), or every tcp or udp port (0-65535 or 1-65535). Such a rule makes the
 * security group no filter at all.
 *
 * Mapped to the same CIS controls as the admin-port policy (v7.0.0 6.3/6.4,
 * v5.0.0 5.3/5.4), because every such rule opens the admin ports too.
 */
export const noPublicAllTraffic = resourcePolicy({
    name: "security-group-no-public-all-traffic",
    area: "network",
    description: "Security groups must not allow all protocols, or every port, from 0.0.0.0/0 or ::/0 (or any internet-wide block).",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Replace the rule with rules for the specific ports the service needs (usually 443), or restrict its source to known ranges or a security group.",
    cis: { v7: ["6.3", "6.4"], v5: ["5.3", "5.4"] },
    types: INGRESS_RULE_TYPES,
    check: (resource, report) => {
        for (const rule of ingressRules(resource)) {
            if (!opensEverything(rule)) {
                continue;
            }
            for (const cidr of rule.cidrs) {
                const source = internetWideSource(cidr);
                if (source) {
                    report(`${resource.name} ${rule.where} allows ${describeEverything(rule)} from ${source}`);
                }
            }
        }
    },
});

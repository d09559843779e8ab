import { internetWideSource } from "../shared/cidrs";
import { configIntegers } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { NACL_INGRESS_TYPES, NETWORK_ACL_RULE, naclIngressEntries, unshadowedPorts } from "./support/networkAclRules";
import { ADMIN_PORTS_CONFIG, DEFAULT_ADMIN_PORTS, describePorts, describeRange } from "./support/ports";
import { UNKNOWN } from "../framework/props";
import { describeRuleTraffic } from "./support/securityGroupRules";

/** Config of {@link naclNoPublicAdminPorts}. */
export interface NaclNoPublicAdminPortsConfig {
    /** Ports that must never be open to the internet; default {@link DEFAULT_ADMIN_PORTS}, as for security groups. */
    adminPorts?: number[];
}

/**
 * No network ACL may have an ingress entry that allows traffic from the whole
 * internet (0.0.0.0/0, ::/0 or another internet-wide block) to a remote
 * administration or database port, over tcp, udp or all protocols (`-1`).
 * Covers the inline `ingress` entries of `NetworkAcl` and `DefaultNetworkAcl`,
 * and `NetworkAclRule`s with `egress` false or absent.
 *
 * NACLs are stateless and evaluated in rule-number order, so within one
 * `NetworkAcl` or `DefaultNetworkAcl` an allow is not reported for a port that
 * a lower-numbered deny already blocks over the same protocol; only a deny from
 * the whole address family (`0.0.0.0/0` or `::/0`) is trusted to cover the
 * allow's source. A standalone `NetworkAclRule` is judged alone, since the
 * other entries of its ACL are separate resources: if a lower-numbered deny
 * shadows it, exempt the finding. When an entry that could be such a deny is
 * not known yet (a preview), the policy stays silent on that allow.
 *
 * CIS v7.0.0 6.2 (v5.0.0 5.2). Checked against public mappings, not the PDF itself.
 */
export const naclNoPublicAdminPorts = resourcePolicy<NaclNoPublicAdminPortsConfig>({
    name: "nacl-no-public-admin-ports",
    area: "network",
    description: "Network ACLs must not allow ingress from 0.0.0.0/0 or ::/0 (or any internet-wide block) to SSH, RDP or database ports.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps: "Narrow the allow entry's CIDR to your office or VPN ranges, or its port range so that it leaves out admin ports, or add a lower-numbered deny entry for those ports from 0.0.0.0/0 and ::/0 in the same ACL. Reach hosts through SSM Session Manager instead of an open port.",
    cis: { v7: ["6.2"], v5: ["5.2"] },
    configSchema: {
        properties: {
            adminPorts: ADMIN_PORTS_CONFIG,
        },
    },
    types: NACL_INGRESS_TYPES,
    check: (resource, report, config) => {
        const adminPorts = configIntegers(config, "adminPorts", DEFAULT_ADMIN_PORTS);
        const entries = naclIngressEntries(resource);
        for (const entry of entries) {
            if (entry.action !== "allow" || entry.cidr === UNKNOWN || entry.cidr === undefined || entry.protocol === UNKNOWN || entry.ports === UNKNOWN || !entry.ports) {
                continue;
            }
            const source = internetWideSource(entry.cidr);
            if (!source) {
                continue;
            }
            const exposed = unshadowedPorts(entry, resource.type === NETWORK_ACL_RULE ? [] : entries, adminPorts);
            if (exposed === UNKNOWN || exposed.length === 0) {
                continue;
            }
            const rule = entry.ruleNo === UNKNOWN ? "" : ` (rule ${entry.ruleNo})`;
            const traffic = describeRuleTraffic({ where: entry.where, protocol: entry.protocol, ports: entry.ports, cidrs: [] }, describeRange(entry.ports));
            report(`${resource.name} ${entry.where}${rule} allows ${traffic} from ${source}, which opens admin port(s) ${describePorts(exposed)} to the internet`);
        }
    },
});

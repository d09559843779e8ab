import { internetWideSource } from "../shared/cidrs";
import { configIntegers } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { ADMIN_PORTS_CONFIG, DEFAULT_ADMIN_PORTS, describePorts, describeRange, portsIn } from "./support/ports";
import { INGRESS_RULE_TYPES, describeRuleTraffic, ingressRules } from "./support/securityGroupRules";

/** Config of {@link noPublicAdminPorts}. */
export interface NoPublicAdminPortsConfig {
    /** Ports that must never be open to the internet; default {@link DEFAULT_ADMIN_PORTS}. */
    adminPorts?: number[];
}

/**
 * No security group may open a remote administration or database port to the
 * whole internet, over tcp, udp or all protocols. A port range counts when it
 * includes an admin port. Covers inline `ingress` blocks, `SecurityGroupRule`
 * and `vpc.SecurityGroupIngressRule`.
 *
 * CIS v7.0.0 6.3 (IPv4) and 6.4 (IPv6). In v5.0.0 the same two controls are
 * numbered 5.3 and 5.4 (5.2 is the network ACL control there; 5.2/5.3 is the
 * v3.0.0 numbering). Also CIS v7.0.0 6.1.2 (v5.0.0 5.1.2), CIFS access
 * restricted, since 445 (SMB/CIFS) is in the default admin ports. Checked
 * against public mappings, not the PDF itself.
 */
export const noPublicAdminPorts = resourcePolicy<NoPublicAdminPortsConfig>({
    name: "security-group-no-public-admin-ports",
    area: "network",
    description: "Security groups must not allow ingress from 0.0.0.0/0 or ::/0 (or any internet-wide block) to SSH, RDP or database ports.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Restrict the rule's source to your office or VPN ranges, or to another security group, or reach the host through SSM Session Manager instead of an open port. A port range such as 0-1024 counts when it includes an admin port.",
    cis: { v7: ["6.1.2", "6.3", "6.4"], v5: ["5.1.2", "5.3", "5.4"] },
    configSchema: {
        properties: {
            adminPorts: ADMIN_PORTS_CONFIG,
        },
    },
    types: INGRESS_RULE_TYPES,
    check: (resource, report, config) => {
        const adminPorts = configIntegers(config, "adminPorts", DEFAULT_ADMIN_PORTS);
        for (const rule of ingressRules(resource)) {
            if (!rule.ports || (rule.protocol !== "all" && rule.protocol !== "tcp" && rule.protocol !== "udp")) {
                continue;
            }
            const exposed = portsIn(rule.ports, adminPorts);
            if (exposed.length === 0) {
                continue;
            }
            for (const cidr of rule.cidrs) {
                const source = internetWideSource(cidr);
                if (source) {
                    report(`${resource.name} ${rule.where} allows ${describeRuleTraffic(rule, describeRange(rule.ports))} from ${source}, which opens admin port(s) ${describePorts(exposed)} to the internet`);
                }
            }
        }
    },
});

import type { ResourceView } from "../../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asList, asRecord, asString } from "../../framework/props";
import { INVALID, PortRange, portRangeOf } from "./ports";

/**
 * Reads ingress rules from every shape the AWS provider accepts them in, into
 * one normalized form. Anything the engine does not know yet (a preview, an
 * output of another resource) is left out: the policies stay silent on it.
 */

/** `aws:ec2/securityGroup:SecurityGroup`, with inline `ingress` blocks. */
export const SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
/** `aws:ec2/defaultSecurityGroup:DefaultSecurityGroup`, with inline `ingress` blocks. */
export const DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
/** `aws:ec2/securityGroupRule:SecurityGroupRule`, `type` "ingress" or "egress". */
export const SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
/** `aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule`, one CIDR per rule. */
export const VPC_INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

/** Every type that can carry an ingress rule. */
export const INGRESS_RULE_TYPES = [SECURITY_GROUP, DEFAULT_SECURITY_GROUP, SECURITY_GROUP_RULE, VPC_INGRESS_RULE];

/** One ingress rule, normalized. */
export interface IngressRule {
    /** Where in the resource it sits, for messages: `ingress[2]` or `the rule`. */
    where: string;
    /** "all", "tcp", "udp", "icmp", "icmpv6", or another protocol number as text. */
    protocol: string;
    /** The ports it opens: every port for "all"; the range for tcp/udp; undefined for other protocols. */
    ports: PortRange | undefined;
    /** The CIDR sources, IPv4 and IPv6, as written (unknown ones left out). */
    cidrs: string[];
}

const PROTOCOL_NAMES: Record<string, string> = { "-1": "all", all: "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };

/** Normalizes a protocol value; undefined when it is missing or unknown. */
export function normalizeProtocol(value: PropValue): string | undefined {
    const text = typeof value === "number" ? String(value) : asString(value);
    if (text === undefined) {
        return undefined;
    }
    const lower = text.trim().toLowerCase();
    return PROTOCOL_NAMES[lower] ?? lower;
}

/** The port range of a rule; UNKNOWN (not judged) when a needed port is unknown, missing or odd. */
function portRange(protocol: string, from: PropValue, to: PropValue): PortRange | undefined | typeof UNKNOWN {
    const range = portRangeOf(protocol, from, to);
    return range === INVALID ? UNKNOWN : range;
}

function cidrsOf(...lists: PropValue[]): string[] {
    const out: string[] = [];
    for (const list of lists) {
        for (const item of asList(list)) {
            if (typeof item === "string") {
                out.push(item);
            }
        }
    }
    return out;
}

function ruleOf(where: string, protocolValue: PropValue, from: PropValue, to: PropValue, cidrs: string[]): IngressRule | undefined {
    const protocol = normalizeProtocol(protocolValue);
    if (protocol === undefined) {
        return undefined;
    }
    const ports = portRange(protocol, from, to);
    if (ports === UNKNOWN) {
        return undefined;
    }
    return { where, protocol, ports, cidrs };
}

/** The ingress rules a resource declares; empty for types without any. */
export function ingressRules(resource: ResourceView): IngressRule[] {
    const props = resource.props;
    switch (resource.type) {
        case SECURITY_GROUP:
        case DEFAULT_SECURITY_GROUP: {
            const rules: IngressRule[] = [];
            asList(props.ingress).forEach((item, index) => {
                const block = asRecord(item);
                if (block) {
                    const rule = ruleOf(`ingress[${index}]`, block.protocol, block.fromPort, block.toPort, cidrsOf(block.cidrBlocks, block.ipv6CidrBlocks));
                    if (rule) {
                        rules.push(rule);
                    }
                }
            });
            return rules;
        }
        case SECURITY_GROUP_RULE: {
            if (asString(props.type) !== "ingress") {
                return [];
            }
            const rule = ruleOf("the rule", props.protocol, props.fromPort, props.toPort, cidrsOf(props.cidrBlocks, props.ipv6CidrBlocks));
            return rule ? [rule] : [];
        }
        case VPC_INGRESS_RULE: {
            const rule = ruleOf("the rule", props.ipProtocol, props.fromPort, props.toPort, cidrsOf(props.cidrIpv4, props.cidrIpv6));
            return rule ? [rule] : [];
        }
        default:
            return [];
    }
}

/** "tcp ports 20-25", "all traffic" or "protocol 47". */
export function describeRuleTraffic(rule: IngressRule, portsText: string): string {
    if (rule.protocol === "all") {
        return "all traffic (every protocol and port)";
    }
    if (rule.ports) {
        return `${rule.protocol} ${portsText}`;
    }
    return `protocol ${rule.protocol}`;
}

import { parseCidr } from "../../../components/documents";
import type { ResourceView } from "../../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asBoolean, asList, asNumber, asRecord, asString } from "../../framework/props";
import { INVALID, PortRange, portRangeOf, portsIn } from "./ports";
import { normalizeProtocol } from "./securityGroupRules";

/**
 * Reads network ACL ingress entries (inline `ingress` blocks of `NetworkAcl`
 * and `DefaultNetworkAcl`, and standalone `NetworkAclRule`s) into one
 * normalized form, and works out which ports an allow entry really opens once
 * lower-numbered deny entries of the same ACL are taken into account.
 */

/** `aws:ec2/networkAcl:NetworkAcl`, with inline `ingress` blocks. */
export const NETWORK_ACL = "aws:ec2/networkAcl:NetworkAcl";
/** `aws:ec2/defaultNetworkAcl:DefaultNetworkAcl`, with inline `ingress` blocks. */
export const DEFAULT_NETWORK_ACL = "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl";
/** `aws:ec2/networkAclRule:NetworkAclRule`, one entry; `egress` false or absent means ingress. */
export const NETWORK_ACL_RULE = "aws:ec2/networkAclRule:NetworkAclRule";

/** Every type that can carry a network ACL ingress entry. */
export const NACL_INGRESS_TYPES = [NETWORK_ACL, DEFAULT_NETWORK_ACL, NETWORK_ACL_RULE];

/** A transport protocol with ports, which an entry can open or block. */
export type NaclTransport = "tcp" | "udp";

/** One network ACL ingress entry, normalized. Fields the engine does not know yet are {@link UNKNOWN}. */
export interface NaclEntry {
    /** Where in the resource it sits, for messages: `ingress[2]` or `the rule`. */
    where: string;
    /** The rule number, which orders evaluation (lowest first). */
    ruleNo: number | typeof UNKNOWN;
    /** "allow" or "deny" (another value is kept lower-cased). */
    action: string | typeof UNKNOWN;
    /** "all", "tcp", "udp", "icmp", or another protocol number as text. */
    protocol: string | typeof UNKNOWN;
    /** The ports it covers: every port for "all"; the range for tcp/udp; undefined for other protocols. */
    ports: PortRange | undefined | typeof UNKNOWN;
    /** The source CIDR (IPv4 or IPv6); undefined when neither is set. */
    cidr: string | undefined | typeof UNKNOWN;
}

function known<T>(value: T | typeof UNKNOWN): value is T {
    return value !== UNKNOWN;
}

/** A trimmed string; UNKNOWN; undefined when absent or empty; INVALID for another type. */
function textOf(value: PropValue): string | undefined | typeof UNKNOWN | typeof INVALID {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (value === undefined || value === null) {
        return undefined;
    }
    const text = asString(value);
    if (text === undefined) {
        return INVALID;
    }
    return text.trim() === "" ? undefined : text.trim();
}

/** The entry, or undefined when a field is invalid or a required one is missing (AWS would reject it). */
function entryOf(where: string, ruleNo: PropValue, action: PropValue, protocolValue: PropValue, from: PropValue, to: PropValue, cidr: PropValue, ipv6Cidr: PropValue): NaclEntry | undefined {
    const number = ruleNo === UNKNOWN ? UNKNOWN : asNumber(ruleNo);
    const protocol = protocolValue === UNKNOWN ? UNKNOWN : normalizeProtocol(protocolValue);
    const actionText = textOf(action);
    const v4 = textOf(cidr);
    const v6 = textOf(ipv6Cidr);
    if (number === undefined || protocol === undefined || actionText === undefined || actionText === INVALID || v4 === INVALID || v6 === INVALID) {
        return undefined;
    }
    const ports = portRangeOf(protocol, from, to);
    if (ports === INVALID) {
        return undefined;
    }
    return {
        where,
        ruleNo: number,
        action: actionText === UNKNOWN ? UNKNOWN : actionText.toLowerCase(),
        protocol,
        ports,
        cidr: v4 === UNKNOWN || v6 === UNKNOWN ? UNKNOWN : v4 ?? v6,
    };
}

/** The ingress entries a resource declares; empty for other types, egress rules, or an unknown list. */
export function naclIngressEntries(resource: ResourceView): NaclEntry[] {
    const props = resource.props;
    switch (resource.type) {
        case NETWORK_ACL:
        case DEFAULT_NETWORK_ACL: {
            const entries: NaclEntry[] = [];
            asList(props.ingress).forEach((item, index) => {
                const where = `ingress[${index}]`;
                if (item === UNKNOWN) {
                    entries.push({ where, ruleNo: UNKNOWN, action: UNKNOWN, protocol: UNKNOWN, ports: UNKNOWN, cidr: UNKNOWN });
                    return;
                }
                const block = asRecord(item);
                if (block) {
                    const entry = entryOf(where, block.ruleNo, block.action, block.protocol, block.fromPort, block.toPort, block.cidrBlock, block.ipv6CidrBlock);
                    if (entry) {
                        entries.push(entry);
                    }
                }
            });
            return entries;
        }
        case NETWORK_ACL_RULE: {
            if (props.egress === UNKNOWN || asBoolean(props.egress) === true) {
                return [];
            }
            const entry = entryOf("the rule", props.ruleNumber, props.ruleAction, props.protocol, props.fromPort, props.toPort, props.cidrBlock, props.ipv6CidrBlock);
            return entry ? [entry] : [];
        }
        default:
            return [];
    }
}

/** The transports whose ports an entry's protocol covers. */
function transportsOf(protocol: string): NaclTransport[] {
    if (protocol === "all") {
        return ["tcp", "udp"];
    }
    return protocol === "tcp" || protocol === "udp" ? [protocol] : [];
}

/** Whether a deny entry with source `denyCidr` blocks all of `allowCidr`: only a whole-family deny (`/0`) of the same family is trusted to. */
function denyCoversSource(denyCidr: string, allowCidr: string): boolean {
    const deny = parseCidr(denyCidr);
    const allow = parseCidr(allowCidr);
    return deny !== undefined && allow !== undefined && deny.prefix === 0 && deny.family === allow.family;
}

/**
 * The ports of `candidates` that `allow` opens, over tcp or udp, and that no
 * lower-numbered deny in `others` blocks first. Returns UNKNOWN when an entry
 * that could be such a deny has an unknown field, or when the allow's own rule
 * number is unknown and there is any other deny: the caller then stays silent.
 * Only a deny whose source is the whole address family (`0.0.0.0/0`, `::/0`)
 * counts as covering the allow's source; narrower denies are ignored, which
 * can report an allow that a deny partly shadows, but never hides an exposure.
 */
export function unshadowedPorts(allow: NaclEntry, others: readonly NaclEntry[], candidates: readonly number[]): number[] | typeof UNKNOWN {
    if (!known(allow.protocol) || !known(allow.ports) || !allow.ports || !known(allow.cidr) || !allow.cidr) {
        return UNKNOWN;
    }
    const allowCidr = allow.cidr;
    const allowRuleNo = allow.ruleNo;
    const denies: { transports: NaclTransport[]; ports: PortRange }[] = [];
    for (const other of others) {
        if (other === allow || other.action === "allow") {
            continue;
        }
        if (!known(allowRuleNo)) {
            return UNKNOWN;
        }
        if (!known(other.ruleNo) || !known(other.action) || !known(other.protocol) || !known(other.ports) || !known(other.cidr)) {
            if (!known(other.ruleNo) || other.ruleNo < allowRuleNo) {
                return UNKNOWN;
            }
            continue;
        }
        if (other.action === "deny" && other.ruleNo < allowRuleNo && other.ports && other.cidr && denyCoversSource(other.cidr, allowCidr)) {
            denies.push({ transports: transportsOf(other.protocol), ports: other.ports });
        }
    }
    const blocked = (transport: NaclTransport, port: number) => denies.some((d) => d.transports.includes(transport) && d.ports.from <= port && port <= d.ports.to);
    const transports = transportsOf(allow.protocol);
    return portsIn(allow.ports, candidates).filter((port) => transports.some((t) => !blocked(t, port)));
}

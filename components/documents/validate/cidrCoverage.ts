import type { Cidr } from "./cidr";

/**
 * Whether a set of CIDR ranges, taken together, allows every address of an IP
 * family: `0.0.0.0/0` alone, but also `0.0.0.0/1` + `128.0.0.0/1`, or any set
 * whose union leaves no gap. An IP fence built from such a set fences nothing
 * for that family, and since AWS's endpoints answer on IPv4 and (dual-stack)
 * IPv6, an attacker just uses the open one.
 *
 * The union is computed exactly: each range becomes its first and last address
 * as a bigint, the ranges are sorted by start and merged, and the family is
 * covered when the merged run starts at 0 and reaches the last address.
 * Linear after the sort, for any number of ranges.
 */

/** The first and last address of a range, as integers. */
export interface AddressRange {
    /** 4 or 6. */
    readonly family: 4 | 6;
    /** The first address. */
    readonly start: bigint;
    /** The last address. */
    readonly end: bigint;
}

const FAMILY_BITS = { 4: 32, 6: 128 } as const;

function ipv4Value(address: string): bigint {
    return address.split(".").reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

function ipv6Value(address: string): bigint {
    const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
    const headGroups = head === "" ? [] : head.split(":");
    const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
    const groups = tail === undefined ? headGroups : [...headGroups, ...new Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
    return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/** The range of a canonical CIDR (as `parseCidr` writes it: host bits cleared, IPv6 compressed). */
export function addressRange(cidr: Cidr): AddressRange {
    const [address] = cidr.text.split("/");
    const bits = FAMILY_BITS[cidr.family];
    const start = cidr.family === 4 ? ipv4Value(address) : ipv6Value(address);
    const size = 1n << BigInt(bits - cidr.prefix);
    return { family: cidr.family, start, end: start + size - 1n };
}

/** Whether the ranges of one family leave no address of that family out. */
function coversFamily(ranges: readonly AddressRange[], family: 4 | 6): boolean {
    const last = (1n << BigInt(FAMILY_BITS[family])) - 1n;
    const sorted = ranges.filter((range) => range.family === family).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let reach = -1n;
    for (const range of sorted) {
        if (range.start > reach + 1n) {
            return false;
        }
        if (range.end > reach) {
            reach = range.end;
        }
        if (reach >= last) {
            return true;
        }
    }
    return false;
}

/** The families (4, 6) whose every address the CIDRs allow together. */
export function wholeFamiliesCovered(cidrs: readonly Cidr[]): (4 | 6)[] {
    const ranges = cidrs.map(addressRange);
    return ([4, 6] as const).filter((family) => coversFamily(ranges, family));
}

import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * CIDR parsing and validation for `aws:SourceIp` conditions, IPv4 and IPv6.
 *
 * Rules:
 * - A prefix length is required (`/0`–`/32` for IPv4, `/0`–`/128` for IPv6). A bare
 *   address is refused with a hint to add `/32` or `/128`, because a missing
 *   prefix is usually a mistake for a range.
 * - IPv4 octets are decimal 0–255 without leading zeros (`010` is ambiguous).
 * - IPv6 accepts `::` compression and a trailing dotted IPv4 part; zone ids
 *   (`%eth0`) are refused: `aws:SourceIp` never carries one.
 * - Host bits are ACCEPTED and cleared: `203.0.113.7/24` becomes `203.0.113.0/24`.
 *   IAM matches only the network part of the prefix anyway (the simulator test
 *   proves `203.0.113.9/24` matches `203.0.113.200`), so clearing them changes
 *   nothing but makes the emitted document canonical.
 * - IPv6 output is RFC 5952 canonical: lowercase, no leading zeros, longest run
 *   of zero groups compressed.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress — IP address condition operators take IPv4 or IPv6 addresses or ranges in CIDR notation (RFC 4632)
 */

/** A parsed, canonical CIDR block. */
export interface Cidr {
    /** 4 or 6. */
    readonly family: 4 | 6;
    /** The prefix length. */
    readonly prefix: number;
    /** Canonical text with host bits cleared, such as `203.0.113.0/24` or `2001:db8::/32`. */
    readonly text: string;
}

const HINT = "expected IPv4 like 203.0.113.0/24 or IPv6 like 2001:db8::/32";

function parseIpv4(text: string): number[] | undefined {
    const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
    if (!match) return undefined;
    const octets: number[] = [];
    for (const part of match.slice(1)) {
        if (part.length > 1 && part.startsWith("0")) return undefined;
        const value = Number(part);
        if (value > 255) return undefined;
        octets.push(value);
    }
    return octets;
}

function parseGroups(part: string): number[] | undefined {
    if (part === "") return [];
    const groups: number[] = [];
    const pieces = part.split(":");
    for (let index = 0; index < pieces.length; index++) {
        const piece = pieces[index];
        if (index === pieces.length - 1 && piece.includes(".")) {
            const octets = parseIpv4(piece);
            if (!octets) return undefined;
            groups.push(octets[0] * 256 + octets[1], octets[2] * 256 + octets[3]);
        } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
            groups.push(parseInt(piece, 16));
        } else {
            return undefined;
        }
    }
    return groups;
}

function parseIpv6(text: string): number[] | undefined {
    const halves = text.split("::");
    if (halves.length > 2) return undefined;
    if (halves.length === 1) {
        const groups = parseGroups(text);
        return groups && groups.length === 8 ? groups : undefined;
    }
    const head = parseGroups(halves[0]);
    const tail = parseGroups(halves[1]);
    if (!head || !tail) return undefined;
    // A dotted IPv4 part is only allowed at the very end.
    if (halves[0].includes(".")) return undefined;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return undefined;
    return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function maskUnits(units: number[], bitsPerUnit: number, prefix: number): number[] {
    return units.map((unit, index) => {
        const keep = Math.max(0, Math.min(bitsPerUnit, prefix - index * bitsPerUnit));
        const mask = keep === 0 ? 0 : ((1 << bitsPerUnit) - 1) ^ ((1 << (bitsPerUnit - keep)) - 1);
        return unit & mask;
    });
}

function formatIpv6(groups: number[]): string {
    let bestStart = -1;
    let bestLength = 1;
    for (let start = 0; start < 8; ) {
        if (groups[start] !== 0) {
            start++;
            continue;
        }
        let end = start;
        while (end < 8 && groups[end] === 0) end++;
        if (end - start > bestLength) {
            bestStart = start;
            bestLength = end - start;
        }
        start = end;
    }
    const hex = groups.map((group) => group.toString(16));
    if (bestStart < 0) return hex.join(":");
    const head = hex.slice(0, bestStart).join(":");
    const tail = hex.slice(bestStart + bestLength).join(":");
    return `${head}::${tail}`;
}

function parsePrefix(text: string, max: number): number | undefined {
    if (!/^(0|[1-9]\d{0,2})$/.test(text)) return undefined;
    const prefix = Number(text);
    return prefix <= max ? prefix : undefined;
}

/** Parses a CIDR, returning undefined for anything that is not one. Never throws. */
export function parseCidr(text: unknown): Cidr | undefined {
    if (typeof text !== "string" || text.length > 64) return undefined;
    const slash = text.indexOf("/");
    if (slash < 0 || slash !== text.lastIndexOf("/")) return undefined;
    const address = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    const v4 = parseIpv4(address);
    if (v4) {
        const prefix = parsePrefix(prefixText, 32);
        if (prefix === undefined) return undefined;
        return { family: 4, prefix, text: `${maskUnits(v4, 8, prefix).join(".")}/${prefix}` };
    }
    const v6 = address.includes(":") ? parseIpv6(address) : undefined;
    if (v6) {
        const prefix = parsePrefix(prefixText, 128);
        if (prefix === undefined) return undefined;
        return { family: 6, prefix, text: `${formatIpv6(maskUnits(v6, 16, prefix))}/${prefix}` };
    }
    return undefined;
}

/** Validates one CIDR; throws a {@link GuardrailInputError} naming it and the expected forms. */
export function validateCidr(where: string, value: unknown): Cidr {
    const parsed = parseCidr(value);
    if (parsed) return parsed;
    if (typeof value === "string" && !value.includes("/")) {
        if (parseIpv4(value)) {
            throw new GuardrailInputError(
                `${where}: "${value}" has no prefix length; write "${value}/32" for one address, or a range like 203.0.113.0/24`,
            );
        }
        if (value.includes(":") && parseIpv6(value)) {
            throw new GuardrailInputError(
                `${where}: "${value}" has no prefix length; write "${value}/128" for one address, or a range like 2001:db8::/32`,
            );
        }
    }
    throw new GuardrailInputError(`${where}: ${describeValue(value)} is not a valid CIDR; ${HINT}`);
}

/** True when the CIDR covers the whole address family (`0.0.0.0/0` or `::/0`). */
export function isWholeInternet(cidr: Cidr): boolean {
    return cidr.prefix === 0;
}

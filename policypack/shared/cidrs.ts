import { parseCidr } from "../../components/documents";

/**
 * Which CIDR blocks count as "the internet".
 *
 * The whole address family (`0.0.0.0/0`, `::/0`) always does. So does any block
 * so wide that it reaches most public addresses: an IPv4 prefix shorter than /8
 * (`0.0.0.0/1` plus `128.0.0.0/1` is a known way round a check that looks only
 * for `0.0.0.0/0`), or an IPv6 prefix of /3 or shorter (all global unicast space
 * is `2000::/3`). Private ranges such as `10.0.0.0/8` or `fc00::/7` do not.
 * Strings that are not CIDRs are ignored: AWS rejects them anyway.
 */

/** The widest IPv4 prefix length that is NOT treated as internet-wide. */
export const NARROWEST_WIDE_IPV4_PREFIX = 7;

/** The longest IPv6 prefix length that is treated as internet-wide. */
export const NARROWEST_WIDE_IPV6_PREFIX = 3;

/**
 * If `text` is an internet-wide CIDR, a short description of it for a message,
 * such as `0.0.0.0/0 (every IPv4 address)`; otherwise undefined.
 */
export function internetWideSource(text: unknown): string | undefined {
    const cidr = parseCidr(text);
    if (!cidr) {
        return undefined;
    }
    if (cidr.prefix === 0) {
        return `${cidr.text} (every ${cidr.family === 4 ? "IPv4" : "IPv6"} address)`;
    }
    const wide = cidr.family === 4 ? cidr.prefix <= NARROWEST_WIDE_IPV4_PREFIX : cidr.prefix <= NARROWEST_WIDE_IPV6_PREFIX;
    return wide ? `${cidr.text} (a /${cidr.prefix} reaches a large part of the internet)` : undefined;
}

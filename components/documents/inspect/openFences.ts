import { matchesWildcard } from "../iam/wildcard";
import { AWS_REGION_NAMES } from "../regions";
import { parseCidr, type Cidr } from "../validate/cidr";
import { wholeFamiliesCovered } from "../validate/cidrCoverage";

/**
 * Fences that look like fences and fence nothing: the questions
 * `fenceKindsOf` asks before it counts a statement, so that the policy pack's
 * `iam-key-users-fenced` and `aws-guardrails audit`'s `key-user-unfenced` both
 * see through them.
 */

/**
 * Whether the values of a `NotIpAddress aws:SourceIp` condition together allow
 * every IPv4 or every IPv6 address (values that are not CIDRs are ignored, as
 * they allow nothing): the deny then never applies to a public request.
 */
export function allowsEveryAddress(values: readonly string[]): boolean {
    const cidrs = values.map((value) => parseCidr(value.trim())).filter((cidr): cidr is Cidr => cidr !== undefined);
    return wholeFamiliesCovered(cidrs).length > 0;
}

/**
 * Whether the values of a negated `aws:RequestedRegion` condition allow every
 * known region: exact names (compared without case, which can only find more
 * fences open) or, for the `Like` operators, wildcard patterns such as `*` or
 * `??-*`. The deny then applies to no region that exists today.
 */
export function allowsEveryRegion(operator: string, values: readonly string[]): boolean {
    const like = operator.startsWith("StringNotLike");
    const allowed = values.map((value) => value.trim().toLowerCase());
    return AWS_REGION_NAMES.every((region) =>
        allowed.some((value) => (like ? matchesWildcard(value, region) : value === region)));
}

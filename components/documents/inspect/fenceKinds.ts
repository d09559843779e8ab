import type { ParsedPolicyDocument } from "../parsePolicyDocument";
import { isIpFence, isMfaFence, isRegionFence } from "./statementMatchers";

/**
 * Recognizes fences by what a document does, not by what a group is called: an
 * IP fence is a broad Deny with `NotIpAddress aws:SourceIp`, a region fence a
 * broad Deny with `StringNotEquals aws:RequestedRegion`, an MFA fence a broad
 * Deny with `BoolIfExists aws:MultiFactorAuthPresent false` (exactly what
 * `denyOutsideCidrs`, `denyOutsideRegions` and `requireMfa` build).
 *
 * Fences that fence nothing are not counted: IP ranges that together allow
 * every IPv4 or IPv6 address, a region list that allows every region
 * (openFences.ts). An MFA fence is reported as such, but it does not fence a
 * key: a leaked key alone can enrol its own MFA device (`requireMfa`), so
 * readers that judge keys count only `ip` and `region`.
 *
 * One module for every reader: the policy pack judges stacks with it and
 * `aws-guardrails audit` judges an account's existing users with it.
 */

/** The kinds of fence a document can put around a principal. */
export type FenceKind = "ip" | "region" | "mfa";

/** The fence kinds one parsed document provides. */
export function fenceKindsOf(doc: Pick<ParsedPolicyDocument, "Statement">): FenceKind[] {
    const kinds = new Set<FenceKind>();
    for (const statement of doc.Statement) {
        if (isIpFence(statement)) kinds.add("ip");
        if (isRegionFence(statement)) kinds.add("region");
        if (isMfaFence(statement)) kinds.add("mfa");
    }
    return [...kinds];
}

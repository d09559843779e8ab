import type { AttachedDocument, IamStackIndex } from "./iamStackIndex";
import { isIpFence, isMfaFence, isRegionFence } from "./statementMatchers";

/**
 * Recognizes fences by what a document does, not by what a group is called: an
 * IP fence is a broad Deny with `NotIpAddress aws:SourceIp`, a region fence a
 * broad Deny with `StringNotEquals aws:RequestedRegion`, an MFA fence a broad
 * Deny with `BoolIfExists aws:MultiFactorAuthPresent false` (exactly what
 * `denyOutsideCidrs`, `denyOutsideRegions` and `requireMfa` build).
 */

/** The kinds of fence a document can put around a principal. */
export type FenceKind = "ip" | "region" | "mfa";

/** A fence found around a user, and what provides it. */
export interface Fence {
    /** What the fence restricts. */
    kind: FenceKind;
    /** `group ip-fence (GroupPolicy deny-outside)` and the like. */
    via: string;
}

/** The fence kinds one document provides. */
export function fenceKindsOf(doc: AttachedDocument["doc"]): FenceKind[] {
    const kinds = new Set<FenceKind>();
    for (const statement of doc.Statement) {
        if (isIpFence(statement)) kinds.add("ip");
        if (isRegionFence(statement)) kinds.add("region");
        if (isMfaFence(statement)) kinds.add("mfa");
    }
    return [...kinds];
}

/** Every fence around a user: documents attached to the user and to each group it belongs to. */
export function fencesOfUser(index: IamStackIndex, userName: string): Fence[] {
    const userKey = index.userKey(userName);
    const fences: Fence[] = [];
    for (const attached of index.documentsOf(userKey)) {
        fenceKindsOf(attached.doc).forEach((kind) => fences.push({ kind, via: `the user's own ${attached.source}` }));
    }
    for (const groupKey of index.groupsOf(userKey)) {
        for (const attached of index.documentsOf(groupKey)) {
            fenceKindsOf(attached.doc).forEach((kind) => fences.push({ kind, via: `group ${index.groupLabel(groupKey)} (${attached.source})` }));
        }
    }
    return fences;
}

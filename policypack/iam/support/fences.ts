import { fenceKindsOf, type FenceKind } from "../../../components/documents";
import type { IamStackIndex } from "./iamStackIndex";

/** A fence found around a user, and what provides it. */
export interface Fence {
    /** What the fence restricts. */
    kind: FenceKind;
    /** `group ip-fence (GroupPolicy deny-outside)` and the like. */
    via: string;
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

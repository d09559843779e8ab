import { fenceKindsOf, fullAdminStatements, isOpenBoundary, type ParsedPolicyDocument } from "../../components/documents";
import type { FindingDraft, NotExamined } from "./credentialChecks";
import type { UserPolicies } from "./userPolicies";

/**
 * The checks that need the authorization details: `admin-user` (a statement
 * that allows `*` on `*`, by any path) and `key-user-unfenced` (an active key
 * whose user has no IP or region fence and no permissions boundary).
 *
 * Both use the shared readers in `components/documents/inspect`, the same
 * ones the policy pack's `iam-no-admin-wildcard` and `iam-key-users-fenced`
 * use, so the audit and the pack can never judge a document differently.
 */

const MAX_SOURCES_SHOWN = 3;

/** Answers per parsed document: a group's documents are shared by all its members (see userPolicies). */
const adminStatementsCache = new WeakMap<ParsedPolicyDocument, number[]>();
const fencedCache = new WeakMap<ParsedPolicyDocument, boolean>();

function adminStatementsOf(doc: ParsedPolicyDocument): number[] {
    let found = adminStatementsCache.get(doc);
    if (found === undefined) {
        found = fullAdminStatements(doc);
        adminStatementsCache.set(doc, found);
    }
    return found;
}

/** Whether the document is an IP or region fence, as the pack's iam-key-users-fenced judges it. */
function isKeyFence(doc: ParsedPolicyDocument): boolean {
    let fenced = fencedCache.get(doc);
    if (fenced === undefined) {
        fenced = fenceKindsOf(doc).some((kind) => kind === "ip" || kind === "region");
        fencedCache.set(doc, fenced);
    }
    return fenced;
}

function listSources(sources: string[]): string {
    const shown = sources.slice(0, MAX_SOURCES_SHOWN).join("; ");
    return sources.length > MAX_SOURCES_SHOWN ? `${shown}; and ${sources.length - MAX_SOURCES_SHOWN} more` : shown;
}

function unexaminedList(unexamined: UserPolicies["unexamined"]): string {
    return listSources(unexamined.map((u) => `${u.source}: ${u.problem}`));
}

/** Whether the user's boundary is known to allow every action on every resource (so it bounds nothing). */
function hasOpenBoundary(policies: UserPolicies): boolean {
    const boundary = policies.boundary;
    return boundary?.document !== undefined && isOpenBoundary(boundary.arn, boundary.document);
}

/** `admin-user` for one user; if no grant is found but some documents could not be read, that is said instead. */
export function adminFindings(userName: string, policies: UserPolicies, notExamined: NotExamined[]): FindingDraft[] {
    const grants = policies.documents
        .map((d) => ({ source: d.source, statements: adminStatementsOf(d.doc) }))
        .filter((g) => g.statements.length > 0)
        .map((g) => `${g.source} (statement ${g.statements.map((i) => i + 1).join(", ")})`);
    if (grants.length === 0) {
        if (policies.unexamined.length > 0) {
            notExamined.push(`admin-user for user "${userName}": ${unexaminedList(policies.unexamined)}`);
        }
        return [];
    }
    const boundary = policies.boundary !== undefined && !hasOpenBoundary(policies)
        ? `; the permissions boundary ${policies.boundary.arn} limits what it can use, but the grant is still attached`
        : "";
    return [{ id: "admin-user", key: null, message: `The user is allowed every action on every resource through ${listSources(grants)}${boundary}` }];
}

/**
 * `key-user-unfenced` for one user whose active key slots are `activeSlots`
 * (none: nothing to judge). A boundary fences unless it is known to allow
 * `*` on `*`; a boundary whose document the file lacks is not taken on trust.
 */
export function fenceFindings(userName: string, activeSlots: (1 | 2)[], policies: UserPolicies, notExamined: NotExamined[]): FindingDraft[] {
    const boundary = policies.boundary;
    const openBoundary = hasOpenBoundary(policies);
    if (activeSlots.length === 0 || (boundary?.document !== undefined && !openBoundary)) {
        return [];
    }
    if (policies.documents.some((d) => isKeyFence(d.doc))) {
        return [];
    }
    const unexamined = [...policies.unexamined];
    if (boundary?.problem !== undefined) {
        unexamined.unshift({ source: `permissions boundary ${boundary.arn}`, problem: `${boundary.problem}, so what it bounds is unknown` });
    }
    if (unexamined.length > 0) {
        notExamined.push(`key-user-unfenced for user "${userName}": no fence among the documents read, and these could not be examined: ${unexaminedList(unexamined)}`);
        return [];
    }
    const keys = activeSlots.length === 2 ? "Access keys 1 and 2 are" : `Access key ${activeSlots[0]} is`;
    return [{
        id: "key-user-unfenced",
        key: activeSlots.length === 1 ? activeSlots[0] : null,
        message: openBoundary
            ? `${keys} active, but the user is in no IP- or region-fenced group, has no such policy, and its permissions boundary ${boundary?.arn} allows every action on every resource: a leaked key works from anywhere, in any region`
            : `${keys} active, but the user is in no IP- or region-fenced group, has no such policy and no permissions boundary: a leaked key works from anywhere, in any region`,
    }];
}

import {
    ADMINISTRATOR_ACCESS_DOCUMENT, isFullAccessManagedPolicy, parsePolicyDocument, type ParsePolicyResult, type ParsedPolicyDocument,
} from "../../components/documents";
import type { AttachedPolicyRef, AuthorizationDetails, AuthorizationUser, InlinePolicy } from "./authorizationDetails";

/**
 * Every identity policy document that applies to one user, by every path IAM
 * uses: the user's inline policies, managed policies attached to the user, and
 * for each group the user is in, the group's inline and attached policies.
 * Only a managed policy's default version counts.
 *
 * What cannot be read is listed, never dropped: a managed policy the file does
 * not contain (AWS managed policies appear in `Policies` only when attached to
 * something, and a `--filter` may leave them out), a group the file does not
 * describe, a document that does not parse.
 */

/** A readable document and where it comes from. */
export interface UserDocument {
    /** For messages: `inline policy "p"`, `managed policy arn:... via group "g"`. */
    source: string;
    /** The parsed document. */
    doc: ParsedPolicyDocument;
}

/** A document that applies to the user but could not be examined. */
export interface UnexaminedDocument {
    /** Where it comes from, as in {@link UserDocument.source}. */
    source: string;
    /** Why it could not be examined. */
    problem: string;
}

/** A user's permissions boundary: its document, or why it could not be read. */
export interface UserBoundary {
    /** The boundary policy's ARN. */
    arn: string;
    /** Its default version's document, when the file has it (or it is AdministratorAccess). */
    document?: ParsedPolicyDocument;
    /** Why the document could not be read, when it could not. */
    problem?: string;
}

/** The user's documents, the ones that could not be examined, and the permissions boundary. */
export interface UserPolicies {
    /** Documents that were read. */
    documents: UserDocument[];
    /** Documents that apply but could not be read. */
    unexamined: UnexaminedDocument[];
    /** The permissions boundary, if the user has one. */
    boundary?: UserBoundary;
}

function isAwsManaged(arn: string): boolean {
    return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}

/**
 * Parsed documents per authorization details, keyed by the raw document (its
 * text, or the object itself): a group's policies are read once, not once per
 * member.
 */
const parsedCache = new WeakMap<AuthorizationDetails, Map<unknown, ParsePolicyResult>>();

function parseOnce(details: AuthorizationDetails, document: unknown): ParsePolicyResult {
    let cache = parsedCache.get(details);
    if (cache === undefined) {
        cache = new Map();
        parsedCache.set(details, cache);
    }
    let parsed = cache.get(document);
    if (parsed === undefined) {
        parsed = parsePolicyDocument(document);
        cache.set(document, parsed);
    }
    return parsed;
}

class Collector {
    readonly result: UserPolicies = { documents: [], unexamined: [] };

    constructor(private readonly details: AuthorizationDetails) {}

    add(source: string, document: unknown): void {
        const parsed = parseOnce(this.details, document);
        if (parsed.ok) {
            this.result.documents.push({ source, doc: parsed.doc });
        } else {
            this.result.unexamined.push({ source, problem: `its document cannot be read (${parsed.error})` });
        }
    }

    inline(policies: InlinePolicy[], via: string): void {
        for (const policy of policies) {
            this.add(`inline policy "${policy.name}"${via}`, policy.document);
        }
    }

    attached(refs: AttachedPolicyRef[], via: string): void {
        for (const ref of refs) {
            const source = `managed policy ${ref.arn}${via}`;
            const policy = this.details.policies.get(ref.arn);
            if (policy?.defaultDocument !== undefined) {
                this.add(source, policy.defaultDocument);
            } else if (isFullAccessManagedPolicy(ref.arn)) {
                this.result.documents.push({ source, doc: ADMINISTRATOR_ACCESS_DOCUMENT });
            } else if (policy !== undefined) {
                this.result.unexamined.push({ source, problem: `the file has the policy but not its default version's document${policy.defaultVersionId ? ` (${policy.defaultVersionId})` : ""}` });
            } else {
                const why = isAwsManaged(ref.arn)
                    ? "it is an AWS managed policy and the file does not contain its document (was the output filtered?)"
                    : "the file's Policies list does not contain it (was the output filtered with --filter?)";
                this.result.unexamined.push({ source, problem: why });
            }
        }
    }
}

/**
 * The boundary's document, when it can be known: AdministratorAccess by its
 * ARN, others from the file's Policies; otherwise why it cannot be read.
 */
function readBoundary(arn: string, details: AuthorizationDetails): { document: ParsedPolicyDocument } | { problem: string } {
    if (isFullAccessManagedPolicy(arn)) return { document: ADMINISTRATOR_ACCESS_DOCUMENT };
    const policy = details.policies.get(arn);
    if (policy?.defaultDocument === undefined) {
        return { problem: policy === undefined ? "the file's Policies list does not contain it" : "the file has the policy but not its default version's document" };
    }
    const parsed = parseOnce(details, policy.defaultDocument);
    return parsed.ok ? { document: parsed.doc } : { problem: `its document cannot be read (${parsed.error})` };
}

/** Collects the documents that apply to `user`. */
export function userPolicies(user: AuthorizationUser, details: AuthorizationDetails): UserPolicies {
    const collector = new Collector(details);
    if (user.boundaryArn !== undefined) {
        const boundary = readBoundary(user.boundaryArn, details);
        collector.result.boundary = { arn: user.boundaryArn, ...boundary };
    }
    collector.inline(user.inline, "");
    collector.attached(user.attached, "");
    for (const groupName of user.groups) {
        const group = details.groups.get(groupName);
        const via = ` via group "${groupName}"`;
        if (group === undefined) {
            collector.result.unexamined.push({ source: `group "${groupName}"`, problem: "the file's GroupDetailList does not describe it" });
            continue;
        }
        collector.inline(group.inline, via);
        collector.attached(group.attached, via);
    }
    return collector.result;
}

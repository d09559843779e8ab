import { AuditInputError } from "./errors";

/**
 * Reads the output of `aws iam get-account-authorization-details` (or of the
 * `GetAccountAuthorizationDetails` API) into an index of users, groups and
 * managed policies: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 *
 * - The API returns policy documents URL-encoded (RFC 3986); the AWS CLI
 *   decodes them into JSON objects. Both are accepted, as is plain JSON text.
 * - One object (what the CLI prints, every page merged) or an array of page
 *   objects (what SDK callers collect) is accepted. A page that says
 *   `IsTruncated: true` with no page after it means the file is incomplete,
 *   which is an error rather than a silently partial audit; so does the
 *   `NextToken` the AWS CLI prints when `--max-items` cut the list short
 *   (https://docs.aws.amazon.com/cli/latest/userguide/pagination.html).
 * - Roles are ignored: the audit judges users, the holders of long-lived keys.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html — GetAccountAuthorizationDetails returns UserDetailList, GroupDetailList, RoleDetailList and Policies, paged with Marker and IsTruncated; policy documents are URL-encoded (RFC 3986)
 */

/** A policy embedded in a user or group. The document is kept raw, to be parsed by the caller. */
export interface InlinePolicy {
    /** The policy name. */
    name: string;
    /** The decoded document: a JSON object or JSON text. */
    document: unknown;
}

/** A managed policy attached to a user or group. */
export interface AttachedPolicyRef {
    /** The policy name. */
    name: string;
    /** The policy ARN. */
    arn: string;
}

/** A user as the authorization details describe it. */
export interface AuthorizationUser {
    /** The user name. */
    name: string;
    /** The user ARN. */
    arn: string;
    /** Names of the groups the user is in. */
    groups: string[];
    /** The user's inline policies. */
    inline: InlinePolicy[];
    /** Managed policies attached to the user. */
    attached: AttachedPolicyRef[];
    /** The ARN of the user's permissions boundary, if any. */
    boundaryArn?: string;
}

/** A group as the authorization details describe it. */
export interface AuthorizationGroup {
    /** The group name. */
    name: string;
    /** The group's inline policies. */
    inline: InlinePolicy[];
    /** Managed policies attached to the group. */
    attached: AttachedPolicyRef[];
}

/** A managed policy and its default version's document. */
export interface ManagedPolicy {
    /** The policy ARN. */
    arn: string;
    /** The policy name. */
    name: string;
    /** The default version's id, such as `v3`. */
    defaultVersionId?: string;
    /** The default version's decoded document, when the file has it. */
    defaultDocument?: unknown;
}

/** Everything the audit needs from the authorization details. */
export interface AuthorizationDetails {
    /** Users by name. */
    users: Map<string, AuthorizationUser>;
    /** Groups by name. */
    groups: Map<string, AuthorizationGroup>;
    /** Managed policies by ARN. */
    policies: Map<string, ManagedPolicy>;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A policy document as found in the file: URL-encoded text (the API), JSON
 * text, or an object (the CLI). Returns what `parsePolicyDocument` accepts.
 */
export function decodePolicyDocument(value: unknown): unknown {
    if (typeof value !== "string") {
        return value;
    }
    const text = value.trim();
    if (text.startsWith("{") || !/%[0-9A-Fa-f]{2}/.test(text)) {
        return text;
    }
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}

/** Reads one page's lists with errors that name the path of a bad entry. */
class PageReader {
    constructor(private readonly source: string) {}

    fail(where: string, problem: string): never {
        throw new AuditInputError(this.source, `${where} ${problem}`);
    }

    list(page: Json, key: string, where: string): unknown[] {
        const value = page[key];
        if (value === undefined) return [];
        return Array.isArray(value) ? value : this.fail(`${where}${key}`, "must be an array");
    }

    string(entry: Json, key: string, where: string): string {
        const value = entry[key];
        return typeof value === "string" && value !== "" ? value : this.fail(`${where}.${key}`, "must be a non-empty string");
    }

    record(value: unknown, where: string): Json {
        return isRecord(value) ? value : this.fail(where, "must be an object");
    }

    inline(entry: Json, key: string, where: string): InlinePolicy[] {
        return this.list(entry, key, `${where}.`).map((item, i) => {
            const policy = this.record(item, `${where}.${key}[${i}]`);
            return { name: this.string(policy, "PolicyName", `${where}.${key}[${i}]`), document: decodePolicyDocument(policy.PolicyDocument) };
        });
    }

    attached(entry: Json, where: string): AttachedPolicyRef[] {
        return this.list(entry, "AttachedManagedPolicies", `${where}.`).map((item, i) => {
            const ref = this.record(item, `${where}.AttachedManagedPolicies[${i}]`);
            const arn = this.string(ref, "PolicyArn", `${where}.AttachedManagedPolicies[${i}]`);
            return { arn, name: typeof ref.PolicyName === "string" ? ref.PolicyName : arn.slice(arn.lastIndexOf("/") + 1) };
        });
    }

    user(item: unknown, where: string): AuthorizationUser {
        const entry = this.record(item, where);
        const groups = this.list(entry, "GroupList", `${where}.`).map((g, i) => (typeof g === "string" ? g : this.fail(`${where}.GroupList[${i}]`, "must be a group name")));
        const boundary = isRecord(entry.PermissionsBoundary) ? entry.PermissionsBoundary.PermissionsBoundaryArn : undefined;
        return {
            name: this.string(entry, "UserName", where),
            arn: this.string(entry, "Arn", where),
            groups,
            inline: this.inline(entry, "UserPolicyList", where),
            attached: this.attached(entry, where),
            boundaryArn: typeof boundary === "string" && boundary !== "" ? boundary : undefined,
        };
    }

    group(item: unknown, where: string): AuthorizationGroup {
        const entry = this.record(item, where);
        return { name: this.string(entry, "GroupName", where), inline: this.inline(entry, "GroupPolicyList", where), attached: this.attached(entry, where) };
    }

    policy(item: unknown, where: string): ManagedPolicy {
        const entry = this.record(item, where);
        const defaultVersionId = typeof entry.DefaultVersionId === "string" ? entry.DefaultVersionId : undefined;
        const versions = this.list(entry, "PolicyVersionList", `${where}.`).map((v, i) => this.record(v, `${where}.PolicyVersionList[${i}]`));
        // Only the default version grants anything; older versions are history.
        const chosen = versions.find((v) => v.IsDefaultVersion === true) ?? versions.find((v) => defaultVersionId !== undefined && v.VersionId === defaultVersionId);
        return {
            arn: this.string(entry, "Arn", where),
            name: this.string(entry, "PolicyName", where),
            defaultVersionId,
            defaultDocument: chosen === undefined || chosen.Document === undefined ? undefined : decodePolicyDocument(chosen.Document),
        };
    }
}

const LIST_KEYS = ["UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"];

/** Builds the index from parsed JSON (one object, or an array of pages). `source` names the file in errors. */
export function readAuthorizationDetails(json: unknown, source: string): AuthorizationDetails {
    const pages = Array.isArray(json) ? json : [json];
    const reader = new PageReader(source);
    const details: AuthorizationDetails = { users: new Map(), groups: new Map(), policies: new Map() };
    if (pages.length === 0) {
        reader.fail("the file", "is an empty array; expected the output of aws iam get-account-authorization-details");
    }
    pages.forEach((value, p) => {
        const at = pages.length > 1 ? `page ${p + 1}: ` : "";
        if (!isRecord(value) || !LIST_KEYS.some((key) => key in value)) {
            reader.fail(`${at}the JSON`, `is not the output of aws iam get-account-authorization-details (expected an object with ${LIST_KEYS.join(", ")})`);
        }
        if (value.IsTruncated === true && p === pages.length - 1) {
            reader.fail(`${at}IsTruncated`, "is true: this is one page and the pages after it are missing; save every page (the AWS CLI pages through them by default)");
        }
        if (typeof value.NextToken === "string" && p === pages.length - 1) {
            reader.fail(`${at}NextToken`, "is set: the AWS CLI stopped at --max-items and the items after it are missing; run it without --max-items");
        }
        reader.list(value, "UserDetailList", at).forEach((item, i) => {
            const user = reader.user(item, `${at}UserDetailList[${i}]`);
            details.users.set(user.name, user);
        });
        reader.list(value, "GroupDetailList", at).forEach((item, i) => {
            const group = reader.group(item, `${at}GroupDetailList[${i}]`);
            details.groups.set(group.name, group);
        });
        reader.list(value, "Policies", at).forEach((item, i) => {
            const policy = reader.policy(item, `${at}Policies[${i}]`);
            details.policies.set(policy.arn, policy);
        });
    });
    return details;
}

/** Parses the file's text as JSON, then reads it. */
export function parseAuthorizationDetails(text: string, source: string): AuthorizationDetails {
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
        throw new AuditInputError(source, `not valid JSON (${error instanceof Error ? error.message : "parse error"}); expected the output of aws iam get-account-authorization-details`);
    }
    return readAuthorizationDetails(json, source);
}

import { GuardrailInputError } from "./errors";
import { POLICY_VERSION, type PolicyDocument } from "./policyDocument";
import { formatCount } from "./validate/describe";

/**
 * AWS policy size limits, in characters, and how to stay under them.
 *
 * The inline limits are per principal: the sum of ALL inline policies of one
 * user (2,048), group (5,120) or role (10,240). {@link assertWithinLimit} checks
 * one document; a component that attaches several inline policies to one
 * principal must add their sizes itself.
 *
 * Counting rules ({@link policySize}), which differ by service:
 * - IAM does not count white space. We remove whitespace OUTSIDE string values
 *   (which is what compact `JSON.stringify` output already is) and count every
 *   other character, including spaces INSIDE strings such as a Sid, by Unicode
 *   code point. Whether IAM also drops spaces inside strings is not documented;
 *   counting them can only over-estimate.
 * - Organizations counts every character of an SCP sent through the API, white
 *   space included (only the console strips it). A document object is counted as
 *   the compact JSON the components send; SCP text is counted as it is.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html — inline policies: 2,048 characters for all of a user's, 5,120 for a group's, 10,240 for a role's; a managed policy 6,144; IAM does not count white space
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html — maximum SCP size: 5,120 characters; white space is removed only when the policy is saved through the console
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html — all characters in an SCP count against its maximum size
 */

/** The size limit, in characters (counted as {@link policySize} says), for each kind of policy. */
export const POLICY_SIZE_LIMITS = Object.freeze({
    /** All inline policies of one IAM user together. */
    userInline: 2048,
    /** All inline policies of one IAM group together. */
    groupInline: 5120,
    /** All inline policies of one IAM role together. */
    roleInline: 10240,
    /** One customer managed policy. */
    managed: 6144,
    /** One service control policy. */
    scp: 5120,
});

/** A kind of policy with an AWS size limit. */
export type PolicyKind = keyof typeof POLICY_SIZE_LIMITS;

const KIND_LABELS: Readonly<Record<PolicyKind, string>> = {
    userInline: "user policy",
    groupInline: "group policy",
    roleInline: "role policy",
    managed: "managed policy",
    scp: "service control policy",
};

/** Removes whitespace outside JSON string values; leaves string contents untouched. */
export function stripJsonWhitespace(text: string): string {
    let result = "";
    let inString = false;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (inString) {
            result += char;
            if (char === "\\" && index + 1 < text.length) {
                result += text[++index];
            } else if (char === '"') {
                inString = false;
            }
        } else if (char === '"') {
            inString = true;
            result += char;
        } else if (char !== " " && char !== "\n" && char !== "\r" && char !== "\t") {
            result += char;
        }
    }
    return result;
}

function codePoints(text: string): number {
    let count = 0;
    for (const _ of text) count++;
    return count;
}

/**
 * The size AWS checks against its limits. For IAM kinds (the default): the
 * characters of the JSON with whitespace outside strings removed. For `scp`:
 * every character of the text as sent, white space included (a document object
 * is counted as its compact JSON, which is what the components send).
 */
export function policySize(doc: object | string, kind?: PolicyKind): number {
    if (typeof doc !== "string") {
        return codePoints(JSON.stringify(doc));
    }
    return codePoints(kind === "scp" ? doc : stripJsonWhitespace(doc));
}

function countingNote(kind: PolicyKind): string {
    return kind === "scp" ? "white space included, as Organizations counts it" : "whitespace excluded";
}

/**
 * Throws a {@link GuardrailInputError} when `doc` is over the limit for `kind`,
 * for example `group policy "deny-outside-cidrs" is 5,301 characters (whitespace
 * excluded), 181 over the AWS limit of 5,120`. Returns the size otherwise.
 */
export function assertWithinLimit(doc: object | string, kind: PolicyKind, name: string): number {
    const size = policySize(doc, kind);
    const limit = POLICY_SIZE_LIMITS[kind];
    if (size > limit) {
        throw new GuardrailInputError(
            `${KIND_LABELS[kind]} "${name}" is ${formatCount(size)} characters (${countingNote(kind)}), ${formatCount(size - limit)} over the AWS limit of ${formatCount(limit)}`,
        );
    }
    return size;
}

function documentOf(statements: PolicyDocument["Statement"]): PolicyDocument {
    return { Version: POLICY_VERSION, Statement: statements };
}

/**
 * Splits a document's statements, in order, into as few documents as a greedy
 * pass allows, each within the limit for `kind` (used to spread guardrails over
 * several SCPs). Throws a {@link GuardrailInputError} naming the statement when a
 * single statement is too large on its own.
 */
export function splitForLimit(doc: PolicyDocument, kind: PolicyKind): PolicyDocument[] {
    const limit = POLICY_SIZE_LIMITS[kind];
    if (doc.Statement.length === 0) {
        throw new GuardrailInputError("splitForLimit: the document has no statements; AWS refuses an empty policy");
    }
    const result: PolicyDocument[] = [];
    let current: PolicyDocument["Statement"] = [];
    doc.Statement.forEach((statement, index) => {
        const alone = policySize(documentOf([statement]), kind);
        if (alone > limit) {
            const label = statement.Sid ? `"${statement.Sid}"` : `${index + 1}`;
            throw new GuardrailInputError(
                `splitForLimit: statement ${label} alone makes a ${KIND_LABELS[kind]} of ${formatCount(alone)} characters (${countingNote(kind)}), ${formatCount(alone - limit)} over the AWS limit of ${formatCount(limit)}; split its actions or resources over several statements`,
            );
        }
        if (current.length > 0 && policySize(documentOf([...current, statement]), kind) > limit) {
            result.push(documentOf(current));
            current = [];
        }
        current.push(statement);
    });
    result.push(documentOf(current));
    return result;
}

import type { ParsedPolicyDocument, PolicyStatement } from "../../../components/documents";
import { statementActions, statementPrincipals } from "../../../components/documents";
import { internetWideSource } from "../../shared/cidrs";

/**
 * Finds the statements of a resource policy (bucket policy, topic policy, ...)
 * that allow everyone. This follows how S3 itself decides that a policy is
 * "public" for Block Public Access: a statement that allows `*` is public
 * unless a condition pins the caller to fixed values of a key that identifies
 * them (source IP range, VPC, VPC endpoint, account, organization, ARN).
 * A condition on anything else (`aws:SecureTransport`, a prefix) does not stop
 * a stranger, so it does not count.
 */

/** Condition keys that, with fixed values, limit who can use a statement (lower case). */
export const CALLER_LIMITING_KEYS = new Set([
    "aws:sourceip", "aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceowner", "aws:sourceaccount",
    "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount",
    "aws:principalarn", "aws:userid", "s3:x-amz-server-side-encryption-aws-kms-key-id",
]);

/** Operators that require the key to match (lower case); negated and `IfExists` forms do not limit. */
const MATCHING_OPERATORS = new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"]);

/** A statement that allows everyone, with a description for the message. */
export interface PublicStatement {
    /** `Statement[0]` or `Statement[0] (Sid "PublicRead")`. */
    where: string;
    /** Who it allows: `Principal "*"` or `NotPrincipal (everyone but the listed)`. */
    who: string;
    /** The actions, shortened. */
    actions: string;
}

function isFixed(value: string): boolean {
    return value.length > 0 && !value.includes("*") && !value.includes("?") && !value.includes("${");
}

function limitsCaller(operator: string, key: string, values: string[]): boolean {
    // ForAllValues: is true when the key is absent, so it limits nobody; ForAnyValue: needs a match.
    const op = operator.toLowerCase().replace(/^foranyvalue:/, "");
    if (!MATCHING_OPERATORS.has(op) || !CALLER_LIMITING_KEYS.has(key.toLowerCase()) || values.length === 0) {
        return false;
    }
    if (key.toLowerCase() === "aws:sourceip") {
        return op === "ipaddress" && values.every((cidr) => internetWideSource(cidr.includes("/") ? cidr : `${cidr}/32`) === undefined);
    }
    return values.every(isFixed);
}

function conditionLimitsCaller(statement: PolicyStatement): boolean {
    for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
        for (const [key, value] of Object.entries(block)) {
            const values = typeof value === "boolean" ? [String(value)] : typeof value === "string" ? [value] : value;
            if (limitsCaller(operator, key, values)) {
                return true;
            }
        }
    }
    return false;
}

function describeWhere(statement: PolicyStatement, index: number): string {
    return statement.Sid ? `Statement[${index}] (Sid "${statement.Sid.slice(0, 64)}")` : `Statement[${index}]`;
}

function describeActions(statement: PolicyStatement): string {
    const actions = statement.NotAction !== undefined ? ["every action but those in NotAction"] : statementActions(statement);
    const shown = actions.slice(0, 4).map((a) => a.slice(0, 80)).join(", ");
    return actions.length > 4 ? `${shown} and ${actions.length - 4} more` : shown || "no actions";
}

/** Whether a statement names everyone: `"*"`, `{"AWS": "*"}`, or a principal with a wildcard. */
function whoIsEveryone(statement: PolicyStatement): string | undefined {
    if (statement.NotPrincipal !== undefined) {
        return "NotPrincipal (everyone except the listed principals)";
    }
    const wild = statementPrincipals(statement).find((principal) => principal.includes("*"));
    return wild === undefined ? undefined : `Principal ${JSON.stringify(wild.slice(0, 120))}`;
}

/** The Allow statements of a document that let anyone in without a condition that limits the caller. */
export function publicAllowStatements(doc: ParsedPolicyDocument): PublicStatement[] {
    const out: PublicStatement[] = [];
    doc.Statement.forEach((statement, index) => {
        if (statement.Effect !== "Allow") {
            return;
        }
        const who = whoIsEveryone(statement);
        if (who && !conditionLimitsCaller(statement)) {
            out.push({ where: describeWhere(statement, index), who, actions: describeActions(statement) });
        }
    });
    return out;
}

import {
    statementActions, statementNotActions, statementNotResources, statementResources,
} from "../statementAccess";
import type { PolicyStatement } from "../policyDocument";
import { allowsEveryAddress, allowsEveryRegion } from "./openFences";

/**
 * Questions the IAM policies ask about one statement of a parsed document:
 * does it grant every action, on every resource, does it carry a given
 * condition. Pure functions over `parsePolicyDocument` output.
 */

/** `*`, `*:*` (and `**`-style repeats): every action of every service. */
export function isEveryAction(action: string): boolean {
    return /^\*+(?::\*+)?$/.test(action.trim());
}

/** `*`, or an ARN pattern whose every part after the partition is `*`, such as `arn:aws:*:*:*:*`. */
export function isEveryResource(resource: string): boolean {
    const text = resource.trim();
    return /^\*+$/.test(text) || /^arn:(?:\*+|aws[a-z-]*):\*+(?::\*+){0,3}$/.test(text);
}

/** `s3:*`: every action of one service (not `*` itself). */
export function isServiceWideAction(action: string): boolean {
    return /^[A-Za-z0-9-]+:\*+$/.test(action.trim());
}

/** Whether the statement's `Action` includes every action. */
export function allowsEveryAction(statement: PolicyStatement): boolean {
    return statementActions(statement).some(isEveryAction);
}

/** Whether the statement covers every resource: `Resource` `*`, or any `NotResource` (everything except a few). */
export function coversEveryResource(statement: PolicyStatement): boolean {
    return statementResources(statement).some(isEveryResource) || statementNotResources(statement).length > 0;
}

/**
 * A Deny that applies to (nearly) every request: `Action` `*`, or `NotAction`
 * (everything except a short list of exemptions), on every resource. A deny
 * narrowed to a few actions fences only those actions.
 */
export function isBroadDeny(statement: PolicyStatement): boolean {
    if (statement.Effect !== "Deny") {
        return false;
    }
    const broadActions = allowsEveryAction(statement) || statementNotActions(statement).length > 0;
    return broadActions && coversEveryResource(statement);
}

/** One `operator → key → values` entry of a statement's `Condition`. */
export interface ConditionEntry {
    /** The operator, such as `NotIpAddress` or `BoolIfExists`. */
    operator: string;
    /** The condition key as written, such as `aws:SourceIp`. */
    key: string;
    /** The values, as strings (booleans become "true"/"false"). */
    values: string[];
}

/** The statement's conditions, flattened. */
export function conditionEntries(statement: PolicyStatement): ConditionEntry[] {
    const out: ConditionEntry[] = [];
    for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
        for (const [key, value] of Object.entries(block)) {
            const values = Array.isArray(value) ? value.map(String) : [String(value)];
            out.push({ operator, key, values });
        }
    }
    return out;
}

/** Whether the statement has a condition with one of `operators` on `key` (keys compare case-insensitively, as IAM does). */
export function hasCondition(statement: PolicyStatement, operators: readonly string[], key: string, value?: string): boolean {
    const wantedKey = key.toLowerCase();
    return conditionEntries(statement).some((entry) =>
        operators.includes(entry.operator) &&
        entry.key.toLowerCase() === wantedKey &&
        (value === undefined || entry.values.some((v) => v.toLowerCase() === value.toLowerCase())));
}

/** Whether the statement carries a condition at all. */
export function hasAnyCondition(statement: PolicyStatement): boolean {
    return conditionEntries(statement).length > 0;
}

/** Operators that deny requests from outside a list of source IP ranges. */
export const IP_FENCE_OPERATORS = ["NotIpAddress", "NotIpAddressIfExists"] as const;

/** Operators that deny requests to regions outside a list. */
export const REGION_FENCE_OPERATORS = [
    "StringNotEquals", "StringNotEqualsIfExists", "StringNotEqualsIgnoreCase", "StringNotEqualsIgnoreCaseIfExists",
    "StringNotLike", "StringNotLikeIfExists",
] as const;

/** Operators that deny requests made without MFA (`aws:MultiFactorAuthPresent` = false). */
export const MFA_FENCE_OPERATORS = ["Bool", "BoolIfExists"] as const;

/** The statement's entries with one of `operators` on `key` (keys compare case-insensitively, as IAM does). */
function entriesOf(statement: PolicyStatement, operators: readonly string[], key: string): ConditionEntry[] {
    const wanted = key.toLowerCase();
    return conditionEntries(statement).filter((entry) => operators.includes(entry.operator) && entry.key.toLowerCase() === wanted);
}

/**
 * A broad Deny of requests from outside the allowed source IPs
 * (`denyOutsideCidrs`). Not a fence when its ranges together allow every IPv4
 * or IPv6 address: its conditions are ANDed, so one open entry opens it.
 */
export function isIpFence(statement: PolicyStatement): boolean {
    if (!isBroadDeny(statement)) {
        return false;
    }
    const entries = entriesOf(statement, IP_FENCE_OPERATORS, "aws:SourceIp");
    return entries.length > 0 && !entries.some((entry) => allowsEveryAddress(entry.values));
}

/**
 * A broad Deny of requests to regions outside the allowed list
 * (`denyOutsideRegions`). Not a fence when it allows every known region.
 */
export function isRegionFence(statement: PolicyStatement): boolean {
    if (!isBroadDeny(statement)) {
        return false;
    }
    const entries = entriesOf(statement, REGION_FENCE_OPERATORS, "aws:RequestedRegion");
    return entries.length > 0 && !entries.some((entry) => allowsEveryRegion(entry.operator, entry.values));
}

/** A broad Deny of requests made without MFA (`requireMfa`). */
export function isMfaFence(statement: PolicyStatement): boolean {
    return isBroadDeny(statement) && hasCondition(statement, MFA_FENCE_OPERATORS, "aws:MultiFactorAuthPresent", "false");
}

import type { ConditionBlock, Principal, PolicyStatement } from "./policyDocument";
import { describeValue } from "./validate/describe";

/**
 * Reads a policy document written by someone else (a JSON string or an object)
 * into a normalized, typed shape, for the policy pack to inspect.
 *
 * It NEVER throws: huge strings, invalid JSON, nulls, numbers, arrays, getters
 * that throw, all come back as `{ ok: false, error }`. Normalization:
 * - a single statement object becomes a one-element `Statement` array;
 * - `Action`, `NotAction`, `Resource` and `NotResource` become string arrays;
 * - numbers in condition values become strings (IAM compares them as text);
 * - unknown statement keys are dropped.
 */

/** A policy document as read from the outside world; `Version` may be old or missing. */
export interface ParsedPolicyDocument {
    /** The `Version` as written, or undefined when absent (IAM then assumes 2008-10-17). */
    Version: string | undefined;
    /** The optional policy `Id`. */
    Id: string | undefined;
    /** The statements, with list fields normalized to arrays. */
    Statement: PolicyStatement[];
}

/** The result of {@link parsePolicyDocument}. */
export type ParsePolicyResult = { ok: true; doc: ParsedPolicyDocument } | { ok: false; error: string };

/** The longest JSON text accepted, in characters: far above any AWS policy limit. */
export const MAX_POLICY_TEXT_LENGTH = 1_000_000;

class ParseProblem extends Error {}

function fail(message: string): never {
    throw new ParseProblem(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringArray(where: string, value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.slice();
    return fail(`${where} must be a string or an array of strings; got ${describeValue(value)}`);
}

function principal(where: string, value: unknown): Principal {
    if (value === "*") return "*";
    if (!isRecord(value)) return fail(`${where} must be "*" or an object such as {"AWS": "..."}; got ${describeValue(value)}`);
    const result: Record<string, string | string[]> = {};
    for (const [key, entry] of Object.entries(value)) {
        result[key] = typeof entry === "string" ? entry : stringArray(`${where}.${key}`, entry);
    }
    return result;
}

function conditionValue(where: string, value: unknown): string | string[] | boolean {
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (Array.isArray(value)) {
        return value.map((item, index) =>
            typeof item === "string" || typeof item === "boolean" || (typeof item === "number" && Number.isFinite(item))
                ? String(item)
                : fail(`${where}[${index}] must be a string, number or boolean; got ${describeValue(item)}`),
        );
    }
    return fail(`${where} must be a string, number, boolean or an array of them; got ${describeValue(value)}`);
}

function condition(where: string, value: unknown): ConditionBlock {
    if (!isRecord(value)) return fail(`${where} must be an object of operators; got ${describeValue(value)}`);
    const result: ConditionBlock = {};
    for (const [operator, keys] of Object.entries(value)) {
        if (!isRecord(keys)) return fail(`${where}.${operator} must be an object of condition keys; got ${describeValue(keys)}`);
        const block: Record<string, string | string[] | boolean> = {};
        for (const [key, entry] of Object.entries(keys)) {
            block[key] = conditionValue(`${where}.${operator}.${key}`, entry);
        }
        result[operator] = block;
    }
    return result;
}

function statement(where: string, value: unknown): PolicyStatement {
    if (!isRecord(value)) return fail(`${where} must be an object; got ${describeValue(value)}`);
    const effect = value.Effect;
    if (effect !== "Allow" && effect !== "Deny") {
        return fail(`${where}.Effect must be "Allow" or "Deny"; got ${describeValue(effect)}`);
    }
    const result: PolicyStatement = { Effect: effect };
    if (value.Sid !== undefined) {
        if (typeof value.Sid !== "string") return fail(`${where}.Sid must be a string; got ${describeValue(value.Sid)}`);
        result.Sid = value.Sid;
    }
    const hasAction = value.Action !== undefined;
    const hasNotAction = value.NotAction !== undefined;
    if (hasAction === hasNotAction) return fail(`${where} must have exactly one of Action and NotAction`);
    if (hasAction) result.Action = stringArray(`${where}.Action`, value.Action);
    if (hasNotAction) result.NotAction = stringArray(`${where}.NotAction`, value.NotAction);
    if (value.Resource !== undefined && value.NotResource !== undefined) {
        return fail(`${where} must not have both Resource and NotResource`);
    }
    if (value.Resource !== undefined) result.Resource = stringArray(`${where}.Resource`, value.Resource);
    if (value.NotResource !== undefined) result.NotResource = stringArray(`${where}.NotResource`, value.NotResource);
    if (value.Principal !== undefined) result.Principal = principal(`${where}.Principal`, value.Principal);
    if (value.NotPrincipal !== undefined) result.NotPrincipal = principal(`${where}.NotPrincipal`, value.NotPrincipal);
    if (value.Condition !== undefined) result.Condition = condition(`${where}.Condition`, value.Condition);
    return result;
}

function document(value: unknown): ParsedPolicyDocument {
    if (!isRecord(value)) {
        return fail(`a policy document must be a JSON object or a JSON string; got ${describeValue(value)}`);
    }
    const version = value.Version;
    if (version !== undefined && typeof version !== "string") {
        return fail(`Version must be a string such as "2012-10-17"; got ${describeValue(version)}`);
    }
    const id = value.Id;
    if (id !== undefined && typeof id !== "string") return fail(`Id must be a string; got ${describeValue(id)}`);
    const raw = value.Statement;
    if (raw === undefined) return fail("the policy document has no Statement");
    const list: unknown[] = Array.isArray(raw) ? raw : [raw];
    return { Version: version, Id: id, Statement: list.map((item, index) => statement(`Statement[${index}]`, item)) };
}

function readText(text: string): unknown {
    if (text.length > MAX_POLICY_TEXT_LENGTH) {
        return fail(`the policy text is ${text.length} characters; at most ${MAX_POLICY_TEXT_LENGTH} are read`);
    }
    try {
        return JSON.parse(text);
    } catch (error) {
        return fail(`the policy text is not valid JSON (${error instanceof Error ? error.message : "parse error"})`);
    }
}

function safeDetail(error: unknown): string {
    try {
        return error instanceof Error ? String(error.message) : describeValue(error);
    } catch {
        return "unreadable error";
    }
}

/** Parses and normalizes a policy document from a JSON string or an object. Never throws. */
export function parsePolicyDocument(input: unknown): ParsePolicyResult {
    try {
        const value = typeof input === "string" ? readText(input) : input;
        return { ok: true, doc: document(value) };
    } catch (error) {
        if (error instanceof ParseProblem) return { ok: false, error: error.message };
        return { ok: false, error: `the policy document could not be read (${safeDetail(error)})` };
    }
}

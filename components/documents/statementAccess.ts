import type { PolicyStatement } from "./policyDocument";

/**
 * Read helpers that hide IAM's "string or array of strings" shapes. The policy
 * pack uses them to inspect other people's documents, so none of them throws on
 * odd input: anything that is not a string or an array of strings reads as an
 * empty list (non-string items are skipped).
 */

/** A string becomes `[string]`, an array keeps its string items, anything else is `[]`. */
export function asStringList(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
    return [];
}

/** The statement's `Action` entries as an array. */
export function statementActions(statement: PolicyStatement): string[] {
    return asStringList(statement.Action);
}

/** The statement's `NotAction` entries as an array. */
export function statementNotActions(statement: PolicyStatement): string[] {
    return asStringList(statement.NotAction);
}

/** The statement's `Resource` entries as an array. */
export function statementResources(statement: PolicyStatement): string[] {
    return asStringList(statement.Resource);
}

/** The statement's `NotResource` entries as an array. */
export function statementNotResources(statement: PolicyStatement): string[] {
    return asStringList(statement.NotResource);
}

/**
 * Every principal value in a `Principal` element, flattened: `"*"` for the
 * wildcard form, otherwise the values of all its keys (`AWS`, `Service`, ...).
 */
export function statementPrincipals(statement: PolicyStatement): string[] {
    const principal = statement.Principal;
    if (principal === undefined) return [];
    if (principal === "*") return ["*"];
    return Object.values(principal).flatMap((value) => asStringList(value));
}

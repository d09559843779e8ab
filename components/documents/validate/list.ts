import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * Checks that `value` is an array of strings and returns it without duplicates
 * (first occurrence wins). `field` names the argument in the error.
 */
export function stringList(where: string, field: string, value: unknown): string[] {
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: ${field} must be an array of strings; got ${describeValue(value)}`);
    }
    const seen = new Set<string>();
    const result: string[] = [];
    for (const item of value) {
        if (typeof item !== "string") {
            throw new GuardrailInputError(`${where}: ${field} must contain only strings; got ${describeValue(item)}`);
        }
        if (!seen.has(item)) {
            seen.add(item);
            result.push(item);
        }
    }
    return result;
}

/** Like {@link stringList}, but undefined means an empty list. */
export function optionalStringList(where: string, field: string, value: unknown): string[] {
    return value === undefined ? [] : stringList(where, field, value);
}

import { GuardrailInputError } from "../documents/errors";
import { validateRegion } from "../documents/validate/region";
import { describeValue } from "../documents/validate/describe";

/**
 * Input checks shared by the detection components. Each throws a
 * {@link GuardrailInputError} whose message starts with `where` (the component
 * and argument) and names the bad value and what is allowed.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a list of e-mail addresses; returns it without duplicates. */
export function checkEmails(where: string, value: unknown): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: must be an array of e-mail addresses; got ${describeValue(value)}`);
    }
    for (const item of value) {
        if (typeof item !== "string" || !EMAIL.test(item)) {
            throw new GuardrailInputError(`${where}: ${describeValue(item)} is not an e-mail address; expected something like "security@example.com"`);
        }
    }
    return [...new Set(value as string[])];
}

/** Checks a list of region names; returns it without duplicates. `allowEmpty` false rejects an empty list. */
export function checkRegions(where: string, value: unknown, allowEmpty = false): string[] {
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: must be an array of region names, like ["us-east-1"]; got ${describeValue(value)}`);
    }
    const regions = value.map((item) => validateRegion(where, item));
    if (!allowEmpty && regions.length === 0) {
        throw new GuardrailInputError(`${where}: must name at least one region, like "us-east-1"`);
    }
    return [...new Set(regions)];
}

/** Checks that `value` is undefined or a boolean; returns it or the default. */
export function checkBoolean(where: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
        throw new GuardrailInputError(`${where}: must be true or false; got ${describeValue(value)}`);
    }
    return value;
}

/** Checks that `value` is undefined or a whole number from `min` to `max`; returns it or the default. */
export function checkInteger(where: string, value: unknown, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
        throw new GuardrailInputError(`${where}: ${describeValue(value)} is not allowed; expected a whole number from ${min} to ${max}`);
    }
    return value;
}

/** Checks that `value` is a finite number greater than 0 (an amount of money, a threshold). */
export function checkPositive(where: string, value: unknown): number {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        throw new GuardrailInputError(`${where}: ${describeValue(value)} is not allowed; expected a number greater than 0`);
    }
    return value;
}

/** Checks that `value` is undefined or one of `allowed`; returns it or the default. */
export function checkOneOf<T extends string>(where: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
        throw new GuardrailInputError(`${where}: ${describeValue(value)} is not allowed; allowed: ${allowed.join(", ")}`);
    }
    return value as T;
}

/** Checks a string → string map of tags (AWS: key 1–128, value 0–256 characters, at most 50 tags). */
export function checkTags(where: string, value: unknown): Record<string, string> {
    if (value === undefined) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: must be a map of tag keys to string values; got ${describeValue(value)}`);
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 50) {
        throw new GuardrailInputError(`${where}: has ${entries.length} tags; AWS allows at most 50`);
    }
    for (const [key, tag] of entries) {
        if (key.length < 1 || key.length > 128 || key.startsWith("aws:")) {
            throw new GuardrailInputError(`${where}: tag key ${describeValue(key)} is not allowed; keys are 1 to 128 characters and must not start with "aws:"`);
        }
        if (typeof tag !== "string" || tag.length > 256) {
            throw new GuardrailInputError(`${where}: tag ${JSON.stringify(key)} must have a string value of at most 256 characters; got ${describeValue(tag)}`);
        }
    }
    return { ...(value as Record<string, string>) };
}


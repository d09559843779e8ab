import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * Checks of plain arguments. `where` names the argument in full, such as
 * `ScopedServiceRole "deployer": maxSessionDuration`; every message starts with it.
 */

/** A boolean flag, or `fallback` when undefined. */
export function validateFlag(where: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    throw new GuardrailInputError(`${where} must be true or false; got ${describeValue(value)}`);
}

/** A whole number from `min` to `max`, or `fallback` when undefined. `hint` explains the range. */
export function validateWholeNumber(where: string, value: unknown, range: { min: number; max: number; fallback: number; hint?: string }): number {
    if (value === undefined) return range.fallback;
    if (typeof value === "number" && Number.isInteger(value) && value >= range.min && value <= range.max) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not allowed; expected a whole number from ${range.min} to ${range.max}${range.hint ?? ""}`);
}

/** A finite number greater than 0 (an amount of money, a threshold). */
export function validatePositive(where: string, value: unknown): number {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not allowed; expected a number greater than 0`);
}

/** One of `allowed`, or `fallback` when undefined. */
export function validateOneOf<T extends string>(where: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not allowed; allowed: ${allowed.join(", ")}`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A list of e-mail addresses, without duplicates; undefined is an empty list. */
export function validateEmails(where: string, value: unknown): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where} must be an array of e-mail addresses; got ${describeValue(value)}`);
    }
    for (const item of value) {
        if (typeof item !== "string" || !EMAIL.test(item)) {
            throw new GuardrailInputError(`${where}: ${describeValue(item)} is not an e-mail address; expected something like "security@example.com"`);
        }
    }
    return [...new Set(value as string[])];
}

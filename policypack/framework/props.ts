/**
 * Defensive readers for resource properties. A policy sees whatever a program
 * sent: missing fields, unknowns during preview, numbers where strings belong,
 * huge strings. These helpers never throw; they answer "not there" instead.
 */
import { UnknownValueError } from "@pulumi/policy";

/** Marks a value the engine does not know yet (a preview, or an output of another resource). */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** A property value after {@link snapshot}: plain JSON-like data, or {@link UNKNOWN}. */
export type PropValue = string | number | boolean | null | undefined | typeof UNKNOWN | PropValue[] | { [key: string]: PropValue };

/** Plain properties of a resource. */
export type Props = { [key: string]: PropValue };

/** Whether an error is the policy server's "this value is unknown during preview". */
export function isUnknownError(err: unknown): boolean {
    return err instanceof UnknownValueError;
}

/**
 * Copies the engine's unknown-checking proxy into plain data, replacing every
 * unknown value with {@link UNKNOWN}, so that reading it can never throw.
 */
export function snapshot(value: unknown, depth = 0): PropValue {
    if (depth > 64) {
        return undefined;
    }
    if (value === null || value === undefined || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        return value;
    }
    if (Array.isArray(value)) {
        const out: PropValue[] = [];
        for (let i = 0; i < value.length; i++) {
            try {
                out.push(snapshot(value[i], depth + 1));
            } catch (err) {
                if (!isUnknownError(err)) {
                    throw err;
                }
                out.push(UNKNOWN);
            }
        }
        return out;
    }
    if (typeof value === "object") {
        const out: { [key: string]: PropValue } = {};
        for (const key of Object.keys(value)) {
            try {
                out[key] = snapshot((value as Record<string, unknown>)[key], depth + 1);
            } catch (err) {
                if (!isUnknownError(err)) {
                    throw err;
                }
                out[key] = UNKNOWN;
            }
        }
        return out;
    }
    return undefined;
}

/** The value as a string, or undefined. */
export function asString(value: PropValue): string | undefined {
    return typeof value === "string" ? value : undefined;
}

/** The value as a number (numeric strings accepted, as the engine may send them), or undefined. */
export function asNumber(value: PropValue): number | undefined {
    if (typeof value === "number" && Number.isFinite(value)) {
        return value;
    }
    if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
        return Number(value);
    }
    return undefined;
}

/** The value as a boolean ("true"/"false" strings accepted), or undefined. */
export function asBoolean(value: PropValue): boolean | undefined {
    if (typeof value === "boolean") {
        return value;
    }
    if (value === "true" || value === "false") {
        return value === "true";
    }
    return undefined;
}

/** The value as an object, or undefined. */
export function asRecord(value: PropValue): { [key: string]: PropValue } | undefined {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}

/** The value as an array; a single value becomes a one-element array; absent becomes empty. */
export function asList(value: PropValue): PropValue[] {
    if (Array.isArray(value)) {
        return value;
    }
    return value === undefined || value === null ? [] : [value];
}

/** Reads a nested property by path, or undefined if any step is missing. */
export function at(value: PropValue, ...path: (string | number)[]): PropValue {
    let current: PropValue = value;
    for (const step of path) {
        if (typeof step === "number") {
            current = Array.isArray(current) ? current[step] : undefined;
        } else {
            const record = asRecord(current);
            current = record ? record[step] : undefined;
        }
    }
    return current;
}

/** The resource's tags as a string map (`tags`, falling back to `tagsAll`). */
export function tagsOf(props: Props): Record<string, string> {
    const out: Record<string, string> = {};
    const sources: PropValue[] = [props.tagsAll, props.tags];
    for (const source of sources) {
        const record = asRecord(source);
        if (record) {
            for (const [key, value] of Object.entries(record)) {
                if (typeof value === "string") {
                    out[key] = value;
                }
            }
        }
    }
    return out;
}

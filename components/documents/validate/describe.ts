/**
 * Short, safe descriptions of arbitrary values for error messages.
 */

const MAX_SHOWN = 80;

/**
 * Describes any value for an error message without throwing: strings are quoted
 * (and cut at 80 characters), other values are named by type or shown as JSON.
 */
export function describeValue(value: unknown): string {
    if (typeof value === "string") {
        const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
        return JSON.stringify(shown);
    }
    if (value === null) return "null";
    if (value === undefined) return "undefined";
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (typeof value === "object") return "an object";
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
    return `a ${typeof value}`;
}

/** Formats an integer with thousands separators, as in `5,120`. */
export function formatCount(count: number): string {
    return count.toLocaleString("en-US");
}

/** Lists items as `"a", "b" and 3 more`, showing at most `max` of them. */
export function listSome(items: readonly string[], max = 10): string {
    const shown = items.slice(0, max).join(", ");
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

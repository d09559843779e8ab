import { PropValue, UNKNOWN } from "../../framework/props";

/** The deepest nesting inspected; {@link snapshot} already stops at 64. */
const MAX_DEPTH = 64;

/**
 * Whether a value holds an unknown anywhere inside it (a preview, or an output
 * of another resource). Policies that read a whole structure, such as a policy
 * document given as an object, stay silent on such values instead of judging
 * half of them. Linear in the size of the value.
 */
export function containsUnknown(value: PropValue, depth = 0): boolean {
    if (value === UNKNOWN) {
        return true;
    }
    if (depth > MAX_DEPTH || value === null || typeof value !== "object") {
        return false;
    }
    const items = Array.isArray(value) ? value : Object.values(value);
    return items.some((item) => containsUnknown(item, depth + 1));
}

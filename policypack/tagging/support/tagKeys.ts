import { PropValue, UNKNOWN, asRecord, asString, at } from "../../framework/props";

/**
 * Reading tag keys in every form AWS resources take them: a map (`tags`,
 * `tagsAll`), a list of `{ key, value }` blocks (Auto Scaling groups), and the
 * provider's `defaultTags.tags`, which the engine may forward as a JSON string.
 */

/** The longest provider property text parsed as JSON. */
const MAX_JSON_TEXT = 256 * 1024;

/** The tag keys a tags value declares, or UNKNOWN when the value is not known yet. */
export function tagKeysOf(value: PropValue): Set<string> | typeof UNKNOWN {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    const keys = new Set<string>();
    if (Array.isArray(value)) {
        for (const item of value) {
            const key = at(item, "key");
            if (key === UNKNOWN || item === UNKNOWN) {
                return UNKNOWN;
            }
            const text = asString(key);
            if (text !== undefined) {
                keys.add(text);
            }
        }
        return keys;
    }
    for (const key of Object.keys(asRecord(value) ?? {})) {
        keys.add(key);
    }
    return keys;
}

function parseJsonObject(text: string): PropValue {
    if (text.length > MAX_JSON_TEXT) {
        return undefined;
    }
    try {
        const parsed: unknown = JSON.parse(text);
        return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as PropValue) : undefined;
    } catch {
        return undefined;
    }
}

/** The tag keys an AWS provider adds to every resource (`defaultTags.tags`), or UNKNOWN. */
export function providerDefaultTagKeys(providerProps: { [key: string]: PropValue } | undefined): Set<string> | typeof UNKNOWN {
    const raw = providerProps?.defaultTags;
    if (raw === UNKNOWN) {
        return UNKNOWN;
    }
    const defaultTags = typeof raw === "string" ? parseJsonObject(raw) : raw;
    const tags = at(defaultTags ?? undefined, "tags");
    return tags === undefined ? new Set() : tagKeysOf(tags);
}

/** Every key in a list of tag values, or UNKNOWN if any of them is unknown. */
export function unionOfTagKeys(values: (Set<string> | typeof UNKNOWN)[]): Set<string> | typeof UNKNOWN {
    const out = new Set<string>();
    for (const value of values) {
        if (value === UNKNOWN) {
            return UNKNOWN;
        }
        value.forEach((key) => out.add(key));
    }
    return out;
}

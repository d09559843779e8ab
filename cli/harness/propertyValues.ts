import type { JsonValue } from "./types";

import { ARCHIVE_SIG, ASSET_SIG, OUTPUT_SIG, RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_VALUE } from "./signatures";

export { UNKNOWN_VALUE };

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mapObject(value: Record<string, unknown>, fn: (v: unknown) => unknown): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
        out[key] = fn(inner);
    }
    return out;
}

/**
 * Prepares serialized properties the way the engine does before it sends them to
 * an analyzer: resource references become the resource's id (custom resources) or
 * URN (components), output values become their plain (or secret) value, and
 * secrets and unknowns are kept.
 */
export function toAnalyzerValue(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(toAnalyzerValue);
    }
    if (!isObject(value)) {
        return value;
    }
    const sig = value[SIG_KEY];
    if (sig === RESOURCE_SIG) {
        const id = value.id;
        return typeof id === "string" && id.length > 0 ? id : value.urn;
    }
    if (sig === OUTPUT_SIG) {
        const inner = "value" in value ? toAnalyzerValue(value.value) : UNKNOWN_VALUE;
        return value.secret === true ? { [SIG_KEY]: SECRET_SIG, value: inner } : inner;
    }
    if (sig === SECRET_SIG) {
        return { [SIG_KEY]: SECRET_SIG, value: toAnalyzerValue(value.value) };
    }
    if (sig === ASSET_SIG || sig === ARCHIVE_SIG) {
        return value;
    }
    return mapObject(value, toAnalyzerValue);
}

/**
 * Renders analyzer-ready properties for a human or JSON report: secrets become
 * "[secret]", unknowns "[unknown]", assets "[asset]" and archives "[archive]".
 */
export function toReportValue(value: unknown): JsonValue {
    if (value === UNKNOWN_VALUE) {
        return "[unknown]";
    }
    if (Array.isArray(value)) {
        return value.map(toReportValue);
    }
    if (value === undefined) {
        return null;
    }
    if (!isObject(value)) {
        return typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value === null
            ? value
            : String(value);
    }
    const sig = value[SIG_KEY];
    if (sig === SECRET_SIG) {
        return "[secret]";
    }
    if (sig === ASSET_SIG) {
        return "[asset]";
    }
    if (sig === ARCHIVE_SIG) {
        return "[archive]";
    }
    const out: { [key: string]: JsonValue } = {};
    for (const [key, inner] of Object.entries(value)) {
        out[key] = toReportValue(inner);
    }
    return out;
}

/** Rebuilds a property value with each secret replaced by what `onSecret` makes of its value (itself rebuilt first). */
export function mapSecrets(value: unknown, onSecret: (inner: unknown) => unknown): unknown {
    const walk = (v: unknown): unknown => {
        if (Array.isArray(v)) {
            return v.map(walk);
        }
        if (!isObject(v)) {
            return v;
        }
        return v[SIG_KEY] === SECRET_SIG ? onSecret(walk(v.value)) : mapObject(v, walk);
    };
    return walk(value);
}

/** Removes the secret markers, giving the plain values (for the mocks' own bookkeeping). */
export function revealSecrets(value: unknown): unknown {
    return mapSecrets(value, (inner) => inner);
}

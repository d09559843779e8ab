/**
 * Defensive readers for policy config. The CLI validates config against each
 * policy's `configSchema` and fills in schema defaults, but a policy must still
 * behave when a value is missing or odd (an older CLI, a hand-built request), so
 * every reader takes the documented default as its fallback.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The config value under `key`, or undefined when the config is not an object. */
function read(config: unknown, key: string): unknown {
    return isRecord(config) ? config[key] : undefined;
}

/** A boolean config value, or `fallback` when absent or not a boolean. */
export function configBoolean(config: unknown, key: string, fallback: boolean): boolean {
    const value = read(config, key);
    return typeof value === "boolean" ? value : fallback;
}

/** A finite number config value, or `fallback` when absent or not a number. */
export function configNumber(config: unknown, key: string, fallback: number): number {
    const value = read(config, key);
    return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** A list of strings (non-strings dropped), or `fallback` when absent or not a list. */
export function configStrings(config: unknown, key: string, fallback: readonly string[]): string[] {
    const value = read(config, key);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [...fallback];
}

/** A list of integers (others dropped), or `fallback` when absent or not a list. */
export function configIntegers(config: unknown, key: string, fallback: readonly number[]): number[] {
    const value = read(config, key);
    return Array.isArray(value) ? value.filter((item): item is number => typeof item === "number" && Number.isInteger(item)) : [...fallback];
}

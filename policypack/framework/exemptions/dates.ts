/** Calendar dates in the `YYYY-MM-DD` form exemptions and ages use, judged in UTC. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
    const m = DATE.exec(value);
    if (!m) {
        return false;
    }
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(): string {
    return new Date().toISOString().slice(0, 10);
}

/** The config key, in every policy that judges dates, of the day to judge them as of. */
export const AS_OF_KEY = "asOf";

/** The schema entry of {@link AS_OF_KEY}; `check --now` sets it for every policy whose schema has it. */
export const AS_OF_SCHEMA = {
    type: "string",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    description: "Judge dates (exemption expiries and lifetimes, key ages) as of this day (YYYY-MM-DD, UTC) instead of today, for reproducible runs.",
} as const;

/** The day a policy judges dates as of: its config's `asOf` when that is a real date, else today (UTC). */
export function judgedDay(config: unknown): string {
    const asOf = typeof config === "object" && config !== null ? (config as Record<string, unknown>)[AS_OF_KEY] : undefined;
    return typeof asOf === "string" && isIsoDate(asOf) ? asOf : todayUtc();
}

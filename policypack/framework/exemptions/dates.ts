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

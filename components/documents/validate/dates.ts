import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/** A date, or a date-time with an explicit offset (a local time would depend on the machine's time zone). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Milliseconds per day. */
const DAY_MS = 86_400_000;

/**
 * Whole days since 1970-01-01 (UTC) of an ISO 8601 date or date-time, such as
 * `2026-03-31` or `2026-03-31T09:30:00Z`. A date-time needs `Z` or an offset
 * and counts for its UTC day.
 */
export function validateIsoDay(where: string, value: unknown): number {
    const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
    const time = match ? Date.parse(match[0].length === 10 ? `${match[0]}T00:00:00Z` : match[0]) : NaN;
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const calendarOk = match !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
    if (!match || Number.isNaN(time) || !calendarOk) {
        throw new GuardrailInputError(`${where} ${describeValue(value)} is not an ISO 8601 date; expected like "2026-03-31" or "2026-03-31T09:30:00Z"`);
    }
    return Math.floor(time / DAY_MS);
}

/** The ISO date (`YYYY-MM-DD`) of a day number from {@link validateIsoDay}. */
export function isoDateOfDay(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

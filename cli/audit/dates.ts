/**
 * Whole-day arithmetic in UTC for the audit's limits ("last used 45 days or
 * more ago", "rotated more than 90 days ago"), so that a result never depends
 * on the machine's time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` into midnight UTC of that day, or undefined when it is not a real calendar date. */
export function parseDay(text: string): Date | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real ? date : undefined;
}

/** Midnight UTC of the day `instant` falls on. */
export function startOfUtcDay(instant: Date): Date {
    return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

/** Whole days from `then` to `now` (negative when `then` is later). */
export function daysBetween(then: Date, now: Date): number {
    return Math.floor((now.getTime() - then.getTime()) / MS_PER_DAY);
}

/**
 * Calendar days from the UTC day of `then` to the UTC day of `now`: the
 * difference of the two dates a reader sees (2024-03-02T18:00Z to 2024-06-01
 * is 91 days), whatever the time of day of either.
 */
export function calendarDaysBetween(then: Date, now: Date): number {
    return daysBetween(startOfUtcDay(then), startOfUtcDay(now));
}

/** `2024-03-01`: the UTC calendar day of an instant. */
export function formatDay(instant: Date): string {
    return instant.toISOString().slice(0, 10);
}

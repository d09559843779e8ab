import { isIsoDate } from "./dates";

/** The shortest reason an exemption may carry. */
export const MIN_REASON_LENGTH = 10;

/** A reason and an expiry that passed {@link checkReasonAndDate}. */
export interface ReasonAndDate {
    /** Why the finding is accepted, trimmed; any character is allowed. */
    reason: string;
    /** The last day (YYYY-MM-DD, UTC) the exemption applies. */
    expires: string;
}

/** Checks the two parts every exemption carries, wherever it is written. */
export function checkReasonAndDate(reason: string, expires: string): ReasonAndDate | { problem: string } {
    const trimmed = reason.trim();
    if (trimmed.length < MIN_REASON_LENGTH) {
        return { problem: `reason ${JSON.stringify(trimmed.slice(0, 200))} is ${trimmed.length} characters; at least ${MIN_REASON_LENGTH} are required` };
    }
    if (!isIsoDate(expires)) {
        return { problem: `expiry ${JSON.stringify(expires.slice(0, 200))} is not a date in YYYY-MM-DD form` };
    }
    return { reason: trimmed, expires };
}

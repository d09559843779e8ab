/**
 * The one format of an exempted finding, written by the policy pack and read by
 * the `check` report: `exempted <policy> until <YYYY-MM-DD>, reason "<reason>": <message>`.
 *
 * The reason is a JSON string literal, so it may hold any character (quotes,
 * brackets, colons, new lines) and still reads back exactly; the finding's own
 * message follows unchanged. Pure text, no Pulumi: the pack and the CLI both
 * compile this file.
 */

/** A finding that an unexpired exemption covers. */
export interface ExemptedFinding {
    /** The policy whose finding is exempted. */
    policy: string;
    /** The last day (YYYY-MM-DD) the exemption applies. */
    expires: string;
    /** Why the finding is accepted. */
    reason: string;
    /** The finding itself, as the policy reported it. */
    message: string;
}

const HEAD = "exempted ";
const UNTIL = " until ";
const REASON = ", reason ";
const MESSAGE_SEPARATOR = ": ";
const DATE_LENGTH = "YYYY-MM-DD".length;

/** Policy names are kebab-case, as the policy server allows them. */
function isPolicyName(text: string): boolean {
    return text.length > 0 && [...text].every((c) => (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "-" || c === "_" || c === ".");
}

function isDigits(text: string): boolean {
    return text.length > 0 && [...text].every((c) => c >= "0" && c <= "9");
}

function isDateText(text: string): boolean {
    const [year, month, day, ...rest] = text.split("-");
    return rest.length === 0 && year?.length === 4 && month?.length === 2 && day?.length === 2 && isDigits(year) && isDigits(month) && isDigits(day);
}

/** Writes an exempted finding as one message. */
export function encodeExemptedFinding(finding: ExemptedFinding): string {
    if (!isPolicyName(finding.policy)) {
        throw new Error(`policy name ${JSON.stringify(finding.policy)} must be kebab-case (a-z, 0-9, -, _, .)`);
    }
    if (!isDateText(finding.expires)) {
        throw new Error(`expiry ${JSON.stringify(finding.expires)} must be a date in YYYY-MM-DD form`);
    }
    return `${HEAD}${finding.policy}${UNTIL}${finding.expires}${REASON}${JSON.stringify(finding.reason)}${MESSAGE_SEPARATOR}${finding.message}`;
}

/** The end (exclusive) of the JSON string literal that starts at `start`, or -1. */
function endOfJsonString(text: string, start: number): number {
    if (text[start] !== "\"") {
        return -1;
    }
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === "\\") {
            i++;
        } else if (text[i] === "\"") {
            return i + 1;
        }
    }
    return -1;
}

/** Reads an exempted finding back, or undefined when the message is not one. */
export function decodeExemptedFinding(text: string): ExemptedFinding | undefined {
    if (!text.startsWith(HEAD)) {
        return undefined;
    }
    const untilAt = text.indexOf(UNTIL, HEAD.length);
    if (untilAt < 0) {
        return undefined;
    }
    const policy = text.slice(HEAD.length, untilAt);
    const dateAt = untilAt + UNTIL.length;
    const expires = text.slice(dateAt, dateAt + DATE_LENGTH);
    const reasonAt = dateAt + DATE_LENGTH + REASON.length;
    if (!isPolicyName(policy) || !isDateText(expires) || text.slice(dateAt + DATE_LENGTH, reasonAt) !== REASON) {
        return undefined;
    }
    const reasonEnd = endOfJsonString(text, reasonAt);
    if (reasonEnd < 0 || text.slice(reasonEnd, reasonEnd + MESSAGE_SEPARATOR.length) !== MESSAGE_SEPARATOR) {
        return undefined;
    }
    let reason: unknown;
    try {
        reason = JSON.parse(text.slice(reasonAt, reasonEnd));
    } catch {
        return undefined;
    }
    if (typeof reason !== "string") {
        return undefined;
    }
    return { policy, expires, reason, message: text.slice(reasonEnd + MESSAGE_SEPARATOR.length) };
}

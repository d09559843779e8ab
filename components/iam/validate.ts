import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";

/**
 * Input checks shared by the IAM components. Each throws a
 * {@link GuardrailInputError} that starts with `where` (the component's label,
 * such as `ScopedServiceUser "renewer"`), names the bad value and says what is
 * allowed instead. They run in the constructor before any resource exists.
 */

/** The prefix of every error a component throws: `ScopedServiceUser "renewer"`. */
export function componentLabel(component: string, name: string): string {
    return `${component} ${JSON.stringify(name)}`;
}

/**
 * Runs `build` (usually a document builder) and re-throws its
 * {@link GuardrailInputError} with `where` in front, so the message says which
 * component instance had the bad input.
 */
export function labelled<T>(where: string, build: () => T): T {
    try {
        return build();
    } catch (error) {
        if (error instanceof GuardrailInputError) {
            throw new GuardrailInputError(`${where}: ${error.message}`);
        }
        throw error;
    }
}

const SERVICE_NAME = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** A consuming service's name: 1 to 50 lowercase letters, digits and hyphens, starting with a letter or digit. */
export function validateServiceName(where: string, value: unknown): string {
    if (typeof value === "string" && SERVICE_NAME.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: service ${describeValue(value)} is not allowed; expected 1 to 50 lowercase letters, digits and hyphens, starting with a letter or digit, like "cert-renewer" (the principal is named svc-<service>)`,
    );
}

/** Characters AWS accepts in tag keys and values (IAM, KMS, Secrets Manager, Organizations). */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function checkTagText(where: string, what: string, value: unknown, min: number, max: number): string {
    if (typeof value === "string" && value.length >= min && value.length <= max && TAG_TEXT.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${what} ${describeValue(value)} is not allowed; expected ${min} to ${max} letters, digits, spaces and _ . : / = + - @`,
    );
}

/** A non-empty owner (team or person), stored as the `Owner` tag. */
export function validateOwner(where: string, value: unknown): string {
    return checkTagText(where, "owner", value, 1, 256);
}

/**
 * Extra tags: keys of 1 to 128 characters not starting with `aws:`, values up to
 * 256, and none of the `reserved` keys (the component sets those itself).
 */
export function validateTags(where: string, value: unknown, reserved: readonly string[] = []): Record<string, string> {
    if (value === undefined) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: tags must be an object of strings, like { CostCenter: "1234" }; got ${describeValue(value)}`);
    }
    const tags: Record<string, string> = {};
    for (const [key, tagValue] of Object.entries(value as Record<string, unknown>)) {
        checkTagText(where, "tag key", key, 1, 128);
        if (key.toLowerCase().startsWith("aws:")) {
            throw new GuardrailInputError(`${where}: tag key "${key}" is not allowed; the aws: prefix is reserved for AWS`);
        }
        if (reserved.includes(key)) {
            throw new GuardrailInputError(`${where}: tag key "${key}" is set by the component; reserved keys: ${reserved.join(", ")}`);
        }
        tags[key] = checkTagText(where, `tag "${key}" value`, tagValue, 0, 256);
    }
    return tags;
}

const IAM_NAME = /^[\w+=,.@-]+$/;

/** An IAM user, group, role or inline policy name: up to `max` of letters, digits and `_+=,.@-`. */
export function validateIamName(where: string, field: string, value: unknown, max = 128): string {
    if (typeof value === "string" && value.length <= max && IAM_NAME.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${field} ${describeValue(value)} is not a valid IAM name; expected 1 to ${max} letters, digits and _+=,.@-`,
    );
}

const IAM_PATH = /^(?:\/|\/[\x21-\x7e]+\/)$/;

/** An IAM path: `/`, or `/`-delimited segments such as `/guardrails/`, up to 512 characters. */
export function validateIamPath(where: string, value: unknown): string {
    if (typeof value === "string" && value.length <= 512 && IAM_PATH.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: path ${describeValue(value)} is not a valid IAM path; expected it to start and end with "/", like "/guardrails/"`,
    );
}

const POLICY_ARN = /^arn:aws:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]+$/;

/**
 * A managed policy ARN such as a permissions boundary. Only plain strings are
 * checked; an Output (known only at deployment) passes through unchecked.
 */
export function validatePolicyArn<T>(where: string, field: string, value: T): T {
    if (value === undefined || (typeof value === "object" && value !== null)) return value;
    if (typeof value === "string" && POLICY_ARN.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${field} ${describeValue(value)} is not a managed policy ARN; expected like arn:aws:iam::111122223333:policy/service-boundary`,
    );
}

/** A boolean flag, or `fallback` when undefined. */
export function validateFlag(where: string, field: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    throw new GuardrailInputError(`${where}: ${field} must be true or false; got ${describeValue(value)}`);
}

/** A whole number from `min` to `max`, or `fallback` when undefined. `extra` explains the range. */
export function validateWholeNumber(where: string, field: string, value: unknown, min: number, max: number, fallback: number, extra = ""): number {
    if (value === undefined) return fallback;
    if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
    throw new GuardrailInputError(
        `${where}: ${field} ${describeValue(value)} is not allowed; expected a whole number from ${min} to ${max}${extra}`,
    );
}

/** A date, or a date-time with an explicit offset (a local time would depend on the machine's time zone). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Milliseconds per day. */
const DAY_MS = 86_400_000;

/**
 * Whole days since 1970-01-01 (UTC) of an ISO 8601 date or date-time, such as
 * `2026-03-31` or `2026-03-31T09:30:00Z`. A date-time needs `Z` or an offset
 * and counts for its UTC day.
 */
export function validateIsoDay(where: string, field: string, value: unknown): number {
    const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
    const time = match ? Date.parse(match[0].length === 10 ? `${match[0]}T00:00:00Z` : match[0]) : NaN;
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const calendarOk = match !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
    if (!match || Number.isNaN(time) || !calendarOk) {
        throw new GuardrailInputError(`${where}: ${field} ${describeValue(value)} is not an ISO 8601 date; expected like "2026-03-31" or "2026-03-31T09:30:00Z"`);
    }
    return Math.floor(time / DAY_MS);
}

/** The ISO date (`YYYY-MM-DD`) of a day number from {@link validateIsoDay}. */
export function isoDateOfDay(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

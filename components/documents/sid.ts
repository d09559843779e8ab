import { GuardrailInputError } from "./errors";
import { describeValue } from "./validate/describe";

/**
 * Statement ids. IAM accepts only ASCII letters and digits in a `Sid`, and ids
 * must be unique within a document.
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html — a Sid supports ASCII uppercase and lowercase letters and digits, and must be unique within a policy
 */

const SID = /^[A-Za-z0-9]+$/;

/** True for a non-empty string of ASCII letters and digits. */
export function isValidSid(value: unknown): value is string {
    return typeof value === "string" && SID.test(value);
}

/** Returns `value` if it is a valid Sid; otherwise throws naming it. */
export function validateSid(where: string, value: unknown): string {
    if (isValidSid(value)) return value;
    throw new GuardrailInputError(
        `${where}: Sid ${describeValue(value)} is not valid; use ASCII letters and digits only, like "AllowReadReports"`,
    );
}

/** `base` if unused, else `base2`, `base3`, ...; records the result in `taken`. */
export function uniqueSid(base: string, taken: Set<string>): string {
    let candidate = base;
    for (let counter = 2; taken.has(candidate); counter++) candidate = `${base}${counter}`;
    taken.add(candidate);
    return candidate;
}

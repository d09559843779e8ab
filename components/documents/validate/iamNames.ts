import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * Validators for IAM identifiers: long-term access key ids and user names.
 * Each throws a {@link GuardrailInputError} that names the bad value and the
 * expected form.
 */

/** A long-term access key id: `AKIA` and 16 upper-case letters or digits (temporary `ASIA` keys cannot be deactivated). */
const LONG_TERM_ACCESS_KEY_ID = /^AKIA[A-Z0-9]{16}$/;

/**
 * An IAM user name: 1 to 64 letters, digits or `+=,.@_-`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html).
 * @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html — a UserName is 1 to 64 characters of [\w+=,.@-]
 */
const USER_NAME = /^[\w+=,.@-]{1,64}$/;

/** Returns `value` if it is a long-term access key id; otherwise throws. */
export function validateAccessKeyId(where: string, value: unknown): string {
    if (typeof value === "string" && LONG_TERM_ACCESS_KEY_ID.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${describeValue(value)} is not a long-term access key id; expected "AKIA" followed by 16 upper-case letters or digits, like AKIAIOSFODNN7EXAMPLE`,
    );
}

/** Returns `value` if it is a valid IAM user name; otherwise throws. */
export function validateUserName(where: string, value: unknown): string {
    if (typeof value === "string" && USER_NAME.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${describeValue(value)} is not an IAM user name; expected 1 to 64 letters, digits or + = , . @ _ -`,
    );
}

import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

const SERVICE_NAME = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** A consuming service's name: 1 to 50 lowercase letters, digits and hyphens, starting with a letter or digit. */
export function validateServiceName(where: string, value: unknown): string {
    if (typeof value === "string" && SERVICE_NAME.test(value)) return value;
    throw new GuardrailInputError(
        `${where}: service ${describeValue(value)} is not allowed; expected 1 to 50 lowercase letters, digits and hyphens, starting with a letter or digit, like "cert-renewer" (the principal is named svc-<service>)`,
    );
}

// @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names — IAM names use letters, digits and + = , . @ _ -; group and user names are at most 128 and 64 characters, paths at most 512
/** IAM names: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names */
const IAM_NAME = /^[\w+=,.@-]+$/;

/** An IAM user, group, role or inline policy name: up to `max` of letters, digits and `_+=,.@-`. */
export function validateIamName(where: string, value: unknown, max = 128): string {
    if (typeof value === "string" && value.length <= max && IAM_NAME.test(value)) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not a valid IAM name; expected 1 to ${max} letters, digits and _+=,.@-`);
}

const IAM_PATH = /^(?:\/|\/[\x21-\x7e]+\/)$/;

/** An IAM path: `/`, or `/`-delimited segments such as `/guardrails/`, up to 512 characters (same quotas page). */
export function validateIamPath(where: string, value: unknown): string {
    if (typeof value === "string" && value.length <= 512 && IAM_PATH.test(value)) return value;
    throw new GuardrailInputError(`${where}: path ${describeValue(value)} is not a valid IAM path; expected it to start and end with "/", like "/guardrails/"`);
}

// @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html — a trail name is 3 to 128 ASCII letters, digits, . _ or -, starts and ends with a letter or digit, has no two of . _ - in a row, and is not in IP address format
const TRAIL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$/;
const IP_ADDRESS_FORMAT = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** A CloudTrail trail name. */
export function validateTrailName(where: string, value: unknown): string {
    if (typeof value === "string" && TRAIL_NAME.test(value) && !/[._-]{2}/.test(value) && !IP_ADDRESS_FORMAT.test(value)) return value;
    throw new GuardrailInputError(
        `${where} ${describeValue(value)} is not allowed; expected 3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit, with no two of ". _ -" in a row, and not an IP address`,
    );
}

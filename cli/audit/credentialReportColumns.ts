/**
 * The columns of the IAM credential report, as AWS documents them in "Getting
 * credential reports for your AWS account":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 *
 * Facts from that page that the reader relies on:
 * - the report is CSV, one row per user plus the account root user, whose
 *   `user` is `<root_account>`;
 * - `password_enabled` is `TRUE`/`FALSE`, and `not_supported` for the root user;
 * - `password_last_used` is `no_information` when the password was never used
 *   (or not since tracking began on October 20, 2014) and `N/A` when the user
 *   has no password;
 * - `password_last_changed` is `N/A` without a password, and `not_supported`
 *   for the root user, as is `password_next_rotation`;
 * - `access_key_N_last_rotated` is `N/A` without an access key;
 *   `access_key_N_last_used_date` is `N/A` when the key was never used (or not
 *   since tracking began on April 22, 2015); region and service are `N/A` then,
 *   and the region also for services that are not regional, such as S3;
 * - `cert_N_active` / `cert_N_last_rotated` describe X.509 signing certificates.
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html — the credential report is CSV, one row per user and one for the root user (<root_account>), with the columns user, arn, user_creation_time, password_*, mfa_active, access_key_1/2_* and cert_1/2_*
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html — password_last_used is no_information when never used (or not since 2014-10-20) and N/A without a password; password_enabled is not_supported for the root user
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html — access_key_N_last_used_date is N/A when the key was never used (or not since 2015-04-22); last used region is N/A for non-regional services such as S3
 */

/** Every column of the report, in AWS's order. */
export const CREDENTIAL_REPORT_COLUMNS = [
    "user",
    "arn",
    "user_creation_time",
    "password_enabled",
    "password_last_used",
    "password_last_changed",
    "password_next_rotation",
    "mfa_active",
    "access_key_1_active",
    "access_key_1_last_rotated",
    "access_key_1_last_used_date",
    "access_key_1_last_used_region",
    "access_key_1_last_used_service",
    "access_key_2_active",
    "access_key_2_last_rotated",
    "access_key_2_last_used_date",
    "access_key_2_last_used_region",
    "access_key_2_last_used_service",
    "cert_1_active",
    "cert_1_last_rotated",
    "cert_2_active",
    "cert_2_last_rotated",
] as const;

/** One column name of the report. */
export type CredentialReportColumn = (typeof CREDENTIAL_REPORT_COLUMNS)[number];

/** The `user` value of the account root user's row. */
export const ROOT_ACCOUNT_USER = "<root_account>";

/** The words the report writes where a date or a boolean does not apply. */
export const NOT_A_DATE = ["N/A", "no_information", "not_supported"] as const;

/** `N/A`, `no_information` or `not_supported` (an empty field reads as `N/A`). */
export type NotADate = (typeof NOT_A_DATE)[number];

/** A date column's value: the instant, or the word the report wrote instead. */
export type ReportDate = Date | NotADate;

/** One access key slot of a user. */
export interface AccessKeySlot {
    /** 1 or 2, as the report numbers them. */
    slot: 1 | 2;
    /** Whether the key exists and its status is Active. */
    active: boolean;
    /** When the key was created or last changed. */
    lastRotated: ReportDate;
    /** When the key last signed a request. */
    lastUsed: ReportDate;
    /** The region of that request (`N/A` for global services or when never used). */
    lastUsedRegion: string;
    /** The service namespace of that request. */
    lastUsedService: string;
}

/** One X.509 signing certificate slot of a user. */
export interface CertificateSlot {
    /** 1 or 2. */
    slot: 1 | 2;
    /** Whether the certificate exists and is Active. */
    active: boolean;
    /** When it was created or last changed. */
    lastRotated: ReportDate;
}

/** One row of the report, typed. */
export interface CredentialReportUser {
    /** The line of the file the row starts on. */
    line: number;
    /** The user's friendly name, or `<root_account>`. */
    user: string;
    /** The user's ARN (the account ARN `arn:aws:iam::123456789012:root` for the root user). */
    arn: string;
    /** Whether this is the account root user's row. */
    isRoot: boolean;
    /** When the user was created. */
    created: ReportDate;
    /** Whether the user has a console password (`not_supported` for the root user). */
    passwordEnabled: boolean | "not_supported";
    /** When the password was last used to sign in. */
    passwordLastUsed: ReportDate;
    /** When the password was last set. */
    passwordLastChanged: ReportDate;
    /** When the password policy requires a new password. */
    passwordNextRotation: ReportDate;
    /** Whether an MFA device is enabled. */
    mfaActive: boolean;
    /** Access keys 1 and 2. */
    keys: [AccessKeySlot, AccessKeySlot];
    /** Signing certificates 1 and 2. */
    certificates: [CertificateSlot, CertificateSlot];
}

/** Whether a report date is an instant (not `N/A` and the like). */
export function isDate(value: ReportDate): value is Date {
    return value instanceof Date;
}

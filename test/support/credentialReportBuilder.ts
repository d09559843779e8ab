import { CREDENTIAL_REPORT_COLUMNS, type CredentialReportColumn } from "../../cli/audit/credentialReportColumns";

/**
 * Builds IAM credential report CSV text for tests and the benchmark: each row
 * starts from an IAM user with nothing (no password, no keys, no
 * certificates) and takes the given columns on top.
 */

/** Column values of one row; missing ones take the quiet defaults. */
export type ReportRow = Partial<Record<CredentialReportColumn, string>>;

const ACCOUNT = "123456789012";

/** The quiet defaults for a user named `name`. */
export function quietRow(name: string): Record<CredentialReportColumn, string> {
    const row = {} as Record<CredentialReportColumn, string>;
    for (const column of CREDENTIAL_REPORT_COLUMNS) {
        row[column] = "N/A";
    }
    return {
        ...row,
        user: name,
        arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
        user_creation_time: "2024-01-01T00:00:00+00:00",
        password_enabled: "false",
        mfa_active: "false",
        access_key_1_active: "false",
        access_key_2_active: "false",
        cert_1_active: "false",
        cert_2_active: "false",
    };
}

/** The root user's row with MFA and no keys, plus overrides. */
export function rootRow(overrides: ReportRow = {}): ReportRow {
    return {
        user: "<root_account>",
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        password_enabled: "not_supported",
        password_last_changed: "not_supported",
        password_next_rotation: "not_supported",
        password_last_used: "2024-01-02T00:00:00+00:00",
        mfa_active: "true",
        ...overrides,
    };
}

function quote(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with AWS's header and one line per row (a row without `user` is named user-<n>). */
export function credentialReportCsv(rows: ReportRow[], lineBreak = "\n"): string {
    const lines = [CREDENTIAL_REPORT_COLUMNS.join(",")];
    rows.forEach((overrides, i) => {
        const row = { ...quietRow(overrides.user ?? `user-${i}`), ...overrides };
        lines.push(CREDENTIAL_REPORT_COLUMNS.map((column) => quote(row[column])).join(","));
    });
    return lines.join(lineBreak) + lineBreak;
}

import { parseDay } from "./dates";
import { AuditInputError } from "./errors";
import { CsvSyntaxError, parseCsv } from "./csv";
import {
    CREDENTIAL_REPORT_COLUMNS, NOT_A_DATE, ROOT_ACCOUNT_USER,
    type AccessKeySlot, type CertificateSlot, type CredentialReportColumn, type CredentialReportUser, type NotADate, type ReportDate,
} from "./credentialReportColumns";

/**
 * Reads the IAM credential report CSV (the base64-decoded `Content` of
 * `aws iam get-credential-report`) into typed rows. Columns are found by name,
 * so their order does not matter and extra columns are ignored; every
 * documented column must be there. A file that is still base64, the JSON
 * around it, a truncated row or a value that is not what AWS documents is an
 * {@link AuditInputError} naming the file, the line and the problem.
 */

const DECODE_HINT = "aws iam get-credential-report --query Content --output text | base64 --decode > credential-report.csv";
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

type ColumnIndex = Record<CredentialReportColumn, number>;

function looksLikeBase64(text: string): boolean {
    const sample = text.slice(0, 4096).trim();
    return sample.length >= 16 && !sample.includes(",") && /^[A-Za-z0-9+/=\s]+$/.test(sample);
}

function rejectWrappedOrEncoded(text: string, source: string): void {
    const start = text.trimStart();
    if (start === "") {
        throw new AuditInputError(source, "the file is empty; expected the IAM credential report CSV");
    }
    if (start.startsWith("{") || start.startsWith("[")) {
        if (/"(UserDetailList|GroupDetailList|RoleDetailList)"/.test(start.slice(0, 65_536))) {
            throw new AuditInputError(source, "this is the JSON of aws iam get-account-authorization-details; give it to --authorization-details, and the credential report CSV to --credential-report");
        }
        throw new AuditInputError(source, `this is JSON (the output of aws iam get-credential-report?), not the CSV report inside it; decode its Content first: ${DECODE_HINT}`);
    }
    if (looksLikeBase64(start)) {
        const decoded = Buffer.from(start.replace(/\s+/g, ""), "base64").toString("utf8");
        const what = decoded.replace(/^\uFEFF/, "").startsWith("user,") ? "is still base64-encoded (it decodes to a credential report)" : "looks base64-encoded, not CSV";
        throw new AuditInputError(source, `the file ${what}; decode it first: ${DECODE_HINT}`);
    }
}

function columnIndex(header: string[], source: string): ColumnIndex {
    const names = header.map((name) => name.trim().toLowerCase());
    const missing = CREDENTIAL_REPORT_COLUMNS.filter((column) => !names.includes(column));
    if (missing.length === CREDENTIAL_REPORT_COLUMNS.length) {
        const first = JSON.stringify(header.join(",").slice(0, 60));
        throw new AuditInputError(source, `this is not an IAM credential report: line 1 should be its header (${CREDENTIAL_REPORT_COLUMNS.slice(0, 3).join(",")},...) but is ${first}`);
    }
    if (missing.length > 0) {
        throw new AuditInputError(source, `line 1: the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}, which every IAM credential report has`);
    }
    const index = {} as ColumnIndex;
    for (const column of CREDENTIAL_REPORT_COLUMNS) {
        index[column] = names.indexOf(column);
    }
    return index;
}

/** Reads one row's fields by column name, with errors that name the line and column. */
class RowReader {
    constructor(
        private readonly fields: string[],
        private readonly index: ColumnIndex,
        private readonly line: number,
        private readonly source: string,
    ) {}

    text(column: CredentialReportColumn): string {
        return this.fields[this.index[column]].trim();
    }

    private fail(column: CredentialReportColumn, allowed: string): never {
        throw new AuditInputError(this.source, `line ${this.line}, column ${column}: ${JSON.stringify(this.text(column).slice(0, 60))} is not ${allowed}`);
    }

    bool(column: CredentialReportColumn): boolean {
        const value = this.text(column).toUpperCase();
        if (value === "TRUE" || value === "FALSE") {
            return value === "TRUE";
        }
        return this.fail(column, "TRUE or FALSE");
    }

    passwordEnabled(): boolean | "not_supported" {
        return this.text("password_enabled") === "not_supported" ? "not_supported" : this.bool("password_enabled");
    }

    date(column: CredentialReportColumn): ReportDate {
        const value = this.text(column);
        if (value === "") {
            return "N/A";
        }
        if ((NOT_A_DATE as readonly string[]).includes(value)) {
            return value as NotADate;
        }
        // parseDay also refuses dates the calendar lacks (2024-02-30), which Date would roll over.
        const instant = ISO_DATE_TIME.test(value) && parseDay(value.slice(0, 10)) !== undefined ? new Date(value) : undefined;
        if (instant === undefined || Number.isNaN(instant.getTime())) {
            return this.fail(column, `an ISO 8601 date-time or one of ${NOT_A_DATE.join(", ")}`);
        }
        return instant;
    }

    key(slot: 1 | 2): AccessKeySlot {
        const p = `access_key_${slot}` as const;
        return {
            slot,
            active: this.bool(`${p}_active`),
            lastRotated: this.date(`${p}_last_rotated`),
            lastUsed: this.date(`${p}_last_used_date`),
            lastUsedRegion: this.text(`${p}_last_used_region`) || "N/A",
            lastUsedService: this.text(`${p}_last_used_service`) || "N/A",
        };
    }

    certificate(slot: 1 | 2): CertificateSlot {
        return { slot, active: this.bool(`cert_${slot}_active`), lastRotated: this.date(`cert_${slot}_last_rotated`) };
    }
}

function readRow(fields: string[], index: ColumnIndex, line: number, source: string): CredentialReportUser {
    const row = new RowReader(fields, index, line, source);
    const user = row.text("user");
    const arn = row.text("arn");
    if (user === "") {
        throw new AuditInputError(source, `line ${line}, column user: the user name is empty`);
    }
    if (!/^arn:aws[a-z-]*:iam::\d{12}:/.test(arn)) {
        throw new AuditInputError(source, `line ${line}, column arn: ${JSON.stringify(arn.slice(0, 80))} is not an IAM ARN such as arn:aws:iam::123456789012:user/name`);
    }
    return {
        line,
        user,
        arn,
        isRoot: user === ROOT_ACCOUNT_USER,
        created: row.date("user_creation_time"),
        passwordEnabled: row.passwordEnabled(),
        passwordLastUsed: row.date("password_last_used"),
        passwordLastChanged: row.date("password_last_changed"),
        passwordNextRotation: row.date("password_next_rotation"),
        mfaActive: row.bool("mfa_active"),
        keys: [row.key(1), row.key(2)],
        certificates: [row.certificate(1), row.certificate(2)],
    };
}

/** Parses a credential report. `source` names the file (or the API call) in error messages. */
export function parseCredentialReport(text: string, source: string): CredentialReportUser[] {
    rejectWrappedOrEncoded(text, source);
    let records;
    try {
        records = parseCsv(text);
    } catch (error) {
        if (error instanceof CsvSyntaxError) {
            throw new AuditInputError(source, `not valid CSV: ${error.message}`);
        }
        throw error;
    }
    const [header, ...rows] = records;
    const index = columnIndex(header.fields, source);
    if (rows.length === 0) {
        throw new AuditInputError(source, `the report has a header but no rows; a credential report always has the ${ROOT_ACCOUNT_USER} row`);
    }
    return rows.map((record) => {
        if (record.fields.length !== header.fields.length) {
            const why = record.fields.length < header.fields.length ? "the row is truncated" : "the row has more fields than the header";
            throw new AuditInputError(source, `line ${record.line} has ${record.fields.length} fields but the header has ${header.fields.length}: ${why}`);
        }
        return readRow(record.fields, index, record.line, source);
    });
}

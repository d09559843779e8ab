import type { CisIds, FindingId, Severity } from "./findingCatalog";
import type { AuditResult } from "./runAudit";
import { summarize, type AuditSummary } from "./summary";

/** One finding in `--json` output. */
export interface JsonFinding {
    /** The finding id. */
    id: FindingId;
    /** The user name (`<root_account>` for the root user). */
    user: string;
    /** The user's ARN. */
    arn: string;
    /** The access key slot, or null. */
    key: 1 | 2 | null;
    /** Its severity. */
    severity: Severity;
    /** What was found. */
    message: string;
    /** CIS AWS Foundations v7.0.0 and v5.0.0 ids. */
    cis: CisIds;
    /** What to do. */
    remediation: string;
}

/** The `--json` document: `{"findings": [...], "summary": {...}}`. */
export interface JsonAuditReport {
    /** Every finding. */
    findings: JsonFinding[];
    /** The figures and the verdict. */
    summary: AuditSummary;
}

/** Builds the `--json` report. */
export function jsonAuditReport(result: AuditResult): JsonAuditReport {
    return {
        findings: result.findings.map((f) => ({ id: f.id, user: f.user, arn: f.arn, key: f.key, severity: f.severity, message: f.message, cis: f.cis, remediation: f.remediation })),
        summary: summarize(result),
    };
}

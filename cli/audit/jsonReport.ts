import type { AuditFinding, AuditResult } from "./runAudit";
import { summarize, type AuditSummary } from "./summary";

/** One finding in `--json` output: the finding without its report line. */
export type JsonFinding = Omit<AuditFinding, "line">;

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

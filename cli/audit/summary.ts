import { formatDay } from "./dates";
import type { FindingId, Severity } from "./findingCatalog";
import { countBySeverity, verdictOf, type AuditResult, type NotChecked } from "./runAudit";

/**
 * The figures every report format shows: what was judged, as of when, with
 * which limits, how many findings of each severity, what was not checked and
 * what could not be examined, and the verdict.
 */
export interface AuditSummary {
    /** `failed` (high or critical findings), `incomplete` (something could not be examined) or `passed`. */
    verdict: "failed" | "incomplete" | "passed";
    /** The exit code the command returns. */
    exitCode: 0 | 1 | 3;
    /** The day judged as of, `YYYY-MM-DD`. */
    asOf: string;
    /** Key rotation limit in days. */
    maxKeyAgeDays: number;
    /** Unused-credential limit in days. */
    unusedDays: number;
    /** Rows of the credential report, the root user included. */
    users: number;
    /** Active access keys of IAM users. */
    activeKeys: number;
    /** Users with at least one finding. */
    usersWithFindings: number;
    /** Number of findings. */
    findings: number;
    /** Findings by severity. */
    bySeverity: Record<Severity, number>;
    /** Findings by id (only ids that occur). */
    byId: Partial<Record<FindingId, number>>;
    /** Checks not run, and why. */
    notChecked: NotChecked[];
    /** What could not be examined (non-empty makes the verdict incomplete). */
    notExamined: string[];
    /** Where the inputs came from. */
    sources: AuditResult["sources"];
}

/** Builds the summary of a result. */
export function summarize(result: AuditResult): AuditSummary {
    const byId: Partial<Record<FindingId, number>> = {};
    for (const finding of result.findings) {
        byId[finding.id] = (byId[finding.id] ?? 0) + 1;
    }
    return {
        ...verdictOf(result),
        asOf: formatDay(result.options.now),
        maxKeyAgeDays: result.options.maxKeyAgeDays,
        unusedDays: result.options.unusedDays,
        users: result.users,
        activeKeys: result.activeKeys,
        usersWithFindings: new Set(result.findings.map((f) => f.arn)).size,
        findings: result.findings.length,
        bySeverity: countBySeverity(result.findings),
        byId,
        notChecked: result.notChecked,
        notExamined: result.notExamined,
        sources: result.sources,
    };
}

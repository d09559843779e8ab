import { formatCount } from "../../components/documents/validate/describe";
import { FINDING_DEFINITIONS, SEVERITIES, type Severity } from "./findingCatalog";
import type { AuditFinding, AuditResult } from "./runAudit";
import { summarize, type AuditSummary } from "./summary";

/**
 * The human report: findings grouped by user (in credential report order,
 * worst first within a user), then how to fix each kind found, what was not
 * checked, what could not be examined, the counts and the verdict.
 */

const COLORS: Record<Severity, string> = { critical: "\x1b[1;31m", high: "\x1b[31m", medium: "\x1b[33m", low: "\x1b[36m" };
const RESET = "\x1b[0m";

/** `1 user`, `1,000 users`. */
function counted(count: number, singular: string): string {
    return `${formatCount(count)} ${count === 1 ? singular : `${singular}s`}`;
}

function cisText(finding: AuditFinding): string {
    const parts = [...finding.cis.v7.map((id) => `CIS ${id}`), ...finding.cis.v5.map((id) => `v5 ${id}`)];
    return parts.length > 0 ? `  [${parts.join(", ")}]` : "";
}

function byUser(findings: readonly AuditFinding[]): Map<string, AuditFinding[]> {
    const groups = new Map<string, AuditFinding[]>();
    for (const finding of findings) {
        const group = groups.get(finding.arn) ?? [];
        group.push(finding);
        groups.set(finding.arn, group);
    }
    return groups;
}

function header(s: AuditSummary): string[] {
    const sources = [`credential report: ${s.sources.credentialReport}`];
    if (s.sources.authorizationDetails !== undefined) {
        sources.push(`authorization details: ${s.sources.authorizationDetails}`);
    }
    return [
        `aws-guardrails audit: ${counted(s.users, "user")}, ${counted(s.activeKeys, "active access key")} (${sources.join("; ")})`,
        `as of ${s.asOf}: keys rotated within ${s.maxKeyAgeDays} days, credentials used within ${s.unusedDays} days`,
        "",
    ];
}

/** Renders the text report; `color` adds ANSI colors to severities. */
export function textAuditReport(result: AuditResult, color = false): string {
    const s = summarize(result);
    const paint = (severity: Severity, text: string) => (color ? `${COLORS[severity]}${text}${RESET}` : text);
    const idWidth = Math.max(...FINDING_DEFINITIONS.map((d) => d.id.length));
    const lines = header(s);
    for (const findings of byUser(result.findings).values()) {
        lines.push(`${findings[0].user}  ${findings[0].arn}`);
        for (const f of findings) {
            lines.push(`  ${paint(f.severity, f.severity.toUpperCase().padEnd(8))}  ${f.id.padEnd(idWidth)}  ${f.message}${cisText(f)}`);
        }
    }
    if (result.findings.length === 0) {
        lines.push("No findings.");
    }
    const found = FINDING_DEFINITIONS.filter((d) => s.byId[d.id] !== undefined);
    if (found.length > 0) {
        lines.push("", "How to fix:");
        for (const definition of found) {
            lines.push(`  ${definition.id.padEnd(idWidth)}  ${definition.remediation}`);
        }
    }
    for (const notChecked of s.notChecked) {
        lines.push("", `Not checked: ${notChecked.findings.join(", ")}: ${notChecked.reason}.`);
    }
    if (s.notExamined.length > 0) {
        lines.push("", `Could not be examined (${formatCount(s.notExamined.length)}):`);
        lines.push(...s.notExamined.map((item) => `  - ${item}`));
    }
    const counts = SEVERITIES.map((severity) => `${s.bySeverity[severity]} ${severity}`).join(", ");
    lines.push("", `${counted(s.findings, "finding")} (${counts}) for ${formatCount(s.usersWithFindings)} of ${counted(s.users, "user")}.`);
    const verdicts = {
        failed: "FAILED: high or critical findings (exit 1)",
        incomplete: `INCOMPLETE: nothing high or critical was found, but not everything could be examined (exit ${s.exitCode}${s.exitCode === 0 ? ", --allow-incomplete" : ""})`,
        passed: "PASSED: nothing high or critical (exit 0)",
    };
    lines.push(verdicts[s.verdict]);
    return `${lines.join("\n")}\n`;
}

import type { CheckReport, ExemptionStatus, ReportFinding } from "./model";
import { coverageNotes, INPUT_NAMES, overrideNotes, stateNotes } from "./notes";

/** GitHub refuses comments longer than 65,536 characters; tables stop well before. */
const MAX_ROWS = 50;

/** U+2060 WORD JOINER: invisible, and it stops GitHub from reading `@name` as a mention or `#12` as a reference. */
const WORD_JOINER = "\u2060";

/**
 * Text that reads as itself in a Markdown table cell: no HTML, no table breaks, no formatting, on one line, and
 * no `@user`/`@org/team` mention or `#123` reference that would notify people or link issues from a PR comment.
 */
export function mdText(text: string): string {
    return text.replace(/[\r\n]+/g, " ")
        .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
        .replace(/([@#])(?=[A-Za-z0-9])/g, `$1${WORD_JOINER}`);
}

/** A value shown as code (URNs, names); backticks inside are replaced so the span cannot be closed early. */
function mdCode(text: string): string {
    return `\`${text.replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

const VERDICT: Record<CheckReport["summary"]["verdict"], string> = {
    passed: "✅ PASSED",
    blocked: "❌ BLOCKED",
    incomplete: "⚠️ INCOMPLETE",
};

function findingsTable(findings: ReportFinding[]): string[] {
    const rows = findings.slice(0, MAX_ROWS).map((f) => `| ${mdCode(f.policy)} | ${f.severity || "unrated"} | ${f.enforcementLevel} | ${f.urn ? mdCode(f.urn) : "(stack)"} | ${mdText(f.message)} |`);
    const more = findings.length > MAX_ROWS ? [``, `… and ${findings.length - MAX_ROWS} more; the SARIF and JSON reports list them all.`] : [];
    return ["| Policy | Severity | Level | Resource | Finding |", "| --- | --- | --- | --- | --- |", ...rows, ...more];
}

function exemptionRow(e: ExemptionStatus): string {
    const where = e.source === "config" ? `config ${mdCode(e.target)}` : `tag on ${mdCode(e.target)}`;
    return `| ${mdCode(e.policy)} | ${where} | ${e.expires} (${e.daysLeft} days) | ${mdText(e.reason)} |`;
}

function exemptionSection(report: CheckReport): string[] {
    const soon = report.exemptions.filter((e) => e.expiringSoon);
    const stale = report.exemptions.filter((e) => e.status === "stale" || (e.status === "expired" && e.matched === 0));
    const lines: string[] = [];
    if (soon.length > 0) {
        lines.push("", `### Exemptions expiring within 30 days (${soon.length})`, "", "| Policy | Where | Expires | Reason |", "| --- | --- | --- | --- |", ...soon.map(exemptionRow));
    }
    if (stale.length > 0) {
        lines.push("", `### Stale exemptions: they matched no finding (${stale.length})`, "", "| Policy | Where | Expires | Reason |", "| --- | --- | --- | --- |", ...stale.map(exemptionRow));
    }
    return lines;
}

/**
 * Builds a pull-request comment: the verdict first, then the blocking
 * findings, what was not seen (coverage), exemptions expiring within 30 days
 * and stale ones, findings that do not block (folded), and notes. Every string
 * has been masked by the report model and is escaped for Markdown.
 */
export function markdownReport(report: CheckReport): string {
    const s = report.summary;
    const blocking = report.findings.filter((f) => f.blocking);
    const quiet = report.findings.filter((f) => !f.blocking && !f.exemption);
    const lines = [
        `## aws-guardrails check: ${VERDICT[s.verdict]}`,
        "",
        `${mdCode(`${report.project}/${report.stack}`)} from ${INPUT_NAMES[report.input.kind]} ${mdCode(report.input.path)}, against ${mdCode(`${report.pack.name}@${report.pack.version}`)}: ` +
            `**${s.resources}** resources, **${s.mandatory}** mandatory, **${s.advisory}** advisory, **${s.exempted}** exempted findings (blocks on ${s.failOn}).`,
    ];
    if (blocking.length > 0) {
        lines.push("", `### Blocking findings (${blocking.length})`, "", ...findingsTable(blocking));
    }
    const unseen = coverageNotes(report);
    lines.push("", "### Coverage", "", unseen.length === 0 ? "Complete: every resource was seen." : "Not everything was seen, so this check cannot pass:");
    lines.push(...unseen.map((n) => `- ${mdText(n)}`));
    lines.push(...exemptionSection(report));
    if (quiet.length > 0) {
        lines.push("", `<details><summary>Findings that do not block (${quiet.length})</summary>`, "", ...findingsTable(quiet), "", "</details>");
    }
    const notes = [...overrideNotes(report), ...stateNotes(report)];
    if (notes.length > 0) {
        lines.push("", "### Notes", "", ...notes.map((n) => `- ${mdText(n)}`));
    }
    return lines.join("\n") + "\n";
}

import type { PolicyMetadata } from "../harness/pack/packTypes";
import type { CheckReport, ReportFinding, ReportResource } from "./model";
import { coverageNotes, exemptionNotes, INPUT_NAMES, overrideNotes, stateNotes } from "./notes";

/** Colour helpers; identity functions when colour is off. */
interface Palette {
    red(s: string): string;
    yellow(s: string): string;
    green(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
}

function palette(colour: boolean): Palette {
    const wrap = (code: number) => (s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { red: wrap(31), yellow: wrap(33), green: wrap(32), dim: wrap(2), bold: wrap(1) };
}

/** Renders the resource tree: each resource under its parent, components first-class, with its region where explicit. */
function renderTree(report: CheckReport, p: Palette): string[] {
    const byUrn = new Map(report.resources.map((r) => [r.urn, r]));
    const children = new Map<string, ReportResource[]>();
    const roots: ReportResource[] = [];
    for (const r of report.resources) {
        if (r.parent && byUrn.has(r.parent)) {
            children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
        } else {
            roots.push(r);
        }
    }
    const flagged = new Map<string, number>();
    for (const f of report.findings.filter((f) => !f.exemption && f.urn)) {
        flagged.set(f.urn, (flagged.get(f.urn) ?? 0) + 1);
    }
    const lines: string[] = [];
    const walk = (r: ReportResource, prefix: string, last: boolean, depth: number) => {
        const branch = depth === 0 ? "" : last ? "└─ " : "├─ ";
        const count = flagged.get(r.urn);
        const mark = (count ? p.red(` ✗ ${count}`) : "") + (r.remote ? p.yellow(" (remote: children not seen)") : "");
        lines.push(`${prefix}${branch}${r.custom ? r.type : p.bold(r.type)} ${r.name}${r.region ? p.dim(` [${r.region}]`) : ""}${mark}`);
        const kids = (children.get(r.urn) ?? []).slice().sort((a, b) => Number(a.custom) - Number(b.custom) || a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
        const nextPrefix = depth === 0 ? "" : prefix + (last ? "   " : "│  ");
        kids.forEach((k, i) => walk(k, nextPrefix, i === kids.length - 1, depth + 1));
    };
    roots.forEach((r) => walk(r, "", true, 0));
    return lines;
}

function levelLabel(f: ReportFinding, p: Palette): string {
    if (f.exemption) {
        return p.dim("exempted");
    }
    return f.blocking ? p.red(`${f.enforcementLevel}, blocking`) : p.yellow(f.enforcementLevel);
}

/** Renders findings grouped by policy, with severity, level, URN, message and remediation. */
function renderFindings(findings: ReportFinding[], policies: PolicyMetadata[], p: Palette): string[] {
    const meta = new Map(policies.map((m) => [m.name, m]));
    const groups = new Map<string, ReportFinding[]>();
    for (const f of findings) {
        groups.set(f.policy, [...(groups.get(f.policy) ?? []), f]);
    }
    const lines: string[] = [];
    for (const name of [...groups.keys()].sort()) {
        const m = meta.get(name);
        const list = groups.get(name) ?? [];
        lines.push("", `${p.bold(name)} ${p.dim(`(${m?.severity || "unrated"} severity)`)}${m?.framework?.reference ? p.dim(` CIS ${m.framework.reference}`) : ""}`);
        if (m?.description) {
            lines.push(`  ${m.description}`);
        }
        for (const f of list) {
            lines.push(`  ${levelLabel(f, p)}  ${f.urn || "(stack)"}`, `      ${f.message}`);
            if (f.exemption) {
                lines.push(p.dim(`      exempted until ${f.exemption.expires}: ${f.exemption.reason}`));
            }
        }
        if (m?.remediationSteps && list.some((f) => !f.exemption)) {
            lines.push(`  ${p.green("fix:")} ${m.remediationSteps}`);
        }
    }
    return lines;
}

/** Control characters, a terminal's escape sequences among them. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A value with every control character in its strings made visible, so that a name read from a stack file can neither drive the terminal nor forge a line. */
function printable(value: unknown): unknown {
    if (typeof value === "string") {
        return value.replace(CONTROL, "\uFFFD");
    }
    if (Array.isArray(value)) {
        return value.map(printable);
    }
    if (value === null || typeof value !== "object") {
        return value;
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, printable(inner)]));
}

/**
 * Renders the report for a terminal. The resource tree comes first (unless
 * `quiet`), then findings that do not block, then the blocking ones, then what
 * was not seen, and the summary last, so that what matters stays on screen.
 */
export function textReport(checked: CheckReport, options: { colour: boolean; quiet?: boolean }): string {
    // Inputs are not printed here, so they are left out rather than copied.
    const report = printable({ ...checked, resources: checked.resources.map((r) => ({ ...r, inputs: {} })) }) as CheckReport;
    const p = palette(options.colour);
    const lines: string[] = [
        p.bold(`aws-guardrails check: ${report.project}/${report.stack} against ${report.pack.name}@${report.pack.version} (${report.pack.policies.length} policies)`),
        p.dim(`from ${INPUT_NAMES[report.input.kind]} ${report.input.path}`),
    ];
    if (!options.quiet) {
        lines.push("", p.bold(`Resources (${report.resources.length})`), ...renderTree(report, p));
    }
    const quietFindings = report.findings.filter((f) => !f.blocking);
    const blocking = report.findings.filter((f) => f.blocking);
    if (quietFindings.length > 0) {
        lines.push("", p.bold("Findings that do not block"), ...renderFindings(quietFindings, report.pack.policies, p));
    }
    if (blocking.length > 0) {
        lines.push("", p.bold(p.red("Blocking findings")), ...renderFindings(blocking, report.pack.policies, p));
    }
    if (report.findings.length === 0) {
        lines.push("", p.green("No violations."));
    }
    for (const note of [...overrideNotes(report), ...exemptionNotes(report), ...stateNotes(report)]) {
        lines.push("", p.yellow(`note: ${note}`));
    }
    const notes = coverageNotes(report);
    if (notes.length > 0) {
        lines.push("", p.yellow(p.bold("Not seen by this check")), ...notes.map((n) => p.yellow(`  - ${n}`)));
    }
    const s = report.summary;
    const verdict = s.verdict === "blocked" ? p.red("BLOCKED") : s.verdict === "incomplete" ? p.yellow("INCOMPLETE") : p.green("PASSED");
    const collected = report.input.kind === "program" ? "program" : "reading";
    lines.push("", `${verdict}: ${s.resources} resources, ${s.mandatory} mandatory, ${s.advisory} advisory, ${s.exempted} exempted ` +
        p.dim(`(fail on ${s.failOn}; ${collected} ${report.timings.collect} ms, analysis ${report.timings.analyze} ms, total ${report.timings.total} ms)`));
    return lines.join("\n") + "\n";
}

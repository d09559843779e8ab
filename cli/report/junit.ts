import type { CheckReport, ReportFinding } from "./model";
import { coverageNotes, exemptionNotes, overrideNotes, stateNotes } from "./notes";

/** Characters XML 1.0 cannot carry at all (control characters other than tab, new line and carriage return). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML attribute or element. */
export function xmlText(text: string): string {
    return text.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

interface TestCase {
    name: string;
    findings: ReportFinding[];
}

function caseXml(policy: string, test: TestCase, remediation: string): string {
    const head = `    <testcase classname="${xmlText(`aws-guardrails.${policy}`)}" name="${xmlText(test.name)}"`;
    const blocking = test.findings.filter((f) => f.blocking);
    const live = test.findings.filter((f) => !f.exemption && !f.blocking);
    const exempted = test.findings.filter((f) => f.exemption);
    const parts: string[] = [];
    if (blocking.length > 0) {
        const body = [...blocking.map((f) => `${f.enforcementLevel}: ${f.message}`), remediation ? `fix: ${remediation}` : ""].filter(Boolean).join("\n");
        parts.push(`      <failure type="${xmlText(blocking[0].enforcementLevel)}" message="${xmlText(blocking[0].message)}">${xmlText(body)}</failure>`);
    } else if (exempted.length > 0 && live.length === 0) {
        const e = exempted[0].exemption as NonNullable<ReportFinding["exemption"]>;
        parts.push(`      <skipped message="${xmlText(`exempted until ${e.expires}: ${e.reason}`)}"/>`);
    }
    const notes = [...live.map((f) => `${f.enforcementLevel} (does not block): ${f.message}`), ...exempted.map((f) => `exempted until ${f.exemption?.expires}: ${f.message}`)];
    if (notes.length > 0) {
        parts.push(`      <system-out>${xmlText(notes.join("\n"))}</system-out>`);
    }
    return parts.length === 0 ? `${head}/>` : `${head}>\n${parts.join("\n")}\n    </testcase>`;
}

/** The test cases of one policy: every resource it judged, and every resource it found something on. */
function casesOf(policy: string, report: CheckReport, stackPolicies: Set<string>): TestCase[] {
    const cases = new Map<string, TestCase>();
    if (stackPolicies.has(policy)) {
        cases.set("", { name: `stack ${report.project}/${report.stack}`, findings: [] });
    }
    for (const r of report.judged.resources) {
        if (r.policies.includes(policy)) {
            cases.set(r.urn, { name: r.urn, findings: [] });
        }
    }
    for (const f of report.findings.filter((f) => f.policy === policy)) {
        const key = stackPolicies.has(policy) ? "" : f.urn;
        const test = cases.get(key) ?? { name: f.urn || `stack ${report.project}/${report.stack}`, findings: [] };
        test.findings.push(f);
        cases.set(key, test);
    }
    return [...cases.values()];
}

/**
 * Builds JUnit XML for CI test reports: one test suite per policy, one test
 * case per resource the policy judged (from the pack's own not-applicable
 * answers) and per resource it found something on; a stack policy judges the
 * stack as one case. Blocking findings are failures, exempted ones skipped with
 * the reason, findings that do not block pass with their message as output. A
 * last suite says what was not seen (a failure when the check is incomplete),
 * and carries the notes on exemptions, overrides and state.
 */
export function junitReport(report: CheckReport, allowIncomplete: boolean): string {
    const stackPolicies = new Set(report.judged.stack);
    const suites: string[] = [];
    let tests = 0;
    let failures = 0;
    let skipped = 0;
    for (const policy of report.pack.policies) {
        const cases = casesOf(policy.name, report, stackPolicies);
        if (cases.length === 0) {
            continue;
        }
        const failed = cases.filter((c) => c.findings.some((f) => f.blocking)).length;
        const exempted = cases.filter((c) => !c.findings.some((f) => f.blocking) && c.findings.length > 0 && c.findings.every((f) => f.exemption)).length;
        tests += cases.length;
        failures += failed;
        skipped += exempted;
        suites.push(`  <testsuite name="${xmlText(policy.name)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${exempted}">\n` +
            `${cases.map((c) => caseXml(policy.name, c, policy.remediationSteps)).join("\n")}\n  </testsuite>`);
    }
    const unseen = coverageNotes(report);
    const coverageFails = unseen.length > 0 && !allowIncomplete;
    const coverageBody = unseen.length === 0 ? "" : `\n      <${coverageFails ? "failure type=\"incomplete\" message=\"not everything was seen\"" : "skipped message=\"incomplete, allowed by --allow-incomplete\""}>${xmlText(unseen.join("\n"))}</${coverageFails ? "failure" : "skipped"}>\n    `;
    tests += 1;
    failures += coverageFails ? 1 : 0;
    skipped += unseen.length > 0 && !coverageFails ? 1 : 0;
    const notes = [...overrideNotes(report), ...exemptionNotes(report), ...stateNotes(report)];
    suites.push(`  <testsuite name="aws-guardrails coverage" tests="1" failures="${coverageFails ? 1 : 0}" errors="0" skipped="${unseen.length > 0 && !coverageFails ? 1 : 0}">\n` +
        `    <testcase classname="aws-guardrails.coverage" name="${xmlText(`every resource of ${report.project}/${report.stack} seen`)}">${coverageBody}</testcase>\n` +
        (notes.length > 0 ? `    <system-out>${xmlText(notes.join("\n"))}</system-out>\n` : "") + "  </testsuite>");
    const name = `aws-guardrails check ${report.project}/${report.stack}: ${report.summary.verdict}`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlText(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${(report.timings.total / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}

import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import type * as Sarif from "sarif";
import { parseAuthorizationDetails } from "../../cli/audit/authorizationDetails";
import { parseCredentialReport } from "../../cli/audit/credentialReport";
import { parseDay } from "../../cli/audit/dates";
import { FINDING_DEFINITIONS } from "../../cli/audit/findingCatalog";
import { jsonAuditReport } from "../../cli/audit/jsonReport";
import { runAudit, type AuditResult } from "../../cli/audit/runAudit";
import { sarifAuditReport } from "../../cli/audit/sarifReport";
import { textAuditReport } from "../../cli/audit/textReport";

const DIR = path.join(__dirname, "..", "fixtures", "audit");
const REPORT = "test/fixtures/audit/credential-report.csv";
const DETAILS = "test/fixtures/audit/authorization-details.json";

function sampleResult(withDetails = true): AuditResult {
    const users = parseCredentialReport(fs.readFileSync(path.join(DIR, "credential-report.csv"), "utf8"), REPORT);
    const details = withDetails ? parseAuthorizationDetails(fs.readFileSync(path.join(DIR, "authorization-details.json"), "utf8"), DETAILS) : undefined;
    return runAudit(
        { users, details, credentialReportSource: REPORT, authorizationDetailsSource: details && DETAILS },
        { now: parseDay("2024-06-01")!, maxKeyAgeDays: 90, unusedDays: 45, organizationFence: false },
    );
}

describe("audit reports", () => {
    it("--json: findings with id, user, arn, key, severity, message, cis and remediation, and a summary with the verdict", () => {
        const report = jsonAuditReport(sampleResult());
        assert.equal(report.findings.length, 14);
        assert.deepEqual(Object.keys(report.findings[0]), ["id", "user", "arn", "key", "severity", "message", "cis", "remediation"]);
        assert.deepEqual(report.findings[0], {
            id: "root-access-key", user: "<root_account>", arn: "arn:aws:iam::123456789012:root", key: 1, severity: "critical",
            message: "The root user has an active access key (key 1, last used with iam in us-east-1 on 2024-05-20)",
            cis: { v7: ["2.4"], v5: ["1.3"] }, remediation: FINDING_DEFINITIONS[0].remediation,
        });
        assert.equal(report.findings.find((f) => f.id === "two-active-keys")!.key, null);
        const { summary } = report;
        assert.deepEqual(
            { verdict: summary.verdict, exitCode: summary.exitCode, asOf: summary.asOf, users: summary.users, activeKeys: summary.activeKeys, usersWithFindings: summary.usersWithFindings },
            { verdict: "failed", exitCode: 1, asOf: "2024-06-01", users: 9, activeKeys: 6, usersWithFindings: 6 },
        );
        assert.deepEqual(summary.bySeverity, { critical: 6, high: 1, medium: 6, low: 1 });
        assert.equal(summary.byId["key-too-old"], 3);
        assert.deepEqual(summary.sources, { credentialReport: REPORT, authorizationDetails: DETAILS });
        assert.doesNotThrow(() => JSON.parse(JSON.stringify(report)));
    });

    it("text: groups findings by user, worst first, then says how to fix each kind, what was not checked and the verdict", () => {
        const text = textAuditReport(sampleResult(false));
        const lines = text.split("\n");
        assert.equal(lines[0], `aws-guardrails audit: 9 users, 6 active access keys (credential report: ${REPORT})`);
        assert.equal(lines[1], "as of 2024-06-01: keys rotated within 90 days, credentials used within 45 days");
        const users = lines.filter((l) => /^\S+ {2}arn:/.test(l)).map((l) => l.split(" ")[0]);
        assert.deepEqual(users, ["<root_account>", "bob", "ci-deployer", "contractor-jane", "old-bot"]);
        assert.ok(lines.includes("  HIGH      console-user-no-mfa  The user has a console password and no MFA device  [CIS 2.10, v5 1.9]"));
        assert.ok(lines.includes("  LOW       two-active-keys      Both access keys are active (key 1 rotated 2023-09-01, key 2 rotated 2024-05-01)  [v5 1.12]"));
        assert.ok(lines.includes("How to fix:"));
        assert.ok(lines.some((l) => l.startsWith("  key-never-used       Delete the key.")));
        assert.ok(lines.includes("Not checked: admin-user, key-user-unfenced: they need --authorization-details (the output of aws iam get-account-authorization-details) or --live."));
        assert.ok(lines.includes("10 findings (2 critical, 1 high, 6 medium, 1 low) for 5 of 9 users."));
        assert.ok(lines.includes("FAILED: high or critical findings (exit 1)"));
        assert.doesNotMatch(text, /\x1b\[/);
        assert.match(textAuditReport(sampleResult(false), true), /\x1b\[1;31mCRITICAL/);
    });

    it("the README's sample report is real: every line of it is in the report of the sample account", () => {
        const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
        const sample = /<!-- audit-sample:[^\n]*-->\n```\n([\s\S]*?)\n```/.exec(readme);
        assert.ok(sample, "README has the audit sample block");
        const actual = new Set(textAuditReport(sampleResult()).split("\n"));
        for (const line of sample[1].split("\n")) {
            assert.ok(actual.has(line), `README line not in the real report: ${line}`);
        }
    });

    it("text: lists what could not be examined and calls the audit incomplete", () => {
        const result = sampleResult();
        result.findings = result.findings.filter((f) => f.severity !== "critical" && f.severity !== "high");
        result.notExamined.push('user "x" is in the credential report but not in the authorization details');
        const text = textAuditReport(result);
        assert.match(text, /\nCould not be examined \(1\):\n {2}- user "x" is in the credential report but not in the authorization details\n/);
        assert.match(text, /INCOMPLETE: nothing high or critical was found, but not everything could be examined \(exit 3\)\n$/);
    });

    it("SARIF 2.1.0: one rule per finding id with help, results with levels from severity, the user's ARN and report line as locations", () => {
        const log: Sarif.Log = sarifAuditReport(sampleResult(), REPORT);
        assert.equal(log.version, "2.1.0");
        const [run] = log.runs;
        const rules = run.tool.driver.rules!;
        assert.deepEqual(rules.map((r) => r.id), FINDING_DEFINITIONS.map((d) => d.id));
        for (const rule of rules) {
            assert.ok(rule.help?.text && rule.shortDescription?.text && rule.fullDescription?.text, rule.id);
            assert.match(String(rule.properties?.["security-severity"]), /^\d\.\d$/);
        }
        assert.deepEqual(rules.find((r) => r.id === "key-too-old")!.properties!.tags, ["security", "aws", "iam", "cis-v7:2.12", "cis-v5:1.13"]);
        const results = run.results!;
        assert.equal(results.length, 14);
        const levels = Object.fromEntries(results.map((r) => [r.ruleId, r.level]));
        assert.deepEqual([levels["root-no-mfa"], levels["console-user-no-mfa"], levels["key-too-old"], levels["two-active-keys"]], ["error", "error", "warning", "note"]);
        const ci = results.find((r) => r.ruleId === "key-too-old")!;
        assert.equal(rules[ci.ruleIndex!].id, "key-too-old");
        assert.deepEqual(ci.locations![0], {
            physicalLocation: { artifactLocation: { uri: REPORT }, region: { startLine: 5 } },
            logicalLocations: [{ name: "ci-deployer", fullyQualifiedName: "arn:aws:iam::123456789012:user/ci/ci-deployer", kind: "user" }],
        });
        assert.equal(new Set(results.map((r) => r.partialFingerprints!.auditFinding)).size, results.length);
    });

    it("SARIF without a report file (--live) has logical locations only, and what was not examined as notifications", () => {
        const result = sampleResult();
        result.notExamined.push("something unreadable");
        const log: Sarif.Log = sarifAuditReport(result, undefined);
        assert.equal(log.runs[0].results![0].locations![0].physicalLocation, undefined);
        assert.deepEqual(log.runs[0].invocations![0].toolExecutionNotifications, [{ level: "warning", message: { text: "not examined: something unreadable" } }]);
    });
});

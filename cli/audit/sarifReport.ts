import type * as Sarif from "sarif";
import { FINDING_DEFINITIONS, cisIdsOf, type Severity } from "./findingCatalog";
import type { AuditFinding, AuditResult } from "./runAudit";
import { summarize } from "./summary";

/**
 * SARIF 2.1.0 for the audit (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html),
 * the subset GitHub code scanning reads: one rule per finding id (remediation
 * as help, CIS ids as tags, `security-severity` from the severity), one result
 * per finding with the user's ARN as its logical location and, when the
 * credential report is a file, the user's row as its physical location.
 * What could not be examined becomes a tool notification.
 */

type Level = "error" | "warning" | "note";

/** A SARIF 2.1.0 log (the official `sarif` type definitions). */
export type AuditSarifLog = Sarif.Log;

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVELS: Record<Severity, Level> = { critical: "error", high: "error", medium: "warning", low: "note" };
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function ruleName(id: string): string {
    return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function fingerprint(finding: AuditFinding): string {
    let hash = 5381;
    for (const char of `${finding.id}|${finding.arn}|${finding.key ?? ""}`) {
        hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
    }
    return hash.toString(16);
}

function rules(): Sarif.ReportingDescriptor[] {
    return FINDING_DEFINITIONS.map((d) => {
        const cis = cisIdsOf(d);
        return {
            id: d.id,
            name: ruleName(d.id),
            shortDescription: { text: d.title },
            fullDescription: { text: d.description },
            help: { text: d.remediation, markdown: d.remediation },
            defaultConfiguration: { level: LEVELS[d.severity] },
            properties: {
                tags: ["security", "aws", "iam", ...cis.v7.map((id) => `cis-v7:${id}`), ...cis.v5.map((id) => `cis-v5:${id}`)],
                "security-severity": SECURITY_SEVERITY[d.severity],
            },
        };
    });
}

/** Builds the SARIF log. `reportUri` is the credential report's path as the reader should see it, or undefined for `--live`. */
export function sarifAuditReport(result: AuditResult, reportUri: string | undefined): AuditSarifLog {
    const ruleIndex = new Map(FINDING_DEFINITIONS.map((d, i) => [d.id, i]));
    const results = result.findings.map((f): Sarif.Result => ({
        ruleId: f.id,
        ruleIndex: ruleIndex.get(f.id),
        level: LEVELS[f.severity],
        message: { text: `${f.user}: ${f.message}` },
        locations: [{
            ...(reportUri !== undefined && f.line !== undefined
                ? { physicalLocation: { artifactLocation: { uri: reportUri }, region: { startLine: f.line } } }
                : {}),
            logicalLocations: [{ name: f.user, fullyQualifiedName: f.arn, kind: "user" }],
        }],
        partialFingerprints: { auditFinding: fingerprint(f) },
        properties: { severity: f.severity, key: f.key, cis: f.cis },
    }));
    const summary = summarize(result);
    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [{
            tool: { driver: { name: "aws-guardrails audit", informationUri: "https://github.com/aws-guardrails/aws-guardrails", rules: rules() } },
            invocations: [{
                executionSuccessful: true,
                toolExecutionNotifications: summary.notExamined.map((text): Sarif.Notification => ({ level: "warning", message: { text: `not examined: ${text}` } })),
            }],
            results,
            properties: { verdict: summary.verdict, asOf: summary.asOf, users: summary.users, activeKeys: summary.activeKeys, notChecked: summary.notChecked },
        }],
    };
}

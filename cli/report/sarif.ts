import type * as Sarif from "sarif";
import type { CheckReport, ReportFinding } from "./model";
import { coverageNotes, exemptionNotes, overrideNotes, stateNotes } from "./notes";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** A SARIF 2.1.0 log, the subset that GitHub code scanning reads. */
export interface SarifLog {
    /** The schema URI. */
    $schema: string;
    /** Always "2.1.0". */
    version: "2.1.0";
    /** One run: this check. */
    runs: SarifRun[];
}

interface SarifRun {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: "warning" | "note"; message: { text: string } }[] }[];
    results: SarifResult[];
    properties: Pick<CheckReport, "coverage" | "policyOverrides" | "exemptions" | "stateReads" | "input"> & { verdict: string };
}

interface SarifRule {
    id: string;
    name: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown: string };
    helpUri?: string;
    defaultConfiguration: { level: "error" | "warning" | "note" | "none" };
    properties: { tags: string[]; "security-severity"?: string };
}

interface SarifResult {
    ruleId: string;
    ruleIndex?: number;
    level: "error" | "warning" | "note" | "none";
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } }; logicalLocations: { fullyQualifiedName: string; kind: string }[] }[];
    partialFingerprints: { primaryLocationLineHash: string };
    suppressions?: { kind: "external" | "inSource"; status: "accepted"; justification: string }[];
}

const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

/** Tags that describe a policy to people (area, CIS controls), not the ones reports read to pair policies with resources. */
function shownTags(tags: string[]): string[] {
    return tags.filter((t) => !t.startsWith("judges:") && !t.startsWith("reads-state:"));
}

/** An exempted finding as a SARIF suppression: a tag is written in the program (in source), a config entry outside it. */
function suppressionOf(f: ReportFinding): SarifResult["suppressions"] {
    if (!f.exemption) {
        return undefined;
    }
    const written = f.exemption.source === "tag" ? "tag in the program" : f.exemption.source === "config" ? "policy-pack config" : "exemption";
    return [{ kind: f.exemption.source === "tag" ? "inSource" : "external", status: "accepted", justification: `${f.exemption.reason} (${written}, until ${f.exemption.expires})` }];
}

function levelOf(enforcement: string, blocking: boolean): "error" | "warning" | "note" | "none" {
    if (blocking || enforcement === "mandatory") {
        return "error";
    }
    return enforcement === "disabled" ? "none" : "warning";
}

function fingerprint(f: ReportFinding): string {
    let h = 5381;
    for (const ch of `${f.policy}|${f.urn}|${f.message}`) {
        h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
    }
    return h.toString(16);
}

/**
 * Builds SARIF 2.1.0 for GitHub code scanning: one rule per policy (with its
 * remediation as help), one result per finding located where the program
 * registered the resource (else at the entry file or the project's
 * Pulumi.yaml), with the engine URN as the logical location. Exempted findings
 * are results with an accepted suppression (in source for a tag, external for
 * a config entry) carrying the reason and expiry; what was not seen, stale and
 * expiring exemptions, lowered policies and state reads are tool notifications.
 */
export function sarifReport(report: CheckReport): SarifLog {
    const rules: SarifRule[] = report.pack.policies.map((p) => ({
        id: p.name,
        name: p.name.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
        shortDescription: { text: p.description },
        fullDescription: { text: p.description },
        help: { text: p.remediationSteps || p.description, markdown: p.remediationSteps || p.description },
        helpUri: p.url || undefined,
        defaultConfiguration: { level: levelOf(p.enforcementLevel, false) },
        properties: { tags: ["security", ...shownTags(p.tags)], ...(SECURITY_SEVERITY[p.severity] ? { "security-severity": SECURITY_SEVERITY[p.severity] } : {}) },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const locationOf = new Map(report.resources.map((r) => [r.urn, r.location]));
    const results: SarifResult[] = report.findings.map((f) => {
        const location = locationOf.get(f.urn);
        return {
            ruleId: f.policy,
            ...(index.has(f.policy) ? { ruleIndex: index.get(f.policy) } : {}),
            level: levelOf(f.enforcementLevel, f.blocking),
            message: { text: f.urn ? `${f.message} (resource ${f.urn})` : f.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: location?.file ?? report.programFile ?? "Pulumi.yaml" },
                    region: location ? { startLine: location.line, startColumn: location.column } : { startLine: 1 },
                },
                logicalLocations: [{ fullyQualifiedName: f.urn || `${report.project}/${report.stack}`, kind: "resource" }],
            }],
            partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
            ...(f.exemption ? { suppressions: suppressionOf(f) } : {}),
        };
    });
    const notifications = [
        ...coverageNotes(report).map((text) => ({ level: "warning" as const, message: { text } })),
        ...exemptionNotes(report).map((text) => ({ level: "warning" as const, message: { text } })),
        ...[...overrideNotes(report), ...stateNotes(report)].map((text) => ({ level: "note" as const, message: { text } })),
    ];
    const log: SarifLog = {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [{
            tool: { driver: { name: "aws-guardrails", version: report.pack.version, informationUri: "https://github.com/aws-guardrails/aws-guardrails", rules } },
            invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
            results,
            properties: {
                verdict: report.summary.verdict, input: report.input, coverage: report.coverage, policyOverrides: report.policyOverrides,
                exemptions: report.exemptions, stateReads: report.stateReads,
            },
        }],
    };
    // The compiler holds this log to the SARIF 2.1.0 object model (@types/sarif).
    return log satisfies Sarif.Log;
}

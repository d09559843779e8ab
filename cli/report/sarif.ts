import * as path from "path";
import type { CheckResult } from "../check";
import type { Violation } from "../harness";

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
    results: SarifResult[];
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
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string; kind: string }[] }[];
    partialFingerprints: { primaryLocationLineHash: string };
    suppressions?: { kind: "external"; status: "accepted"; justification: string }[];
}

const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function levelOf(enforcement: string): "error" | "warning" | "note" | "none" {
    if (enforcement === "mandatory") {
        return "error";
    }
    return enforcement === "disabled" ? "none" : "warning";
}

function fingerprint(v: Violation): string {
    let h = 5381;
    for (const ch of `${v.policy}|${v.urn}|${v.message}`) {
        h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
    }
    return h.toString(16);
}

/**
 * Builds SARIF 2.1.0 for GitHub code scanning: one rule per policy (with its
 * remediation as help), one result per finding, located at the program's entry
 * file with the resource URN as the logical location. Exempted findings are
 * results with an accepted suppression, so they stay visible.
 */
export function sarifReport(result: CheckResult, programFile: string, baseDir: string): SarifLog {
    const rules: SarifRule[] = result.pack.policies.map((p) => ({
        id: p.name,
        name: p.name.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
        shortDescription: { text: p.description },
        fullDescription: { text: p.description },
        help: { text: p.remediationSteps || p.description, markdown: p.remediationSteps || p.description },
        helpUri: p.url || undefined,
        defaultConfiguration: { level: levelOf(p.enforcementLevel) },
        properties: {
            tags: ["security", ...p.tags],
            ...(SECURITY_SEVERITY[p.severity] ? { "security-severity": SECURITY_SEVERITY[p.severity] } : {}),
        },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const uri = path.relative(baseDir, programFile).split(path.sep).join("/") || path.basename(programFile);
    const results: SarifResult[] = result.violations.map((v) => ({
        ruleId: v.policy,
        ...(index.has(v.policy) ? { ruleIndex: index.get(v.policy) } : {}),
        level: levelOf(v.enforcementLevel),
        message: { text: v.urn ? `${v.message} (resource ${v.urn})` : v.message },
        locations: [{
            physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
            logicalLocations: [{ fullyQualifiedName: v.urn || `${result.project}/${result.stack}`, kind: "resource" }],
        }],
        partialFingerprints: { primaryLocationLineHash: fingerprint(v) },
        ...(v.exemption
            ? { suppressions: [{ kind: "external" as const, status: "accepted" as const, justification: `${v.exemption.reason} (until ${v.exemption.expires})` }] }
            : {}),
    }));
    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [{
            tool: { driver: { name: "aws-guardrails", version: result.pack.version, informationUri: "https://github.com/aws-guardrails/aws-guardrails", rules } },
            results,
        }],
    };
}

import type { CheckResult } from "../check";
import type { JsonValue } from "../harness";

/** The `--json` document: resources, violations and a summary, and nothing else. */
export interface JsonReport {
    /** Every resource, providers included, with inputs (secrets shown as "[secret]"). */
    resources: { urn: string; type: string; name: string; parent: string | null; provider: string | null; inputs: { [key: string]: JsonValue } }[];
    /** Every violation; exempted ones carry `exemption`. */
    violations: {
        policy: string; pack: string; urn: string; message: string; enforcementLevel: string; severity: string;
        exemption?: { reason: string; expires: string };
    }[];
    /** Counts; exempted findings are not counted as mandatory or advisory. */
    summary: { resources: number; mandatory: number; advisory: number; exempted: number };
}

/** Builds the `--json` document. */
export function jsonReport(result: CheckResult): JsonReport {
    return {
        resources: result.resources.map((r) => ({
            urn: r.urn, type: r.type, name: r.name, parent: r.parent, provider: r.provider, inputs: r.inputs,
        })),
        violations: result.violations.map((v) => ({
            policy: v.policy,
            pack: v.pack,
            urn: v.urn,
            message: v.message,
            enforcementLevel: v.enforcementLevel,
            severity: v.severity,
            ...(v.exemption ? { exemption: v.exemption } : {}),
        })),
        summary: result.summary,
    };
}

import type { CheckReport, PolicyOverride, ReportCoverage, ReportFinding, ReportResource } from "./model";

/** The `--json` document. Every string in it has been through the key masking of the report model. */
export interface JsonReport {
    /** Every resource, providers included, with inputs (secrets shown as "[secret]", keys masked). */
    resources: Omit<ReportResource, "remote" | "region" | "location">[];
    /** Every finding; exempted ones carry `exemption`. */
    violations: Omit<ReportFinding, "blocking">[];
    /** What the check could not see. */
    coverage: ReportCoverage;
    /** Policies whose enforcement the pack config lowered or turned off. */
    policyOverrides: PolicyOverride[];
    /** The verdict and counts; exempted findings are not counted as mandatory or advisory. */
    summary: CheckReport["summary"];
}

/** Builds the `--json` document. */
export function jsonReport(report: CheckReport): JsonReport {
    return {
        resources: report.resources.map((r) => ({
            urn: r.urn, type: r.type, name: r.name, parent: r.parent, provider: r.provider, custom: r.custom, inputs: r.inputs,
        })),
        violations: report.findings.map(({ blocking: _blocking, ...finding }) => finding),
        coverage: report.coverage,
        policyOverrides: report.policyOverrides,
        summary: report.summary,
    };
}

import type { CheckReport, ExemptionStatus, PolicyOverride, ReportCoverage, ReportFinding, ReportInput, ReportResource, StateRead } from "./model";

/** The `--json` document. Every string in it has been through the key masking of the report model. */
export interface JsonReport {
    /** What was checked: a program folder, a preview or a stack export. */
    input: ReportInput;
    /** Every resource, providers included, with inputs (secrets shown as "[secret]", keys masked). */
    resources: Omit<ReportResource, "remote" | "region" | "location">[];
    /** Every finding; exempted ones carry `exemption`. */
    violations: Omit<ReportFinding, "blocking">[];
    /** What the check could not see. */
    coverage: ReportCoverage;
    /** Policies whose enforcement the pack config lowered or turned off. */
    policyOverrides: PolicyOverride[];
    /** Every declared exemption and what it did (active, stale, expired, unused; expiring within 30 days). */
    exemptions: ExemptionStatus[];
    /** Policies that judge deployed state, and whether they had any to read. */
    stateReads: StateRead[];
    /** The verdict and counts; exempted findings are not counted as mandatory or advisory. */
    summary: CheckReport["summary"];
}

/** Builds the `--json` document. */
export function jsonReport(report: CheckReport): JsonReport {
    return {
        input: report.input,
        resources: report.resources.map((r) => ({
            urn: r.urn, type: r.type, name: r.name, parent: r.parent, provider: r.provider, custom: r.custom, inputs: r.inputs,
        })),
        violations: report.findings.map(({ blocking: _blocking, ...finding }) => finding),
        coverage: report.coverage,
        policyOverrides: report.policyOverrides,
        exemptions: report.exemptions,
        stateReads: report.stateReads,
        summary: report.summary,
    };
}

import { cell, table } from "../docs/markdown";
import { FINDING_DEFINITIONS, cisIdsOf } from "./findingCatalog";

/**
 * What `docs/cis.md` says about the audit: which CIS recommendations the audit
 * checks in a live account (from the finding catalog's CIS ids), and a section
 * listing every finding with its severity and recommendations. The docs
 * generator calls these, so the page can never disagree with the audit.
 */

function findingsFor(version: "v7" | "v5", id: string): string[] {
    return FINDING_DEFINITIONS.filter((d) => cisIdsOf(d)[version].includes(id)).map((d) => `\`${d.id}\``);
}

/** `; checked in the account by aws-guardrails audit (...)` for a recommendation the audit checks, else "". */
export function auditCoverageNote(version: "v7" | "v5", id: string): string {
    const findings = findingsFor(version, id);
    return findings.length > 0 ? `; checked in the account by [\`aws-guardrails audit\`](#account-state-checked-by-aws-guardrails-audit) (${findings.join(", ")})` : "";
}

/** The `docs/cis.md` section that lists every audit finding. */
export function auditCisSection(): string {
    const rows = FINDING_DEFINITIONS.map((d) => {
        const cis = cisIdsOf(d);
        return [
            `\`${d.id}\``,
            d.severity,
            cis.v7.join(", ") || "none",
            cis.v5.join(", ") || "none",
            cell(d.title + (d.needsAuthorizationDetails ? " (needs authorization details)" : "")),
        ];
    });
    return [
        "## Account state checked by `aws-guardrails audit`",
        "",
        "Infrastructure code cannot see the keys and passwords that already exist in an account. `aws-guardrails audit` reads them on demand " +
            "from the IAM credential report and the account's authorization details (as files from the AWS CLI, or live through the AWS SDK), " +
            "with no stack deployed, and reports these findings; critical and high ones make it exit 1. See the [README](../README.md#audit-the-keys-that-already-exist) for the command.",
        "",
        table(["Finding", "Severity", "v7.0.0", "v5.0.0", "What it finds"], rows),
    ].join("\n");
}

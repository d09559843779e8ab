import { resourcePolicy } from "../framework/guardrailPolicy";
import { exemptedFindingsQueue } from "../framework/reporting";

/** What to do about an exempted finding. */
export const EXEMPTED_REMEDIATION = "Nothing to do while the exemption is valid. Fix the finding before the expiry date, or renew the exemption with a fresh reason.";

/**
 * Shows exempted resource findings at advisory level (it runs last in each
 * `Analyze`), so that an exemption hides nothing: the reader sees the finding,
 * the reason and the expiry.
 */
export const exemptedFindings = resourcePolicy({
    name: "exempted-findings",
    area: "exemptions",
    description: "Lists findings that an unexpired exemption covers, with its reason and expiry, so that nothing is hidden.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: EXEMPTED_REMEDIATION,
    types: "*",
    check: (resource, report) => {
        exemptedFindingsQueue.take(resource.urn).forEach((finding) => report(finding.message));
    },
});

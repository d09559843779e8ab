import { EXEMPTION_TAG_PREFIX, tagExemptionProblems } from "../framework/exemptions/tagExemption";
import { resourcePolicy } from "../framework/guardrailPolicy";

/**
 * Reports malformed exemption tags, so that a typo never silently hides or
 * un-hides a finding. It only reports: exemptions apply whether or not this
 * policy is enabled, because each policy reads its own exemptions.
 */
export const guardrailsExemptions = resourcePolicy({
    name: "guardrails-exemptions",
    area: "exemptions",
    description: "Exemption tags must carry a reason of at least 10 characters and an expiry date; malformed exemptions are violations.",
    severity: "medium",
    enforcementLevel: "mandatory",
    remediationSteps: `Write tag exemptions as \`${EXEMPTION_TAG_PREFIX}<policy-name> = "<reason of 10+ characters> until <YYYY-MM-DD>"\`, and config exemptions under the exempted policy's own "exemptions" key as { "urnPattern": "...", "reason": "...", "expires": "YYYY-MM-DD" }.`,
    types: "*",
    check: (resource, report) => {
        tagExemptionProblems(resource.tags).forEach(report);
    },
});

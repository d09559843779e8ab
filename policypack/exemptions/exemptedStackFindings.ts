import { STACK_QUEUE_KEY } from "../framework/exemptions/exemptedFindingsQueue";
import { stackPolicy } from "../framework/guardrailPolicy";
import { exemptedFindingsQueue } from "../framework/reporting";
import { EXEMPTED_REMEDIATION } from "./exemptedFindings";

/** The stack-level counterpart of `exempted-findings`; it runs last in each `AnalyzeStack`. */
export const exemptedStackFindings = stackPolicy({
    name: "exempted-stack-findings",
    area: "exemptions",
    description: "Lists stack-level findings that an unexpired exemption covers, with its reason and expiry.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: EXEMPTED_REMEDIATION,
    check: (_resources, report) => {
        exemptedFindingsQueue.take(STACK_QUEUE_KEY).forEach((finding) => report(finding.message, finding.urn || undefined));
    },
});

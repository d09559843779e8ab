import { exemptions, STACK_QUEUE } from "../lib/exemptions";
import { resourcePolicy, stackPolicy } from "../lib/guardrailPolicy";

const REMEDIATION = "Nothing to do while the exemption is valid. Fix the finding before the expiry date, or renew the exemption with a fresh reason.";

/**
 * Shows exempted resource findings (it runs last in each `Analyze`), at advisory
 * level, so that an exemption hides nothing: the reader sees the finding, the
 * reason and the expiry.
 */
export const exemptedFindings = resourcePolicy({
    name: "exempted-findings",
    area: "exemptions",
    description: "Lists findings that an unexpired exemption covers, with its reason and expiry, so that nothing is hidden.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: REMEDIATION,
    types: "*",
    check: (resource, report) => {
        for (const finding of exemptions.drain(resource.urn)) {
            report(finding.message);
        }
    },
});

/** The stack-level counterpart of {@link exemptedFindings}. */
export const exemptedStackFindings = stackPolicy({
    name: "exempted-stack-findings",
    area: "exemptions",
    description: "Lists stack-level findings that an unexpired exemption covers, with its reason and expiry.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: REMEDIATION,
    check: (_resources, report) => {
        for (const finding of exemptions.drain(STACK_QUEUE)) {
            report(finding.message, finding.urn || undefined);
        }
    },
});

/**
 * A type no stack contains. While no stack finding is exempted, the stack
 * policy above carries it as its type, so the policy server skips the policy
 * without deserializing the whole stack again; the server reads the type just
 * before it runs the policy, which is after every other stack policy.
 */
const NO_PENDING_FINDINGS = "aws-guardrails:internal:NoExemptedStackFindings";

const stackValidation = exemptedStackFindings.validateStack as unknown as { __pulumiType?: string };
stackValidation.__pulumiType = NO_PENDING_FINDINGS;
exemptions.onPendingChange(STACK_QUEUE, (pending) => {
    if (pending) {
        delete stackValidation.__pulumiType;
    } else {
        stackValidation.__pulumiType = NO_PENDING_FINDINGS;
    }
});

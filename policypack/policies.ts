import type { Policies } from "@pulumi/policy";
import { imdsv2Required } from "./compute/imdsv2Required";
import { exemptedFindings, exemptedStackFindings } from "./exemptions/exemptedFindings";
import { guardrailsExemptions } from "./exemptions/guardrailsExemptions";

/**
 * Every policy of the pack, in evaluation order: the exemption loader first (it
 * loads config exemptions for the rest), the exempted-findings reporters last.
 */
export const policies: Policies = [
    guardrailsExemptions,
    imdsv2Required,
    exemptedFindings,
    exemptedStackFindings,
];

import { PolicyPack } from "@pulumi/policy";
import { policyAppliesTo } from "./lib/guardrailPolicy";
import { installPerTypeDispatch } from "./lib/serverFastPath";
import { installSingleStackPass } from "./lib/singleStackPass";
import { policies } from "./policies";

const PACK_NAME = "aws-guardrails";
const ENFORCEMENT_LEVEL = "advisory";

installPerTypeDispatch({ name: PACK_NAME, enforcementLevel: ENFORCEMENT_LEVEL, policies, appliesTo: policyAppliesTo });
installSingleStackPass({ name: PACK_NAME, enforcementLevel: ENFORCEMENT_LEVEL, policies });

/**
 * The aws-guardrails CrossGuard policy pack: blocks the resources that let a
 * leaked AWS key do harm, with per-resource exemptions that carry a reason and
 * an expiry date.
 */
new PolicyPack(PACK_NAME, {
    description: "Blocks admin wildcards, plaintext keys, IMDSv1, world-open admin ports, public buckets, weak trails and weak password policies.",
    enforcementLevel: ENFORCEMENT_LEVEL,
    policies,
});

import { PolicyPack } from "@pulumi/policy";
import { warmActionCatalogInBackground } from "./iam/support/catalogWarmUp";
import { policies } from "./policies";

/**
 * The aws-guardrails CrossGuard policy pack: blocks the resources that let a
 * leaked AWS key do harm, with per-resource exemptions that carry a reason and
 * an expiry date. Served by @pulumi/policy exactly as published: nothing of the
 * policy server is patched or replaced.
 */
new PolicyPack("aws-guardrails", {
    description: "Blocks admin wildcards, plaintext keys, IMDSv1, world-open admin ports, public buckets, weak trails and weak password policies.",
    enforcementLevel: "advisory",
    policies,
});

warmActionCatalogInBackground();

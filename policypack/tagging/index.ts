import type { Policies } from "@pulumi/policy";

/** The tagging policies, in evaluation order. */
export const taggingPolicies: Policies = [];

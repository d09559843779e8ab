import type { Policies } from "@pulumi/policy";

/** The network policies, in evaluation order. */
export const networkPolicies: Policies = [];

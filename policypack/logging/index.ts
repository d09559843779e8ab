import type { Policies } from "@pulumi/policy";

/** The logging policies, in evaluation order. */
export const loggingPolicies: Policies = [];

import type { Policies } from "@pulumi/policy";

/** The iam policies, in evaluation order. */
export const iamPolicies: Policies = [];

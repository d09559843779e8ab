import type { Policies } from "@pulumi/policy";

/** The account policies, in evaluation order. */
export const accountPolicies: Policies = [];

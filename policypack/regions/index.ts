import type { Policies } from "@pulumi/policy";

/** The regions policies, in evaluation order. */
export const regionsPolicies: Policies = [];

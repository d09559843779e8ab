import type { Policies } from "@pulumi/policy";

/** The secrets policies, in evaluation order. */
export const secretsPolicies: Policies = [];

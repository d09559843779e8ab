import type { Policies } from "@pulumi/policy";

/** The storage policies, in evaluation order. */
export const storagePolicies: Policies = [];

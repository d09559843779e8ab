import type { Policies } from "@pulumi/policy";
import { requiredTags } from "./requiredTags";

/** The tagging policies, in evaluation order. */
export const taggingPolicies: Policies = [requiredTags];

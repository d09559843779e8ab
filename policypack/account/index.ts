import type { Policies } from "@pulumi/policy";
import { accountPasswordPolicy } from "./accountPasswordPolicy";

/** The account policies, in evaluation order. */
export const accountPolicies: Policies = [accountPasswordPolicy];

import type { Policies } from "@pulumi/policy";
import { allowedRegions } from "./allowedRegions";

/** The regions policies, in evaluation order. */
export const regionsPolicies: Policies = [allowedRegions];

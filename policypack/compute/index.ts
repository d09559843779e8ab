import type { Policies } from "@pulumi/policy";
import { imdsv2Required } from "./imdsv2Required";

/** The compute policies, in evaluation order. */
export const computePolicies: Policies = [imdsv2Required];

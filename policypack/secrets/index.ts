import type { Policies } from "@pulumi/policy";
import { secretsNoPlaintextAwsKeys } from "./secretsNoPlaintextAwsKeys";
import { secretsSsmSecureString } from "./secretsSsmSecureString";

/** The secrets policies, in evaluation order. */
export const secretsPolicies: Policies = [secretsNoPlaintextAwsKeys, secretsSsmSecureString];

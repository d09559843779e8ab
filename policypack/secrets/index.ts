import type { Policies } from "@pulumi/policy";
import { secretsNoPlaintextAwsKeys } from "./noPlaintextAwsKeys";
import { secretsSsmSecureString } from "./ssmSecureString";

/** The secrets policies, in evaluation order. */
export const secretsPolicies: Policies = [secretsNoPlaintextAwsKeys, secretsSsmSecureString];

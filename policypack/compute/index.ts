import type { Policies } from "@pulumi/policy";
import { ebsEncryptionRequired } from "./ebsEncryptionRequired";
import { imdsv2Required } from "./imdsv2Required";
import { instanceNoPublicIp } from "./instanceNoPublicIp";
import { instanceTypeAllowed } from "./instanceTypeAllowed";

/** The compute policies, in evaluation order. */
export const computePolicies: Policies = [imdsv2Required, instanceNoPublicIp, ebsEncryptionRequired, instanceTypeAllowed];

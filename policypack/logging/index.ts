import type { Policies } from "@pulumi/policy";
import { billingAlarmPresent } from "./billingAlarmPresent";
import { cloudtrailKmsEncryption } from "./cloudtrailKmsEncryption";
import { cloudtrailMultiRegionTrailPresent } from "./cloudtrailMultiRegionTrailPresent";
import { cloudtrailTrailHardened } from "./cloudtrailTrailHardened";
import { kmsKeyRotationEnabled } from "./kmsKeyRotationEnabled";
import { logGroupRetention } from "./logGroupRetention";
import { vcpuAlarmPresent } from "./vcpuAlarmPresent";

/** The logging policies, in evaluation order. */
export const loggingPolicies: Policies = [
    cloudtrailTrailHardened,
    cloudtrailKmsEncryption,
    kmsKeyRotationEnabled,
    logGroupRetention,
    cloudtrailMultiRegionTrailPresent,
    billingAlarmPresent,
    vcpuAlarmPresent,
];

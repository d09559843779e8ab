import { resourcePolicy } from "../framework/guardrailPolicy";
import { UNKNOWN, asString } from "../framework/props";
import { TRAIL } from "./support/trailTypes";

/**
 * CloudTrail logs should be encrypted with a customer-managed KMS key
 * (`kmsKeyId`): reading them then needs kms:Decrypt as well as s3:GetObject,
 * so a key that can read the log bucket cannot read the logs. Advisory: S3
 * already encrypts the files with SSE-S3, and the key costs money and needs a
 * key policy that lets CloudTrail use it.
 */
export const cloudtrailKmsEncryption = resourcePolicy({
    name: "cloudtrail-kms-encryption",
    area: "logging",
    description: "CloudTrail trails should encrypt their log files with a customer-managed KMS key (kmsKeyId).",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Create an aws.kms.Key with rotation enabled whose key policy lets cloudtrail.amazonaws.com encrypt (GenerateDataKey*) for this trail's ARN, and set the trail's `kmsKeyId` to the key's ARN.",
    cis: { v7: ["4.5"], v5: ["3.5"] },
    types: [TRAIL],
    check: (resource, report) => {
        const key = resource.props.kmsKeyId;
        if (key === UNKNOWN) {
            return;
        }
        const text = asString(key);
        if (text === undefined || text.trim() === "") {
            report(`${resource.name} sets no kmsKeyId, so its log files are not encrypted with a customer-managed KMS key`);
        }
    },
});

import type { PolicyDocument } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { accountRootArn, logGroupArn, type AccountScope } from "./arns";

/** Arguments of {@link trailKeyPolicy}. */
export interface TrailKeyPolicyArgs extends AccountScope {
    /** The trail's home region (where the key, the trail and its log group live). */
    region: string;
    /** The ARN the trail will have. */
    trailArn: string;
    /** The name of the CloudWatch Logs group the trail delivers to and the key encrypts. */
    logGroupName: string;
    /**
     * The trail's bucket uses an S3 Bucket Key: then CloudTrail also needs
     * `kms:Decrypt`, granted for this trail only (`aws:SourceArn`). Default false:
     * `AllRegionsTrail` turns the Bucket Key off (see its bucket), so CloudTrail
     * is never given Decrypt.
     */
    s3BucketKey?: boolean;
}

/** The Sids of the statements {@link trailKeyPolicy} emits. */
export const TRAIL_KEY_SIDS = {
    accountAdmin: "EnableIamPolicies",
    cloudTrailEncrypt: "AllowCloudTrailToEncryptLogs",
    cloudTrailDescribe: "AllowCloudTrailToDescribeKey",
    cloudTrailBucketKeyDecrypt: "AllowCloudTrailToDecryptForS3BucketKey",
    accountDecrypt: "AllowAccountToDecryptLogFiles",
    logsEncrypt: "AllowCloudWatchLogsToEncryptTheTrailLogGroup",
} as const;

/**
 * The key policy of the customer-managed key that encrypts a trail's log files
 * and its CloudWatch Logs group, following "Configure AWS KMS key policies for
 * CloudTrail" and "Encrypt log data in CloudWatch Logs using AWS KMS".
 *
 *
 * - the account may manage the key through IAM policies (without this statement
 *   the key becomes unmanageable);
 * - `cloudtrail.amazonaws.com` may generate data keys only for this trail
 *   (`aws:SourceArn`) and only for trails of this account
 *   (`kms:EncryptionContext:aws:cloudtrail:arn`), and describe the key for this trail;
 * - principals of this account may decrypt log files (`kms:CallerAccount`, and
 *   only with a CloudTrail encryption context);
 * - `logs.<region>.amazonaws.com` may use the key only for the trail's log group
 *   (`kms:EncryptionContext:aws:logs:arn`);
 * - only with `s3BucketKey`: `cloudtrail.amazonaws.com` may decrypt, for this
 *   trail only. Without it CloudTrail has no Decrypt at all, which is why the
 *   trail bucket has no Bucket Key.
 *
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html — a trail's KMS key policy must let cloudtrail.amazonaws.com call kms:GenerateDataKey* and kms:DescribeKey, and should condition them on aws:SourceArn (the trail ARN)
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html — with an S3 Bucket Key on the trail bucket, kms:Decrypt is required to create or update a trail with SSE-KMS
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail-decrypt.html — readers of log files need kms:Decrypt with the CloudTrail encryption context (kms:EncryptionContext:aws:cloudtrail:arn)
 * @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html — the key policy lets logs.<region>.amazonaws.com use the key, conditioned on kms:EncryptionContext:aws:logs:arn (the log group ARN)
 */
export function trailKeyPolicy(args: TrailKeyPolicyArgs): PolicyDocument {
    const trailContext = `arn:${args.partition}:cloudtrail:*:${args.accountId}:trail/*`;
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: TRAIL_KEY_SIDS.accountAdmin,
                Effect: "Allow",
                Principal: { AWS: accountRootArn(args) },
                Action: "kms:*",
                Resource: "*",
            },
            {
                Sid: TRAIL_KEY_SIDS.cloudTrailEncrypt,
                Effect: "Allow",
                Principal: { Service: "cloudtrail.amazonaws.com" },
                Action: "kms:GenerateDataKey*",
                Resource: "*",
                Condition: {
                    StringEquals: { "aws:SourceArn": args.trailArn },
                    StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": trailContext },
                },
            },
            {
                Sid: TRAIL_KEY_SIDS.cloudTrailDescribe,
                Effect: "Allow",
                Principal: { Service: "cloudtrail.amazonaws.com" },
                Action: "kms:DescribeKey",
                Resource: "*",
                Condition: { StringEquals: { "aws:SourceArn": args.trailArn } },
            },
            ...(args.s3BucketKey === true
                ? [{
                    Sid: TRAIL_KEY_SIDS.cloudTrailBucketKeyDecrypt,
                    Effect: "Allow" as const,
                    Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringEquals: { "aws:SourceArn": args.trailArn } },
                }]
                : []),
            {
                Sid: TRAIL_KEY_SIDS.accountDecrypt,
                Effect: "Allow",
                Principal: { AWS: accountRootArn(args) },
                Action: ["kms:Decrypt", "kms:ReEncryptFrom"],
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": args.accountId },
                    StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": trailContext },
                },
            },
            {
                Sid: TRAIL_KEY_SIDS.logsEncrypt,
                Effect: "Allow",
                Principal: { Service: `logs.${args.region}.amazonaws.com` },
                Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                Resource: "*",
                Condition: {
                    ArnEquals: { "kms:EncryptionContext:aws:logs:arn": logGroupArn(args, args.region, args.logGroupName) },
                },
            },
        ],
    };
}

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
}

/** The Sids of the statements {@link trailKeyPolicy} emits. */
export const TRAIL_KEY_SIDS = {
    accountAdmin: "EnableIamPolicies",
    cloudTrailEncrypt: "AllowCloudTrailToEncryptLogs",
    cloudTrailDescribe: "AllowCloudTrailToDescribeKey",
    accountDecrypt: "AllowAccountToDecryptLogFiles",
    logsEncrypt: "AllowCloudWatchLogsToEncryptTheTrailLogGroup",
} as const;

/**
 * The key policy of the customer-managed key that encrypts a trail's log files
 * and its CloudWatch Logs group, following "Configure AWS KMS key policies for
 * CloudTrail" and "Encrypt log data in CloudWatch Logs using AWS KMS":
 * - the account may manage the key through IAM policies (without this statement
 *   the key becomes unmanageable);
 * - `cloudtrail.amazonaws.com` may generate data keys only for this trail
 *   (`aws:SourceArn`) and only for trails of this account
 *   (`kms:EncryptionContext:aws:cloudtrail:arn`), and describe the key for this trail;
 * - principals of this account may decrypt log files (`kms:CallerAccount`, and
 *   only with a CloudTrail encryption context);
 * - `logs.<region>.amazonaws.com` may use the key only for the trail's log group
 *   (`kms:EncryptionContext:aws:logs:arn`).
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

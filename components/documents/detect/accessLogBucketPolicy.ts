import type { PolicyDocument } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { bucketArn } from "./arns";
import { denyInsecureTransport } from "./denyInsecureTransport";

/** Arguments of {@link accessLogBucketPolicy}. */
export interface AccessLogBucketPolicyArgs {
    /** The partition, such as `aws`. */
    partition: string;
    /** The account that owns both buckets. */
    accountId: string;
    /** The name of the bucket that receives the access logs. */
    logBucketName: string;
    /** The name of the bucket whose access is logged. */
    sourceBucketName: string;
}

/** The Sids of the statements {@link accessLogBucketPolicy} emits. */
export const ACCESS_LOG_BUCKET_SIDS = {
    write: "S3ServerAccessLogsPolicy",
    denyInsecureTransport: "DenyInsecureTransport",
} as const;

/**
 * The policy of a server-access-log bucket with object ownership
 * `BucketOwnerEnforced` (no ACLs): the S3 logging service may write under
 * `access-logs/` only for the one source bucket of this account
 * (`aws:SourceArn`, `aws:SourceAccount`), as the S3 User Guide gives it
 * ("Permissions for log delivery"). Plain HTTP is denied.
 * @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html#grant-log-delivery-permissions-general — with BucketOwnerEnforced, S3 server access logs are delivered by logging.s3.amazonaws.com, granted s3:PutObject in the bucket policy conditioned on aws:SourceArn (source bucket) and aws:SourceAccount
 * @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html — the target bucket of server access logs must use SSE-S3 (default encryption with SSE-KMS is not supported for it)
 */
export function accessLogBucketPolicy(args: AccessLogBucketPolicyArgs): PolicyDocument {
    const logBucket = bucketArn(args.partition, args.logBucketName);
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: ACCESS_LOG_BUCKET_SIDS.write,
                Effect: "Allow",
                Principal: { Service: "logging.s3.amazonaws.com" },
                Action: "s3:PutObject",
                Resource: `${logBucket}/${ACCESS_LOG_PREFIX}*`,
                Condition: {
                    ArnLike: { "aws:SourceArn": bucketArn(args.partition, args.sourceBucketName) },
                    StringEquals: { "aws:SourceAccount": args.accountId },
                },
            },
            denyInsecureTransport(ACCESS_LOG_BUCKET_SIDS.denyInsecureTransport, "s3:*", [logBucket, `${logBucket}/*`]),
        ],
    };
}

/** The key prefix access logs are written under. */
export const ACCESS_LOG_PREFIX = "access-logs/";

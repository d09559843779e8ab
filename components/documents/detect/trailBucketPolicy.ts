import type { PolicyDocument, PolicyStatement } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { bucketArn } from "./arns";
import { denyInsecureTransport } from "./denyInsecureTransport";

/** Arguments of {@link trailBucketPolicy}. */
export interface TrailBucketPolicyArgs {
    /** The partition, such as `aws`. */
    partition: string;
    /** The account that owns the trail (the management account for an organization trail). */
    accountId: string;
    /** The bucket's name. */
    bucketName: string;
    /** The ARN the trail will have: the only source CloudTrail may write for. */
    trailArn: string;
    /** For an organization trail: the organization id, whose member accounts' logs land under `AWSLogs/<org id>/`. */
    organizationId?: string;
}

/** The Sids of the statements {@link trailBucketPolicy} emits. */
export const TRAIL_BUCKET_SIDS = {
    aclCheck: "AWSCloudTrailAclCheck",
    write: "AWSCloudTrailWrite",
    organizationWrite: "AWSCloudTrailOrganizationWrite",
    denyInsecureTransport: "DenyInsecureTransport",
} as const;

const CLOUDTRAIL = { Service: "cloudtrail.amazonaws.com" };

/**
 * The bucket policy of a CloudTrail log bucket, as the CloudTrail User Guide
 * gives it ("Amazon S3 bucket policy for CloudTrail"), with the confused-deputy
 * guard: CloudTrail may read the bucket ACL and write log files under
 * `AWSLogs/<account>/` only on behalf of the one trail named by `aws:SourceArn`.
 * Every request over plain HTTP is denied.
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html — CloudTrail needs s3:GetBucketAcl on the bucket and s3:PutObject on AWSLogs/<account>/* with s3:x-amz-acl bucket-owner-full-control, both conditioned on aws:SourceArn (the trail ARN)
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html — an organization trail also writes under AWSLogs/<organization id>/*
 */
export function trailBucketPolicy(args: TrailBucketPolicyArgs): PolicyDocument {
    const bucket = bucketArn(args.partition, args.bucketName);
    const source = { "aws:SourceArn": args.trailArn };
    const write = (sid: string, prefix: string): PolicyStatement => ({
        Sid: sid,
        Effect: "Allow",
        Principal: CLOUDTRAIL,
        Action: "s3:PutObject",
        Resource: `${bucket}/AWSLogs/${prefix}/*`,
        Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", ...source } },
    });
    const statements: PolicyStatement[] = [
        {
            Sid: TRAIL_BUCKET_SIDS.aclCheck,
            Effect: "Allow",
            Principal: CLOUDTRAIL,
            Action: "s3:GetBucketAcl",
            Resource: bucket,
            Condition: { StringEquals: source },
        },
        write(TRAIL_BUCKET_SIDS.write, args.accountId),
    ];
    if (args.organizationId) {
        statements.push(write(TRAIL_BUCKET_SIDS.organizationWrite, args.organizationId));
    }
    statements.push(denyInsecureTransport(TRAIL_BUCKET_SIDS.denyInsecureTransport, "s3:*", [bucket, `${bucket}/*`]));
    return { Version: POLICY_VERSION, Statement: statements };
}

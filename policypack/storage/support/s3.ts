import type { StackResourceView } from "../../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asString } from "../../framework/props";

/**
 * S3 type tokens and helpers shared by the storage policies. In @pulumi/aws v7
 * a bucket's settings are separate resources that point at the bucket by name
 * (`bucket`), with legacy inline properties still accepted on `Bucket`.
 */

/** `aws:s3/bucket:Bucket` (v7's bucket, with legacy inline acl/grants/policy). */
export const BUCKET = "aws:s3/bucket:Bucket";
/** `aws:s3/bucketV2:BucketV2` (deprecated alias of Bucket, still accepted). */
export const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
/** `aws:s3/bucketAcl:BucketAcl`. */
export const BUCKET_ACL = "aws:s3/bucketAcl:BucketAcl";
/** `aws:s3/bucketAclV2:BucketAclV2` (deprecated alias). */
export const BUCKET_ACL_V2 = "aws:s3/bucketAclV2:BucketAclV2";
/** `aws:s3/bucketObject:BucketObject`. */
export const BUCKET_OBJECT = "aws:s3/bucketObject:BucketObject";
/** `aws:s3/bucketObjectv2:BucketObjectv2`. */
export const BUCKET_OBJECT_V2 = "aws:s3/bucketObjectv2:BucketObjectv2";
/** `aws:s3/bucketPolicy:BucketPolicy`. */
export const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
/** `aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock`. */
export const BUCKET_PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
/** `aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock`. */
export const ACCOUNT_PUBLIC_ACCESS_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";

/** The bucket types. */
export const BUCKET_TYPES = [BUCKET, BUCKET_V2];

// @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl — the canned ACLs public-read, public-read-write and authenticated-read grant access to the AllUsers or AuthenticatedUsers groups
/** Canned ACLs that grant access to everyone, or to every AWS account holder. */
export const PUBLIC_CANNED_ACLS = new Set(["public-read", "public-read-write", "authenticated-read"]);

/** The grantee groups that make an ACL grant public. */
export const PUBLIC_GRANTEE_GROUPS: Readonly<Record<string, string>> = {
    allusers: "AllUsers (everyone on the internet)",
    authenticatedusers: "AuthenticatedUsers (anyone with any AWS account)",
};

// @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee-predefined-groups — the predefined groups are http://acs.amazonaws.com/groups/global/AllUsers and .../AuthenticatedUsers (any AWS account)
/** If a grantee URI is a public group (`http://acs.amazonaws.com/groups/global/AllUsers`), its description. */
export function publicGranteeGroup(uri: PropValue): string | undefined {
    const text = asString(uri);
    if (text === undefined || text.length > 512) {
        return undefined;
    }
    const match = /\/groups\/global\/([A-Za-z]+)\/?$/.exec(text.trim());
    return match ? PUBLIC_GRANTEE_GROUPS[match[1].toLowerCase()] : undefined;
}

/** The four public-access-block settings. */
export const PUBLIC_ACCESS_BLOCK_FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/** The settings of a public-access block that are not `true` (unknown ones count as set). */
export function unsetBlockFlags(props: { [key: string]: PropValue }): string[] {
    return PUBLIC_ACCESS_BLOCK_FLAGS.filter((flag) => props[flag] !== true && props[flag] !== "true" && props[flag] !== UNKNOWN);
}

/** The name a bucket is referred to by (`bucket`), when known. */
export function bucketName(bucket: StackResourceView): string | undefined {
    return asString(bucket.props.bucket) ?? asString(bucket.props.id);
}

/**
 * Whether a bucket-settings resource (`bucket` = the bucket's name) points at
 * `bucket`: by name, or, when its `bucket` is not known yet (a preview), by
 * depending on the bucket.
 */
export function refersToBucket(setting: StackResourceView, bucket: StackResourceView): boolean {
    const target = setting.props.bucket;
    const name = bucketName(bucket);
    if (typeof target === "string" && name !== undefined) {
        return target === name;
    }
    return (target === UNKNOWN || name === undefined) && setting.dependencies.includes(bucket.urn);
}

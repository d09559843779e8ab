import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ResolvedLifecycle } from "./trailSettings";

/** What {@link createSecureBucket} needs. */
export interface SecureBucketRequest {
    /** The owning component. */
    parent: pulumi.Resource;
    /** The provider of the bucket's region; omitted, the parent's. */
    provider?: pulumi.ProviderResource;
    /** The logical name prefix of the bucket's resources. */
    name: string;
    /** The physical name prefix (lowercase, at most 37 characters). */
    bucketPrefix: string;
    /** Encrypt with this customer-managed key (SSE-KMS); omitted, SSE-S3 (required for server-access-log targets). */
    kmsKeyArn?: pulumi.Input<string>;
    /** Builds the bucket policy JSON from the bucket's name. */
    policy: (bucketName: pulumi.Output<string>) => pulumi.Output<string>;
    /** The lifecycle of the objects. */
    lifecycle: ResolvedLifecycle;
    /** Let `pulumi destroy` delete a non-empty bucket. */
    forceDestroy: boolean;
    /** Tags for the bucket. */
    tags: Record<string, string>;
}

/** The resources of a secure bucket. */
export interface SecureBucket {
    /** The bucket. */
    bucket: aws.s3.Bucket;
    /** The bucket policy. */
    policy: aws.s3.BucketPolicy;
    /** Every configuration resource; anything that writes to the bucket should depend on them. */
    configuration: pulumi.Resource[];
}

/**
 * Creates a log bucket with every protection in place before anything writes to
 * it: versioning, default encryption, all four public-access blocks, object
 * ownership `BucketOwnerEnforced` (ACLs disabled), the given bucket policy and
 * the lifecycle. Every resource is a child of `parent`.
 */
export function createSecureBucket(request: SecureBucketRequest): SecureBucket {
    const opts = { parent: request.parent, provider: request.provider };
    const bucket = new aws.s3.Bucket(request.name, {
        bucketPrefix: request.bucketPrefix,
        forceDestroy: request.forceDestroy,
        tags: request.tags,
    }, opts);
    const publicAccess = new aws.s3.BucketPublicAccessBlock(`${request.name}-public-access`, {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
    }, opts);
    const ownership = new aws.s3.BucketOwnershipControls(`${request.name}-ownership`, {
        bucket: bucket.id,
        rule: { objectOwnership: "BucketOwnerEnforced" },
    }, opts);
    const versioning = new aws.s3.BucketVersioning(`${request.name}-versioning`, {
        bucket: bucket.id,
        versioningConfiguration: { status: "Enabled" },
    }, opts);
    const encryption = new aws.s3.BucketServerSideEncryptionConfiguration(`${request.name}-encryption`, {
        bucket: bucket.id,
        rules: [{
            applyServerSideEncryptionByDefault: request.kmsKeyArn === undefined
                ? { sseAlgorithm: "AES256" }
                : { sseAlgorithm: "aws:kms", kmsMasterKeyId: request.kmsKeyArn },
            // No S3 Bucket Key: with one, the trail key would have to give CloudTrail
            // kms:Decrypt, and the encryption context would become the bucket ARN
            // instead of each object's (trailKeyPolicy's conditions rely on the
            // object-level CloudTrail context). A trail writes a few hundred objects
            // a day per region, so the KMS requests saved would be worth cents.
            // @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html — an S3 Bucket Key reduces SSE-KMS request traffic from S3 to KMS
            // @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-bucket-key.html — with an S3 Bucket Key the encryption context is the bucket ARN, not the object ARN
            bucketKeyEnabled: false,
        }],
    }, opts);
    const policy = new aws.s3.BucketPolicy(`${request.name}-policy`, {
        bucket: bucket.id,
        policy: request.policy(bucket.id),
    }, { ...opts, dependsOn: [publicAccess, ownership] });
    const { transitionAfterDays, storageClass, expireAfterDays, noncurrentExpireAfterDays } = request.lifecycle;
    const lifecycle = new aws.s3.BucketLifecycleConfiguration(`${request.name}-lifecycle`, {
        bucket: bucket.id,
        rules: [{
            id: "log-retention",
            status: "Enabled",
            filter: { prefix: "" },
            transitions: transitionAfterDays > 0 ? [{ days: transitionAfterDays, storageClass }] : undefined,
            expiration: expireAfterDays > 0 ? { days: expireAfterDays } : undefined,
            noncurrentVersionExpiration: { noncurrentDays: noncurrentExpireAfterDays },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
        }],
    }, { ...opts, dependsOn: [versioning] });
    return { bucket, policy, configuration: [publicAccess, ownership, versioning, encryption, policy, lifecycle] };
}

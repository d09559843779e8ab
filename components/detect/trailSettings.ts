import { GuardrailInputError } from "../documents/errors";
import {
    validateFlag, validateLogGroupName, validateLogRetentionDays, validateOneOf, validateTags, validateTrailName, validateWholeNumber,
} from "../documents/validate";

export { LOG_RETENTION_DAYS } from "../documents/validate";

// @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html — lifecycle rules can transition objects to STANDARD_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER and DEEP_ARCHIVE
/** S3 storage classes old log files may move to. */
export const LogStorageClass = {
    /** S3 Glacier Flexible Retrieval. */
    Glacier: "GLACIER",
    /** S3 Glacier Instant Retrieval. */
    GlacierIr: "GLACIER_IR",
    /** S3 Glacier Deep Archive. */
    DeepArchive: "DEEP_ARCHIVE",
    /** S3 Standard-Infrequent Access. */
    StandardIa: "STANDARD_IA",
    /** S3 Intelligent-Tiering. */
    IntelligentTiering: "INTELLIGENT_TIERING",
} as const;

/** One of `LogStorageClass`. */
export type LogStorageClass = (typeof LogStorageClass)[keyof typeof LogStorageClass];

/** Every `LogStorageClass` value. */
export const LOG_STORAGE_CLASSES: readonly LogStorageClass[] = Object.freeze(Object.values(LogStorageClass));

/** The lifecycle of the log files in the trail bucket (and the access-log bucket). */
export interface TrailLifecycle {
    /** Days after which log files move to `storageClass`; 0 never moves them. Default 90. */
    transitionAfterDays?: number;
    /** The storage class log files move to. Default "GLACIER" (Flexible Retrieval). */
    storageClass?: LogStorageClass;
    /** Days after which log files are deleted; 0 keeps them for ever. Default 730 (two years). */
    expireAfterDays?: number;
    /** Days after which overwritten or deleted versions are removed. Default 90. */
    noncurrentExpireAfterDays?: number;
}

/** @deprecated Renamed `TrailLifecycle`. */
export type TrailLifecycleArgs = TrailLifecycle;

/** The settings of a trail other than its tags; `GuardrailBaseline.trail` takes the same. */
export interface TrailOptions {
    /** The trail's name: 3 to 128 letters, digits, `.`, `_` or `-`, starting with a letter or digit. Default: the component name. */
    trailName?: string;
    /** Make it an organization trail; deploy it in the organization's management account. Default false. */
    organizationTrail?: boolean;
    /** Also log S3 object-level data events for every bucket (billed per event). Default false. */
    s3DataEvents?: boolean;
    /** Also log Lambda invocation data events for every function (billed per event). Default false. */
    lambdaDataEvents?: boolean;
    /** Enable CloudTrail Insights for unusual API call and error rates (billed per event analyzed). Default false. */
    insights?: boolean;
    /** Retention of the CloudWatch Logs copy, in days: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653. Default 365. */
    logRetentionDays?: number;
    /** The CloudWatch Logs group's name. Default `/aws/cloudtrail/<trailName>`. */
    logGroupName?: string;
    /** The lifecycle of the log files. Default: to Glacier after 90 days, deleted after 730. */
    lifecycle?: TrailLifecycle;
    /** Create a second bucket that receives the trail bucket's S3 server access logs. Default true. */
    accessLogBucket?: boolean;
    /** Let `pulumi destroy` delete the buckets with the logs in them. Default false. */
    forceDestroy?: boolean;
    /** Days a deleted KMS key waits before it is destroyed, 7 to 30. Default 30. */
    keyDeletionWindowDays?: number;
}

/** Arguments of AllRegionsTrail. Plain values: every one is validated before anything is created. */
export interface AllRegionsTrailArgs extends TrailOptions {
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

/** The validated lifecycle. */
export interface ResolvedLifecycle {
    /** 0 when log files never move. */
    transitionAfterDays: number;
    /** The target storage class. */
    storageClass: LogStorageClass;
    /** 0 when log files never expire. */
    expireAfterDays: number;
    /** Days before noncurrent versions are removed. */
    noncurrentExpireAfterDays: number;
}

/** The validated settings of an {@link AllRegionsTrail}. */
export interface ResolvedTrailSettings {
    /** The trail name. */
    trailName: string;
    /** Organization trail. */
    organizationTrail: boolean;
    /** S3 data events. */
    s3DataEvents: boolean;
    /** Lambda data events. */
    lambdaDataEvents: boolean;
    /** Insights. */
    insights: boolean;
    /** Log retention in days. */
    logRetentionDays: number;
    /** The log group's name. */
    logGroupName: string;
    /** The lifecycle. */
    lifecycle: ResolvedLifecycle;
    /** Access-log bucket. */
    accessLogBucket: boolean;
    /** Force destroy. */
    forceDestroy: boolean;
    /** Key deletion window. */
    keyDeletionWindowDays: number;
    /** Tags. */
    tags: Record<string, string>;
}

const WHERE = "AllRegionsTrail";
function resolveLifecycle(args: TrailLifecycle | undefined): ResolvedLifecycle {
    const lifecycle = args ?? {};
    const transitionAfterDays = validateWholeNumber(`${WHERE}: lifecycle.transitionAfterDays`, lifecycle.transitionAfterDays, { min: 0, max: 36500, fallback: 90 });
    const storageClass = validateOneOf(`${WHERE}: lifecycle.storageClass`, lifecycle.storageClass, LOG_STORAGE_CLASSES, LogStorageClass.Glacier);
    const expireAfterDays = validateWholeNumber(`${WHERE}: lifecycle.expireAfterDays`, lifecycle.expireAfterDays, { min: 0, max: 36500, fallback: 730 });
    const noncurrentExpireAfterDays = validateWholeNumber(`${WHERE}: lifecycle.noncurrentExpireAfterDays`, lifecycle.noncurrentExpireAfterDays, { min: 1, max: 36500, fallback: 90 });
    if (expireAfterDays > 0 && transitionAfterDays > 0 && expireAfterDays <= transitionAfterDays) {
        throw new GuardrailInputError(`${WHERE}: lifecycle.expireAfterDays ${expireAfterDays} must be greater than transitionAfterDays ${transitionAfterDays}, or 0 to keep log files for ever`);
    }
    return { transitionAfterDays, storageClass, expireAfterDays, noncurrentExpireAfterDays };
}

/** Applies the defaults and validates every setting; throws {@link GuardrailInputError}. */
export function resolveTrailSettings(name: string, args: AllRegionsTrailArgs = {}): ResolvedTrailSettings {
    const trailName = validateTrailName(`${WHERE}: trailName`, args.trailName ?? name);
    const retention = validateLogRetentionDays(`${WHERE}: logRetentionDays`, args.logRetentionDays, 365);
    const logGroupName = validateLogGroupName(`${WHERE}: logGroupName`, args.logGroupName ?? `/aws/cloudtrail/${trailName}`);
    return {
        trailName,
        organizationTrail: validateFlag(`${WHERE}: organizationTrail`, args.organizationTrail, false),
        s3DataEvents: validateFlag(`${WHERE}: s3DataEvents`, args.s3DataEvents, false),
        lambdaDataEvents: validateFlag(`${WHERE}: lambdaDataEvents`, args.lambdaDataEvents, false),
        insights: validateFlag(`${WHERE}: insights`, args.insights, false),
        logRetentionDays: retention,
        logGroupName,
        lifecycle: resolveLifecycle(args.lifecycle),
        accessLogBucket: validateFlag(`${WHERE}: accessLogBucket`, args.accessLogBucket, true),
        forceDestroy: validateFlag(`${WHERE}: forceDestroy`, args.forceDestroy, false),
        keyDeletionWindowDays: validateWholeNumber(`${WHERE}: keyDeletionWindowDays`, args.keyDeletionWindowDays, { min: 7, max: 30, fallback: 30 }),
        tags: validateTags(WHERE, args.tags),
    };
}

// @awsfact https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html — bucket names are 3 to 63 lowercase letters, digits, dots and hyphens
/** The S3 bucket name prefix for a trail: lowercase, at most 37 characters as AWS allows for prefixes. */
export function bucketPrefixFor(trailName: string, suffix: string): string {
    const slug = trailName.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/-+/g, "-").replace(/-$/, "");
    return `${slug.slice(0, 36 - suffix.length - 1)}-${suffix}-`.replace(/-+/g, "-");
}

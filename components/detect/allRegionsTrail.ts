import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { accessLogBucketPolicy, ACCESS_LOG_PREFIX } from "../documents/detect/accessLogBucketPolicy";
import { trailArn as buildTrailArn } from "../documents/detect/arns";
import { cloudTrailLogsPermissions, cloudTrailLogsTrustPolicy } from "../documents/detect/cloudTrailLogsRole";
import { trailBucketPolicy } from "../documents/detect/trailBucketPolicy";
import { trailKeyPolicy } from "../documents/detect/trailKeyPolicy";
import { createSecureBucket } from "./secureBucket";
import { bucketPrefixFor, resolveTrailSettings, type AllRegionsTrailArgs, type ResolvedTrailSettings } from "./trailSettings";
import { withFormerType } from "../common/componentType";


/** The account facts every document of the trail needs, resolved once. */
interface TrailScope {
    partition: string;
    accountId: string;
    region: string;
    trailArn: string;
    organizationId: string | undefined;
}

/** The advanced event selectors for the enabled data events, or undefined for CloudTrail's default (all management events). */
function eventSelectors(settings: ResolvedTrailSettings): aws.types.input.cloudtrail.TrailAdvancedEventSelector[] | undefined {
    if (!settings.s3DataEvents && !settings.lambdaDataEvents) {
        return undefined;
    }
    const selectors: aws.types.input.cloudtrail.TrailAdvancedEventSelector[] = [
        { name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
    ];
    if (settings.s3DataEvents) {
        selectors.push({
            name: "S3 object-level events",
            fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }],
        });
    }
    if (settings.lambdaDataEvents) {
        selectors.push({
            name: "Lambda invocations",
            fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::Lambda::Function"] }],
        });
    }
    return selectors;
}

/**
 * A CloudTrail trail that records every region and the global services, with
 * log file validation, encrypted with its own customer-managed KMS key (rotation
 * on), delivered to a locked-down S3 bucket and to a CloudWatch Logs group (for
 * the CIS alarms).
 *
 * The bucket has versioning, SSE-KMS, all four public-access blocks,
 * `BucketOwnerEnforced`, a policy that denies plain HTTP and lets CloudTrail
 * write only for this trail (`aws:SourceArn`), a lifecycle, and optionally a
 * server-access-log bucket. The key policy lets CloudTrail encrypt only for this
 * trail, the account decrypt, and CloudWatch Logs use it only for the trail's log
 * group. The trail lives in the region of the component's provider.
 */
export class AllRegionsTrail extends pulumi.ComponentResource {
    /** The trail's ARN. */
    readonly trailArn: pulumi.Output<string>;
    /** The trail's name. */
    readonly trailName: string;
    /** The name of the bucket holding the log files. */
    readonly bucketName: pulumi.Output<string>;
    /** The name of the server-access-log bucket, or undefined when disabled. */
    readonly accessLogBucketName: pulumi.Output<string | undefined>;
    /** The CloudWatch Logs group the trail delivers to. */
    readonly logGroupName: pulumi.Output<string>;
    /** The log group's ARN. */
    readonly logGroupArn: pulumi.Output<string>;
    /** The ARN of the key that encrypts the log files and the log group. */
    readonly kmsKeyArn: pulumi.Output<string>;
    /** The trail's home region. */
    readonly region: pulumi.Output<string>;

    constructor(name: string, args: AllRegionsTrailArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const settings = resolveTrailSettings(name, args);
        super("aws-guardrails:index:AllRegionsTrail", name, {}, withFormerType(opts, "aws-guardrails:detect:AllRegionsTrail"));
        const { tags } = settings;

        const invoke = { parent: this };
        const identity = aws.getCallerIdentityOutput({}, invoke);
        const partition = aws.getPartitionOutput({}, invoke);
        const region = aws.getRegionOutput({}, invoke);
        const organizationId: pulumi.Output<string | undefined> = settings.organizationTrail
            ? aws.organizations.getOrganizationOutput({}, invoke).id
            : pulumi.output(undefined);
        const scope: pulumi.Output<TrailScope> = pulumi
            .all([partition.partition, identity.accountId, region.region, organizationId])
            .apply(([p, accountId, r, orgId]) => ({
                partition: p,
                accountId,
                region: r,
                trailArn: buildTrailArn({ partition: p, accountId }, r, settings.trailName),
                organizationId: orgId,
            }));

        const key = new aws.kms.Key(`${name}-key`, {
            description: `Encrypts the log files and the log group of the ${settings.trailName} CloudTrail trail`,
            enableKeyRotation: true,
            deletionWindowInDays: settings.keyDeletionWindowDays,
            policy: scope.apply((s) => JSON.stringify(trailKeyPolicy({ ...s, logGroupName: settings.logGroupName }))),
            tags,
        }, { parent: this });
        new aws.kms.Alias(`${name}-key-alias`, {
            name: `alias/cloudtrail/${settings.trailName}`,
            targetKeyId: key.keyId,
        }, { parent: this });

        const logs = createSecureBucket({
            parent: this,
            name: `${name}-logs`,
            bucketPrefix: bucketPrefixFor(settings.trailName, "trail-logs"),
            kmsKeyArn: key.arn,
            policy: (bucketName) => pulumi.all([scope, bucketName]).apply(([s, bucket]) =>
                JSON.stringify(trailBucketPolicy({
                    partition: s.partition,
                    accountId: s.accountId,
                    bucketName: bucket,
                    trailArn: s.trailArn,
                    organizationId: s.organizationId,
                }))),
            lifecycle: settings.lifecycle,
            forceDestroy: settings.forceDestroy,
            tags,
        });
        let accessLogBucketName: pulumi.Output<string | undefined> = pulumi.output(undefined);
        let accessLogTarget: aws.s3.Bucket | undefined;
        const accessLogConfiguration: pulumi.Resource[] = [];
        if (settings.accessLogBucket) {
            const accessLogs = createSecureBucket({
                parent: this,
                name: `${name}-access-logs`,
                bucketPrefix: bucketPrefixFor(settings.trailName, "access-logs"),
                policy: (logBucketName) => pulumi.all([scope, logBucketName, logs.bucket.id]).apply(([s, logBucket, sourceBucketName]) =>
                    JSON.stringify(accessLogBucketPolicy({
                        partition: s.partition,
                        accountId: s.accountId,
                        logBucketName: logBucket,
                        sourceBucketName,
                    }))),
                lifecycle: settings.lifecycle,
                forceDestroy: settings.forceDestroy,
                tags,
            });
            accessLogTarget = accessLogs.bucket;
            accessLogBucketName = accessLogs.bucket.id;
            accessLogConfiguration.push(...accessLogs.configuration);
        }

        if (accessLogTarget) {
            new aws.s3.BucketLogging(`${name}-logs-access-logging`, {
                bucket: logs.bucket.id,
                targetBucket: accessLogTarget.id,
                targetPrefix: ACCESS_LOG_PREFIX,
            }, { parent: this, dependsOn: accessLogConfiguration });
        }

        const logGroup = new aws.cloudwatch.LogGroup(`${name}-log-group`, {
            name: settings.logGroupName,
            retentionInDays: settings.logRetentionDays,
            kmsKeyId: key.arn,
            tags,
        }, { parent: this });
        const role = new aws.iam.Role(`${name}-logs-delivery`, {
            description: `Lets the ${settings.trailName} trail deliver events to its CloudWatch Logs group`,
            assumeRolePolicy: scope.apply((s) => JSON.stringify(cloudTrailLogsTrustPolicy({ ...s, logGroupName: settings.logGroupName }))),
            tags,
        }, { parent: this });
        const deliveryPolicy = new aws.iam.Policy(`${name}-logs-delivery`, {
            description: `Create log streams and put events in ${settings.logGroupName} only`,
            policy: scope.apply((s) => JSON.stringify(cloudTrailLogsPermissions({ ...s, logGroupName: settings.logGroupName }))),
            tags,
        }, { parent: this });
        const attachment = new aws.iam.RolePolicyAttachment(`${name}-logs-delivery`, {
            role: role.name,
            policyArn: deliveryPolicy.arn,
        }, { parent: this });

        const trail = new aws.cloudtrail.Trail(name, {
            name: settings.trailName,
            s3BucketName: logs.bucket.id,
            kmsKeyId: key.arn,
            isMultiRegionTrail: true,
            includeGlobalServiceEvents: true,
            enableLogFileValidation: true,
            enableLogging: true,
            isOrganizationTrail: settings.organizationTrail,
            cloudWatchLogsGroupArn: pulumi.interpolate`${logGroup.arn}:*`,
            cloudWatchLogsRoleArn: role.arn,
            advancedEventSelectors: eventSelectors(settings),
            insightSelectors: settings.insights
                ? [{ insightType: "ApiCallRateInsight" }, { insightType: "ApiErrorRateInsight" }]
                : undefined,
            tags,
        }, { parent: this, dependsOn: [...logs.configuration, attachment] });

        this.trailName = settings.trailName;
        this.trailArn = trail.arn;
        this.bucketName = logs.bucket.id;
        this.accessLogBucketName = accessLogBucketName;
        this.logGroupName = logGroup.name;
        this.logGroupArn = logGroup.arn;
        this.kmsKeyArn = key.arn;
        this.region = region.region;
        this.registerOutputs({
            trailArn: this.trailArn,
            trailName: this.trailName,
            bucketName: this.bucketName,
            accessLogBucketName: this.accessLogBucketName,
            logGroupName: this.logGroupName,
            logGroupArn: this.logGroupArn,
            kmsKeyArn: this.kmsKeyArn,
            region: this.region,
        });
    }
}

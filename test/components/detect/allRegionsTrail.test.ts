import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { GuardrailInputError } from "../../../components/documents";
import { AllRegionsTrail, type AllRegionsTrailArgs } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, customResources, ISOLATED_PACK_CONFIG, named, ofType, policyOf, TEST_TAGS } from "./support";

const TRAIL = "aws:cloudtrail/trail:Trail";
const BUCKET = "aws:s3/bucket:Bucket";
const KEY = "aws:kms/key:Key";
const ACCOUNT = "123456789012";

function build(args?: AllRegionsTrailArgs, config: Record<string, string> = {}): Promise<MockRun> {
    return runUnderMocks(() => {
        new AllRegionsTrail("audit", args);
    }, { config });
}

describe("AllRegionsTrail", () => {
    let run: MockRun;
    before(async () => {
        run = await build();
    });

    it("records every region and the global services, with log file validation, KMS and CloudWatch Logs", () => {
        const trail = named(run, TRAIL, "audit");
        assert.equal(trail.inputs.name, "audit");
        assert.equal(trail.inputs.isMultiRegionTrail, true);
        assert.equal(trail.inputs.includeGlobalServiceEvents, true);
        assert.equal(trail.inputs.enableLogFileValidation, true);
        assert.equal(trail.inputs.isOrganizationTrail, false);
        const key = named(run, KEY, "audit-key");
        assert.equal(trail.inputs.kmsKeyId, key.analyzerOutputs.arn);
        const logGroup = named(run, "aws:cloudwatch/logGroup:LogGroup", "audit-log-group");
        assert.equal(trail.inputs.cloudWatchLogsGroupArn, `${logGroup.analyzerOutputs.arn}:*`);
        assert.equal(trail.inputs.cloudWatchLogsRoleArn, named(run, "aws:iam/role:Role", "audit-logs-delivery").analyzerOutputs.arn);
        assert.equal(trail.inputs.advancedEventSelectors, undefined);
        assert.equal(trail.inputs.insightSelectors, undefined);
    });

    it("gives the bucket policy the aws:SourceArn of the trail that will exist", () => {
        const trail = named(run, TRAIL, "audit");
        assert.equal(trail.analyzerOutputs.arn, `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/audit`);
        const policy = policyOf(named(run, "aws:s3/bucketPolicy:BucketPolicy", "audit-logs-policy"));
        const sources = policy.Statement
            .filter((s) => s.Sid === "AWSCloudTrailAclCheck" || s.Sid === "AWSCloudTrailWrite")
            .map((s) => (s.Condition as Record<string, Record<string, string>>).StringEquals["aws:SourceArn"]);
        assert.deepEqual(sources, [trail.analyzerOutputs.arn, trail.analyzerOutputs.arn]);
        const bucket = named(run, BUCKET, "audit-logs");
        assert.equal(trail.inputs.s3BucketName, bucket.id);
        assert.equal(policy.Statement[1].Resource, `arn:aws:s3:::${bucket.id}/AWSLogs/${ACCOUNT}/*`);
    });

    it("builds the ARNs from the provider's region", async () => {
        const west = await build({}, { "aws:region": "eu-west-1" });
        const trail = named(west, TRAIL, "audit");
        assert.equal(trail.analyzerOutputs.arn, `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/audit`);
        const key = policyOf(named(west, KEY, "audit-key"));
        const logs = key.Statement.find((s) => s.Sid === "AllowCloudWatchLogsToEncryptTheTrailLogGroup");
        assert.deepEqual(logs?.Principal, { Service: "logs.eu-west-1.amazonaws.com" });
        const encrypt = key.Statement.find((s) => s.Sid === "AllowCloudTrailToEncryptLogs");
        assert.deepEqual((encrypt?.Condition as Record<string, unknown>).StringEquals, { "aws:SourceArn": trail.analyzerOutputs.arn });
    });

    it("uses a customer-managed key with rotation whose policy names CloudTrail, the account and CloudWatch Logs", () => {
        const key = named(run, KEY, "audit-key");
        assert.equal(key.inputs.enableKeyRotation, true);
        assert.equal(key.inputs.deletionWindowInDays, 30);
        const principals = policyOf(key).Statement.map((s) => JSON.stringify(s.Principal));
        assert.deepEqual(principals, [
            JSON.stringify({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
            JSON.stringify({ Service: "cloudtrail.amazonaws.com" }),
            JSON.stringify({ Service: "cloudtrail.amazonaws.com" }),
            JSON.stringify({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
            JSON.stringify({ Service: "logs.us-east-1.amazonaws.com" }),
        ]);
        assert.equal(named(run, "aws:kms/alias:Alias", "audit-key-alias").inputs.name, "alias/cloudtrail/audit");
    });

    it("locks the log bucket down: versioning, SSE-KMS, four public-access blocks, BucketOwnerEnforced, TLS only, lifecycle", () => {
        const bucket = named(run, BUCKET, "audit-logs");
        assert.equal(bucket.inputs.forceDestroy, false);
        assert.match(bucket.id, /^audit-trail-logs-/);
        assert.deepEqual(named(run, "aws:s3/bucketVersioning:BucketVersioning", "audit-logs-versioning").inputs.versioningConfiguration, { status: "Enabled" });
        const sse = named(run, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "audit-logs-encryption");
        assert.deepEqual(sse.inputs.rules, [{
            applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: named(run, KEY, "audit-key").analyzerOutputs.arn },
            bucketKeyEnabled: false,
        }]);
        const pab = named(run, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "audit-logs-public-access").inputs;
        assert.deepEqual([pab.blockPublicAcls, pab.blockPublicPolicy, pab.ignorePublicAcls, pab.restrictPublicBuckets], [true, true, true, true]);
        assert.deepEqual(named(run, "aws:s3/bucketOwnershipControls:BucketOwnershipControls", "audit-logs-ownership").inputs.rule, { objectOwnership: "BucketOwnerEnforced" });
        const deny = policyOf(named(run, "aws:s3/bucketPolicy:BucketPolicy", "audit-logs-policy")).Statement.find((s) => s.Sid === "DenyInsecureTransport");
        assert.deepEqual(deny?.Condition, { Bool: { "aws:SecureTransport": "false" } });
        const lifecycle = named(run, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", "audit-logs-lifecycle");
        assert.deepEqual(lifecycle.inputs.rules, [{
            id: "log-retention",
            status: "Enabled",
            filter: { prefix: "" },
            transitions: [{ days: 90, storageClass: "GLACIER" }],
            expiration: { days: 730 },
            noncurrentVersionExpiration: { noncurrentDays: 90 },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
        }]);
    });

    it("sends the log bucket's access logs to a second locked-down bucket that only accepts them from the log bucket", () => {
        const logBucket = named(run, BUCKET, "audit-logs");
        const accessBucket = named(run, BUCKET, "audit-access-logs");
        const logging = named(run, "aws:s3/bucketLogging:BucketLogging", "audit-logs-access-logging");
        assert.equal(logging.inputs.bucket, logBucket.id);
        assert.equal(logging.inputs.targetBucket, accessBucket.id);
        const policy = policyOf(named(run, "aws:s3/bucketPolicy:BucketPolicy", "audit-access-logs-policy"));
        assert.deepEqual(policy.Statement[0].Condition, {
            ArnLike: { "aws:SourceArn": `arn:aws:s3:::${logBucket.id}` },
            StringEquals: { "aws:SourceAccount": ACCOUNT },
        });
        const sse = named(run, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "audit-access-logs-encryption");
        assert.deepEqual(sse.inputs.rules, [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" }, bucketKeyEnabled: false }]);
    });

    it("keeps a KMS-encrypted log group for 365 days and a delivery role limited to it", () => {
        const logGroup = named(run, "aws:cloudwatch/logGroup:LogGroup", "audit-log-group");
        assert.equal(logGroup.inputs.name, "/aws/cloudtrail/audit");
        assert.equal(logGroup.inputs.retentionInDays, 365);
        assert.equal(logGroup.inputs.kmsKeyId, named(run, KEY, "audit-key").analyzerOutputs.arn);
        const trust = policyOf(named(run, "aws:iam/role:Role", "audit-logs-delivery"), "assumeRolePolicy");
        assert.deepEqual(trust.Statement[0].Principal, { Service: "cloudtrail.amazonaws.com" });
        assert.equal(trust.Statement[0].Condition, undefined, "AWS's documented delivery role has no source conditions");
        const permissions = policyOf(named(run, "aws:iam/policy:Policy", "audit-logs-delivery"));
        assert.deepEqual(permissions.Statement.map((s) => s.Action), ["logs:CreateLogStream", "logs:PutLogEvents"]);
        assert.equal(named(run, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "audit-logs-delivery").inputs.policyArn,
            named(run, "aws:iam/policy:Policy", "audit-logs-delivery").analyzerOutputs.arn);
    });

    it("makes the trail wait for the bucket policy and the delivery role", () => {
        const trail = named(run, TRAIL, "audit");
        const policy = named(run, "aws:s3/bucketPolicy:BucketPolicy", "audit-logs-policy");
        const attachment = named(run, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "audit-logs-delivery");
        assert.ok(trail.dependencies.includes(policy.urn));
        assert.ok(trail.dependencies.includes(attachment.urn));
    });

    it("makes the component the parent of every child", () => {
        const root = assertAllUnder(run, "aws-guardrails:index:AllRegionsTrail");
        for (const resource of customResources(run)) assert.equal(resource.parent, root.urn, resource.name);
    });

    it("exposes the trail ARN, bucket name, log group name and key ARN", async () => {
        let outputs: Record<string, unknown> = {};
        await runUnderMocks(() => {
            const trail = new AllRegionsTrail("audit");
            return { trailArn: trail.trailArn, bucketName: trail.bucketName, logGroupName: trail.logGroupName, kmsKeyArn: trail.kmsKeyArn };
        }).then((r) => { outputs = r.outputs; });
        assert.equal(outputs.trailArn, `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/audit`);
        assert.match(String(outputs.bucketName), /^audit-trail-logs-/);
        assert.equal(outputs.logGroupName, "/aws/cloudtrail/audit");
        assert.match(String(outputs.kmsKeyArn), /^arn:aws:kms:us-east-1:123456789012:key\//);
    });

    describe("options", () => {
        it("makes an organization trail that also lets member accounts' logs in", async () => {
            const org = await build({ organizationTrail: true });
            assert.equal(named(org, TRAIL, "audit").inputs.isOrganizationTrail, true);
            const policy = policyOf(named(org, "aws:s3/bucketPolicy:BucketPolicy", "audit-logs-policy"));
            const write = policy.Statement.find((s) => s.Sid === "AWSCloudTrailOrganizationWrite");
            assert.match(String(write?.Resource), /\/AWSLogs\/o-exampleorgid\/\*$/);
        });

        it("adds S3 and Lambda data events next to all management events, and Insights", async () => {
            const full = await build({ s3DataEvents: true, lambdaDataEvents: true, insights: true });
            const trail = named(full, TRAIL, "audit");
            assert.deepEqual(trail.inputs.advancedEventSelectors, [
                { name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
                { name: "S3 object-level events", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] },
                { name: "Lambda invocations", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::Lambda::Function"] }] },
            ]);
            assert.deepEqual(trail.inputs.insightSelectors, [{ insightType: "ApiCallRateInsight" }, { insightType: "ApiErrorRateInsight" }]);
        });

        it("takes the retention, lifecycle and names it is given, and can skip the access-log bucket", async () => {
            const custom = await build({
                trailName: "org-audit", logRetentionDays: 731, accessLogBucket: false, forceDestroy: true,
                lifecycle: { transitionAfterDays: 0, expireAfterDays: 0, noncurrentExpireAfterDays: 30 },
            });
            assert.equal(named(custom, TRAIL, "audit").inputs.name, "org-audit");
            assert.equal(named(custom, "aws:cloudwatch/logGroup:LogGroup", "audit-log-group").inputs.retentionInDays, 731);
            assert.equal(ofType(custom, BUCKET).length, 1);
            assert.equal(ofType(custom, "aws:s3/bucketLogging:BucketLogging").length, 0);
            const rule = (named(custom, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", "audit-logs-lifecycle").inputs.rules as Record<string, unknown>[])[0];
            assert.equal(rule.transitions, undefined);
            assert.equal(rule.expiration, undefined);
            assert.deepEqual(rule.noncurrentVersionExpiration, { noncurrentDays: 30 });
        });
    });

    describe("input validation", () => {
        const cases: [string, AllRegionsTrailArgs, string][] = [
            ["a retention CloudWatch does not accept", { logRetentionDays: 100 },
                "AllRegionsTrail: logRetentionDays 100 is not allowed; CloudWatch Logs accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653"],
            ["a bad trail name", { trailName: "-bad name" },
                'AllRegionsTrail: trailName "-bad name" is not allowed; expected 3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit, with no two of ". _ -" in a row, and not an IP address'],
            ["a trail name in IP address format", { trailName: "192.168.5.4" },
                'AllRegionsTrail: trailName "192.168.5.4" is not allowed; expected 3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit, with no two of ". _ -" in a row, and not an IP address'],
            ["an expiry before the transition", { lifecycle: { transitionAfterDays: 90, expireAfterDays: 30 } },
                "AllRegionsTrail: lifecycle.expireAfterDays 30 must be greater than transitionAfterDays 90, or 0 to keep log files for ever"],
            ["an unknown storage class", { lifecycle: { storageClass: "REDUCED" as never } },
                'AllRegionsTrail: lifecycle.storageClass "REDUCED" is not allowed; allowed: GLACIER, GLACIER_IR, DEEP_ARCHIVE, STANDARD_IA, INTELLIGENT_TIERING'],
            ["a non-boolean flag", { insights: "yes" as never },
                'AllRegionsTrail: insights must be true or false; got "yes"'],
            ["a short key deletion window", { keyDeletionWindowDays: 3 },
                "AllRegionsTrail: keyDeletionWindowDays 3 is not allowed; expected a whole number from 7 to 30"],
        ];
        for (const [what, args, message] of cases) {
            it(`refuses ${what} before registering anything`, async () => {
                let thrown: unknown;
                const result = await runUnderMocks(() => {
                    try {
                        new AllRegionsTrail("audit", args);
                    } catch (error) {
                        thrown = error;
                    }
                });
                assert.ok(thrown instanceof GuardrailInputError, String(thrown));
                assert.equal(thrown.message, message);
                assert.deepEqual(result.resources.map((r) => r.type), ["pulumi:pulumi:Stack"]);
            });
        }
    });

    it("passes the policy pack with zero violations, with every option on", async () => {
        for (const args of [{}, { organizationTrail: true, s3DataEvents: true, lambdaDataEvents: true, insights: true }]) {
            const { violations } = await checkUnderMocks(() => {
                new AllRegionsTrail("audit", { ...args, tags: TEST_TAGS });
            }, { ...ISOLATED_PACK_CONFIG, "cloudtrail-multi-region-trail-present": {} });
            assert.deepEqual(violations, [], describeViolations(violations));
        }
    });
});

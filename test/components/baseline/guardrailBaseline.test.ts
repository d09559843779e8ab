import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import type { CapturedResource, MockRun, Violation } from "../../../cli/harness";
import { GuardrailBaseline } from "../../../components";
import { DEFAULT_ENABLED_REGIONS, DEFAULT_INSTANCE_CLASSES } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, countByType, descendantsOf, named, ofType, policyOf, regionOf, TEST_TAGS } from "../detect/support";

const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const REGIONS = DEFAULT_ENABLED_REGIONS.length;

/**
 * The default baseline (no arguments but tags), run once under mocks and
 * checked once by the policy pack; every test reads that one run. The
 * variants are in baselineVariants.test.ts, also in one run.
 */
describe("GuardrailBaseline (defaults)", () => {
    let run: MockRun;
    let violations: Violation[];
    let enabledParts: string[] = [];
    before(async () => {
        ({ run, violations } = await checkUnderMocks(() => {
            enabledParts = new GuardrailBaseline("baseline", { tags: TEST_TAGS }).enabledParts;
        }, { "required-tags": { requiredTags: ["owner"] }, "vcpu-alarm-present": { vcpuAlarmRegions: [...DEFAULT_ENABLED_REGIONS] } }));
    });

    it("needs no arguments: every part but the IP fence (which needs CIDRs) is created", () => {
        const components = run.resources.filter((r) => !r.custom && r.type.startsWith("aws-guardrails:")).map((r) => r.type);
        for (const type of [
            "aws-guardrails:index:AccountPasswordPolicy", "aws-guardrails:index:RegionRestrictionGroup", "aws-guardrails:index:MfaRequiredGroup",
            "aws-guardrails:index:AllRegionsTrail", "aws-guardrails:index:CisAlarms", "aws-guardrails:index:BillingAlarm",
            "aws-guardrails:index:InstanceCountAlarms", "aws-guardrails:index:LeakedKeyAlert",
            "aws-guardrails:index:KeyHygiene", "aws-guardrails:index:LeakedKeyResponder",
        ]) {
            assert.ok(components.includes(type), `${type} missing`);
        }
        assert.equal(components.includes("aws-guardrails:index:IpRestrictionGroup"), false);
        assert.deepEqual(enabledParts, [
            "passwordPolicy", "accountPublicAccessBlock", "ebsDefaultEncryption", "regionRestriction", "mfaRequired", "trail", "cisAlarms",
            "billing", "instanceCount", "leakedKey", "keyHygiene", "leakedKeyResponder",
        ]);
    });

    it("creates exactly the resources of the README table", () => {
        const classes = DEFAULT_INSTANCE_CLASSES.length;
        assert.deepEqual(countByType(run.resources), {
            "aws:iam/accountPasswordPolicy:AccountPasswordPolicy": 1,
            "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock": 1,
            "aws:ebs/encryptionByDefault:EncryptionByDefault": 1,
            "aws:iam/group:Group": 2,
            "aws:iam/groupPolicy:GroupPolicy": 2,
            "aws:kms/key:Key": 1 + REGIONS,
            "aws:kms/alias:Alias": 1,
            "aws:s3/bucket:Bucket": 3,
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": 3,
            "aws:s3/bucketOwnershipControls:BucketOwnershipControls": 3,
            "aws:s3/bucketVersioning:BucketVersioning": 3,
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": 3,
            "aws:s3/bucketPolicy:BucketPolicy": 3,
            "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": 3,
            "aws:s3/bucketLogging:BucketLogging": 1,
            "aws:cloudwatch/logGroup:LogGroup": 1 + 2,
            "aws:iam/role:Role": 4,
            "aws:iam/policy:Policy": 2,
            "aws:iam/rolePolicy:RolePolicy": 3,
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment": 2,
            "aws:cloudtrail/trail:Trail": 1,
            "aws:sns/topic:Topic": REGIONS,
            "aws:sns/topicPolicy:TopicPolicy": REGIONS,
            "aws:cloudwatch/logMetricFilter:LogMetricFilter": 16,
            [ALARM]: 15 + 1 + 3 + REGIONS * classes + 2,
            "aws:budgets/budget:Budget": 1,
            "aws:cloudwatch/eventRule:EventRule": 4 + 1 + REGIONS + 2,
            "aws:cloudwatch/eventTarget:EventTarget": 4 + 1 + REGIONS + 2,
            "aws:cfg/recorder:Recorder": REGIONS,
            "aws:cfg/deliveryChannel:DeliveryChannel": REGIONS,
            "aws:cfg/recorderStatus:RecorderStatus": REGIONS,
            "aws:cfg/rule:Rule": 8,
            "aws:guardduty/detector:Detector": REGIONS,
            "aws:accessanalyzer/analyzer:Analyzer": REGIONS + 1,
            "aws:lambda/function:Function": 2,
            "aws:lambda/permission:Permission": 2,
        });
    });

    it("has the resource and registration counts the README states, with and without the key watch and the responder", () => {
        const readme = fs.readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8").replace(/\s+/g, " ");
        const stated = /no arguments; (\d+) cloud resources, (\d+) registrations with components and providers;.*?\(`keyHygiene\.enabled` and `leakedKeyResponder\.enabled` false\) it is (\d+) resources and (\d+) registrations/.exec(readme);
        assert.ok(stated, "the README's sentence about the default baseline's size");
        const cloud = (resources: readonly CapturedResource[]) => Object.values(countByType(resources)).reduce((sum, n) => sum + n, 0);
        // Without them, exactly their components and what is under them disappear (the alert topics are the baseline's).
        const keyWatch = ["aws-guardrails:index:KeyHygiene", "aws-guardrails:index:LeakedKeyResponder"].flatMap((type) => {
            const [root] = ofType(run, type);
            return [root, ...descendantsOf(run, type, root.name)];
        });
        assert.deepEqual(stated.slice(1).map(Number), [
            cloud(run.resources), run.resources.length, cloud(run.resources) - cloud(keyWatch), run.resources.length - keyWatch.length,
        ]);
    });

    it("blocks public S3 access account-wide and turns on EBS default encryption in the home region, through its provider", () => {
        const [block] = ofType(run, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock");
        assert.equal(block.name, "baseline-account-public-access-block");
        assert.deepEqual({ ...block.inputs }, { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
        assert.equal(regionOf(run, block), "us-east-1");
        const [ebs] = ofType(run, "aws:ebs/encryptionByDefault:EncryptionByDefault");
        assert.deepEqual([ebs.inputs.enabled, regionOf(run, ebs)], [true, "us-east-1"]);
    });

    it("shares one alert topic per region, allowing exactly the services that publish there", () => {
        const sids = new Map(ofType(run, "aws:sns/topicPolicy:TopicPolicy").map((t) => [regionOf(run, t), policyOf(t).Statement.map((s) => s.Sid as string)]));
        assert.deepEqual([...sids.keys()].sort(), [...DEFAULT_ENABLED_REGIONS].sort());
        assert.deepEqual(sids.get("us-east-1"), ["AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "AllowEventBridgeRulesOfThisAccount", "AllowBudgetsOfThisAccount", "DenyInsecureTransport"]);
        assert.deepEqual(sids.get("us-west-2"), ["AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "AllowEventBridgeRulesOfThisAccount", "DenyInsecureTransport"]);
        assert.deepEqual(sids.get("eu-west-1"), ["AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "DenyInsecureTransport"]);
    });

    it("makes every alarm and rule notify the topic of its own region; GuardDuty findings travel to the home bus first", () => {
        const topicRegion = new Map(ofType(run, "aws:sns/topic:Topic").map((t) => [t.analyzerOutputs.arn as string, regionOf(run, t)]));
        for (const alarm of ofType(run, ALARM)) {
            const [action] = alarm.inputs.alarmActions as string[];
            assert.equal(topicRegion.get(action), regionOf(run, alarm) ?? "us-east-1", alarm.name);
        }
        for (const target of ofType(run, "aws:cloudwatch/eventTarget:EventTarget")) {
            const arn = String(target.inputs.arn);
            if (arn.includes(":sns:")) assert.equal(topicRegion.get(arn), regionOf(run, target), target.name);
            else if (arn.includes(":events:")) assert.equal(arn, "arn:aws:events:us-east-1:123456789012:event-bus/default", target.name);
            else assert.match(arn, new RegExp(`^arn:aws:lambda:${regionOf(run, target)}:123456789012:function:`), target.name);
        }
    });

    it("puts the trail, the CIS alarms and the key rules in the home region through an explicit provider", () => {
        const trail = named(run, "aws:cloudtrail/trail:Trail", "baseline-trail");
        assert.equal(regionOf(run, trail), "us-east-1");
        assert.equal(trail.analyzerOutputs.arn, "arn:aws:cloudtrail:us-east-1:123456789012:trail/baseline-trail");
        for (const filter of ofType(run, "aws:cloudwatch/logMetricFilter:LogMetricFilter")) {
            assert.deepEqual([filter.inputs.logGroupName, regionOf(run, filter)], ["/aws/cloudtrail/baseline-trail", "us-east-1"]);
        }
        for (const rule of ofType(run, "aws:cfg/rule:Rule")) assert.equal(regionOf(run, rule), "us-east-1", rule.name);
    });

    it("treats only the home region as in use by default: 64 vCPUs there, 0 everywhere else", () => {
        for (const alarm of ofType(run, ALARM).filter((a) => a.inputs.namespace === "AWS/Usage")) {
            assert.equal(alarm.inputs.threshold, regionOf(run, alarm) === "us-east-1" ? 64 : 0, alarm.name);
        }
        const fence = named(run, "aws:iam/groupPolicy:GroupPolicy", "baseline-region-fence");
        assert.deepEqual(policyOf(fence).Statement[0].Condition, { StringNotEquals: { "aws:RequestedRegion": ["us-east-1"] } });
    });

    it("deactivates leaked keys by default, reporting to the topic of each function's region and searching every watched region", () => {
        for (const region of ["us-east-1", "us-west-2"]) {
            const fn = named(run, "aws:lambda/function:Function", `baseline-leaked-key-responder-${region}`);
            const variables = (fn.inputs.environment as { variables: Record<string, string> }).variables;
            const topic = ofType(run, "aws:sns/topic:Topic").find((t) => regionOf(run, t) === region);
            assert.deepEqual([variables.DRY_RUN, variables.ALERT_TOPIC_ARN], ["false", topic?.analyzerOutputs.arn]);
            assert.equal(variables.LOOKUP_REGIONS.split(",").length, REGIONS);
        }
        assert.equal(ofType(run, "aws:cloudwatch/eventRule:EventRule").some((r) => r.name.includes("guardduty-findings")), false, "the GuardDuty trigger is opt-in");
    });

    it("parents everything to the baseline and passes the policy pack with zero violations at every level", () => {
        assertAllUnder(run, "aws-guardrails:index:GuardrailBaseline");
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { GuardrailBaseline, planBaseline } from "../../../components";
import { DEFAULT_ENABLED_REGIONS, DEFAULT_INSTANCE_CLASSES } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, named, ofType, policyOf, regionOf } from "../detect/support";

const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

/** Counts the cloud resources (not components, not providers) of each type. */
function countByType(run: MockRun): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const resource of run.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))) {
        counts[resource.type] = (counts[resource.type] ?? 0) + 1;
    }
    return counts;
}

describe("GuardrailBaseline", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            new GuardrailBaseline("baseline");
        });
    });

    it("needs no arguments: every part but the IP fence (which needs CIDRs) is created", () => {
        const components = run.resources.filter((r) => !r.custom && r.type.startsWith("aws-guardrails:")).map((r) => r.type);
        for (const type of [
            "aws-guardrails:iam:AccountPasswordPolicy", "aws-guardrails:iam:RegionRestrictionGroup", "aws-guardrails:iam:MfaRequiredGroup",
            "aws-guardrails:detect:AllRegionsTrail", "aws-guardrails:detect:CisAlarms", "aws-guardrails:detect:BillingAlarm",
            "aws-guardrails:detect:InstanceCountAlarms", "aws-guardrails:detect:LeakedKeyAlert",
        ]) {
            assert.ok(components.includes(type), `${type} missing`);
        }
        assert.equal(components.includes("aws-guardrails:iam:IpRestrictionGroup"), false);
    });

    it("creates exactly the resources of the README table", () => {
        const classes = DEFAULT_INSTANCE_CLASSES.length;
        assert.deepEqual(countByType(run), {
            "aws:iam/accountPasswordPolicy:AccountPasswordPolicy": 1,
            "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock": 1,
            "aws:ebs/encryptionByDefault:EncryptionByDefault": 1,
            "aws:iam/group:Group": 2,
            "aws:iam/groupPolicy:GroupPolicy": 2,
            "aws:kms/key:Key": 1 + 17,
            "aws:kms/alias:Alias": 1,
            "aws:s3/bucket:Bucket": 2,
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": 2,
            "aws:s3/bucketOwnershipControls:BucketOwnershipControls": 2,
            "aws:s3/bucketVersioning:BucketVersioning": 2,
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": 2,
            "aws:s3/bucketPolicy:BucketPolicy": 2,
            "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": 2,
            "aws:s3/bucketLogging:BucketLogging": 1,
            "aws:cloudwatch/logGroup:LogGroup": 1,
            "aws:iam/role:Role": 1,
            "aws:iam/policy:Policy": 1,
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment": 1,
            "aws:cloudtrail/trail:Trail": 1,
            "aws:sns/topic:Topic": 17,
            "aws:sns/topicPolicy:TopicPolicy": 17,
            "aws:cloudwatch/logMetricFilter:LogMetricFilter": 15,
            [ALARM]: 15 + 3 + 17 * classes,
            "aws:budgets/budget:Budget": 1,
            "aws:cloudwatch/eventRule:EventRule": 4,
            "aws:cloudwatch/eventTarget:EventTarget": 4,
        });
    });

    it("blocks public S3 access account-wide and turns on EBS default encryption in the home region, through its provider", () => {
        const blocks = ofType(run, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock");
        assert.equal(blocks.length, 1);
        assert.equal(blocks[0].name, "baseline-account-public-access-block");
        assert.deepEqual(
            { ...blocks[0].inputs },
            { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
        );
        assert.equal(regionOf(run, blocks[0]), "us-east-1");
        const ebs = ofType(run, "aws:ebs/encryptionByDefault:EncryptionByDefault");
        assert.equal(ebs.length, 1);
        assert.equal(ebs[0].inputs.enabled, true);
        assert.equal(regionOf(run, ebs[0]), "us-east-1");
    });

    it("turns on EBS default encryption in every allowed region, each through that region's provider", async () => {
        const multi = await runUnderMocks(() => {
            new GuardrailBaseline("multi", { homeRegion: "eu-west-1", allowedRegions: ["eu-west-1", "eu-south-1", "us-east-1"] });
        });
        const ebs = ofType(multi, "aws:ebs/encryptionByDefault:EncryptionByDefault");
        assert.deepEqual(ebs.map((e) => [e.name, regionOf(multi, e), e.inputs.enabled]).sort(), [
            ["multi-ebs-default-encryption-eu-south-1", "eu-south-1", true],
            ["multi-ebs-default-encryption-eu-west-1", "eu-west-1", true],
            ["multi-ebs-default-encryption-us-east-1", "us-east-1", true],
        ]);
        for (const resource of ebs) {
            const provider = multi.resources.find((r) => r.urn === resource.provider);
            assert.equal(provider?.type, "pulumi:providers:aws", resource.name);
        }
        const [block] = ofType(multi, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock");
        assert.equal(regionOf(multi, block), "eu-west-1", "the block goes through the home region's provider");
    });

    it("turns the account public access block and EBS default encryption off on their own", async () => {
        const noBlock = await runUnderMocks(() => {
            new GuardrailBaseline("noblock", { accountPublicAccessBlock: { enabled: false } });
        });
        assert.equal(ofType(noBlock, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock").length, 0);
        assert.equal(ofType(noBlock, "aws:ebs/encryptionByDefault:EncryptionByDefault").length, 1);
        const noEbs = await runUnderMocks(() => {
            new GuardrailBaseline("noebs", { ebsDefaultEncryption: { enabled: false } });
        });
        assert.equal(ofType(noEbs, "aws:ebs/encryptionByDefault:EncryptionByDefault").length, 0);
        assert.equal(ofType(noEbs, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock").length, 1);
        const plan = planBaseline("p", { accountPublicAccessBlock: { enabled: false } });
        assert.equal(plan.enabled.accountPublicAccessBlock, false);
        assert.equal(plan.enabled.ebsDefaultEncryption, true);
    });

    it("lists the new parts in enabledParts", async () => {
        let parts: string[] = [];
        await runUnderMocks(() => {
            parts = new GuardrailBaseline("parts").enabledParts;
        });
        assert.ok(parts.includes("accountPublicAccessBlock"));
        assert.ok(parts.includes("ebsDefaultEncryption"));
        await runUnderMocks(() => {
            parts = new GuardrailBaseline("parts", { accountPublicAccessBlock: { enabled: false }, ebsDefaultEncryption: { enabled: false } }).enabledParts;
        });
        assert.equal(parts.includes("accountPublicAccessBlock"), false);
        assert.equal(parts.includes("ebsDefaultEncryption"), false);
    });

    it("shares one alert topic per region, allowing exactly the services that publish there", () => {
        const topics = ofType(run, "aws:sns/topicPolicy:TopicPolicy");
        const sids = new Map(topics.map((t) => [regionOf(run, t), policyOf(t).Statement.map((s) => s.Sid as string)]));
        assert.deepEqual([...sids.keys()].sort(), [...DEFAULT_ENABLED_REGIONS].sort());
        assert.deepEqual(sids.get("us-east-1"), ["AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "AllowEventBridgeRulesOfThisAccount", "AllowBudgetsOfThisAccount", "DenyInsecureTransport"]);
        assert.deepEqual(sids.get("us-west-2"), ["AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "AllowEventBridgeRulesOfThisAccount", "DenyInsecureTransport"]);
        assert.deepEqual(sids.get("eu-west-1"), ["AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "DenyInsecureTransport"]);
    });

    it("makes every alarm and rule notify the topic of its own region", () => {
        const topicRegion = new Map(ofType(run, "aws:sns/topic:Topic").map((t) => [t.analyzerOutputs.arn as string, regionOf(run, t)]));
        for (const alarm of ofType(run, ALARM)) {
            const [action] = alarm.inputs.alarmActions as string[];
            assert.equal(topicRegion.get(action), regionOf(run, alarm) ?? "us-east-1", alarm.name);
        }
        for (const target of ofType(run, "aws:cloudwatch/eventTarget:EventTarget")) {
            assert.equal(topicRegion.get(target.inputs.arn as string), regionOf(run, target));
        }
    });

    it("puts the trail and the CIS alarms in the home region through an explicit provider", () => {
        const trail = named(run, "aws:cloudtrail/trail:Trail", "baseline-trail");
        assert.equal(regionOf(run, trail), "us-east-1");
        assert.equal(trail.analyzerOutputs.arn, "arn:aws:cloudtrail:us-east-1:123456789012:trail/baseline-trail");
        for (const filter of ofType(run, "aws:cloudwatch/logMetricFilter:LogMetricFilter")) {
            assert.equal(filter.inputs.logGroupName, "/aws/cloudtrail/baseline-trail");
            assert.equal(regionOf(run, filter), "us-east-1");
        }
    });

    it("treats only the home region as in use by default: 64 vCPUs there, 0 everywhere else", () => {
        for (const alarm of ofType(run, ALARM).filter((a) => a.inputs.namespace === "AWS/Usage")) {
            assert.equal(alarm.inputs.threshold, regionOf(run, alarm) === "us-east-1" ? 64 : 0, alarm.name);
        }
        const fence = named(run, "aws:iam/groupPolicy:GroupPolicy", "baseline-region-fence");
        assert.deepEqual(policyOf(fence).Statement[0].Condition, { StringNotEquals: { "aws:RequestedRegion": ["us-east-1"] } });
    });

    it("follows homeRegion, allowedRegions and allowedCidrs", async () => {
        const custom = await runUnderMocks(() => {
            new GuardrailBaseline("acct", {
                homeRegion: "eu-west-1",
                allowedRegions: ["eu-west-1", "eu-south-1"],
                allowedCidrs: ["203.0.113.0/24"],
                alertEmails: ["security@example.com"],
                instanceCount: { vcpuCeiling: 16, instanceClasses: ["Standard/OnDemand"] },
            });
        });
        assert.equal(regionOf(custom, named(custom, "aws:cloudtrail/trail:Trail", "acct-trail")), "eu-west-1");
        const vcpu = ofType(custom, ALARM).filter((a) => a.inputs.namespace === "AWS/Usage");
        assert.equal(vcpu.length, 18, "17 default regions plus the opt-in eu-south-1");
        for (const alarm of vcpu) {
            assert.equal(alarm.inputs.threshold, ["eu-west-1", "eu-south-1"].includes(regionOf(custom, alarm) ?? "") ? 16 : 0);
        }
        const ip = named(custom, "aws:iam/groupPolicy:GroupPolicy", "acct-ip-fence");
        assert.match(String(ip.inputs.policy), /203\.0\.113\.0\/24/);
        const emails = ofType(custom, "aws:sns/topicSubscription:TopicSubscription");
        assert.equal(emails.length, 18, "one confirmation per regional topic");
    });

    it("turns each part off on its own", async () => {
        const lean = await runUnderMocks(() => {
            new GuardrailBaseline("lean", {
                accountPublicAccessBlock: { enabled: false }, ebsDefaultEncryption: { enabled: false }, regionRestriction: { enabled: false }, mfaRequired: { enabled: false }, trail: { enabled: false },
                cisAlarms: { enabled: false }, billing: { enabled: false }, instanceCount: { enabled: false }, leakedKey: { enabled: false },
            });
        });
        assert.deepEqual(countByType(lean), { "aws:iam/accountPasswordPolicy:AccountPasswordPolicy": 1 });
        const none = await runUnderMocks(() => {
            new GuardrailBaseline("none", { passwordPolicy: { enabled: false }, accountPublicAccessBlock: { enabled: false }, ebsDefaultEncryption: { enabled: false }, leakedKey: { regions: ["us-east-1"], rootActivity: false }, instanceCount: { enabled: false }, billing: { enabled: false }, trail: { enabled: false }, cisAlarms: { enabled: false }, regionRestriction: { enabled: false }, mfaRequired: { enabled: false } });
        });
        assert.deepEqual(Object.keys(countByType(none)).sort(), [
            "aws:cloudwatch/eventRule:EventRule", "aws:cloudwatch/eventTarget:EventTarget", "aws:kms/key:Key", "aws:sns/topic:Topic", "aws:sns/topicPolicy:TopicPolicy",
        ]);
    });

    it("plans the shared topics from the enabled parts", () => {
        const plan = planBaseline("b", { homeRegion: "eu-central-1", instanceCount: { enabled: false }, billing: { budget: { enabled: false } } });
        assert.deepEqual([...plan.topics.entries()], [
            ["eu-central-1", ["cloudwatch"]],
            ["us-east-1", ["cloudwatch", "events"]],
            ["us-west-2", ["events"]],
        ]);
    });

    it("validates every part before registering anything", async () => {
        await assertRefused(() => new GuardrailBaseline("b", { homeRegion: "us-east-7" }),
            'GuardrailBaseline: homeRegion: "us-east-7" is not a known AWS commercial region; did you mean "us-east-1"? known regions: af-south-1, ap-east-1, ap-east-2, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-south-2, ap-southeast-1, ap-southeast-2, ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-southeast-6, ap-southeast-7, ca-central-1, ca-west-1, eu-central-1, eu-central-2, eu-north-1, eu-south-1, eu-south-2, eu-west-1, eu-west-2, eu-west-3, il-central-1, me-central-1, me-south-1, mx-central-1, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2');
        await assertRefused(() => new GuardrailBaseline("b", { ipRestriction: { enabled: true } }),
            'GuardrailBaseline: ipRestriction is enabled but allowedCidrs is empty and no allowedVpcEndpoints or allowedVpcs are given, so every request of its members would be denied; give allowedCidrs like ["203.0.113.0/24"] or set ipRestriction.enabled to false');
        await assertRefused(() => new GuardrailBaseline("b", { trail: { logRetentionDays: 2 } }),
            "GuardrailBaseline: trail: AllRegionsTrail: logRetentionDays 2 is not allowed; CloudWatch Logs accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653");
        await assertRefused(() => new GuardrailBaseline("b", { billing: { thresholds: [0] } }),
            "GuardrailBaseline: billing: BillingAlarm: threshold 0 is not allowed; expected a number greater than 0");
        await assertRefused(() => new GuardrailBaseline("b", { trail: { enabled: false } }),
            "GuardrailBaseline: cisAlarms needs the trail's log group: enable the trail, or give cisAlarms.logGroupName, or set cisAlarms.enabled to false");
        await assertRefused(() => new GuardrailBaseline("b", { passwordPolicy: { minimumPasswordLength: 8 } }),
            "GuardrailBaseline: passwordPolicy: AccountPasswordPolicy: minimumPasswordLength 8 is not allowed; expected a whole number from 14 to 128 (AWS allows 6, but CIS AWS Foundations 2.8 requires at least 14)");
        await assertRefused(() => new GuardrailBaseline("b", { allowedCidrs: ["0.0.0.0/0"] }),
            await messageOf(() => planBaseline("b", { allowedCidrs: ["0.0.0.0/0"] })));
    });

    it("parents everything to the baseline and passes the policy pack with zero violations at every level", async () => {
        const { run: checked, violations } = await checkUnderMocks(() => {
            new GuardrailBaseline("baseline", {
                allowedRegions: ["us-east-1", "eu-west-1"],
                allowedCidrs: ["203.0.113.0/24"],
                alertEmails: ["security@example.com"],
                tags: { owner: "security-team" },
            });
        }, { "required-tags": { requiredTags: ["owner"] }, "vcpu-alarm-present": { vcpuAlarmRegions: [...DEFAULT_ENABLED_REGIONS] } });
        assertAllUnder(checked, "aws-guardrails:index:GuardrailBaseline");
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

async function messageOf(body: () => unknown): Promise<string> {
    try {
        body();
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error("expected an error");
}

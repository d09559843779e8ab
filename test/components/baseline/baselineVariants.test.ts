import assert from "node:assert/strict";
import { analyzeRun, runUnderMocks, type CapturedResource, type MockRun } from "../../../cli/harness";
import { GuardrailBaseline, planBaseline, type GuardrailBaselineArgs } from "../../../components";
import { DEFAULT_ENABLED_REGIONS } from "../../../components/detect";
import { describeViolations } from "../../support/mockedCheck";
import { configurePack } from "../../support/pack";
import { assertRefused, countByType, descendantsOf, regionOf } from "../detect/support";

const TYPE = "aws-guardrails:index:GuardrailBaseline";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const OFF = { enabled: false };
const ALL_OFF: GuardrailBaselineArgs = {
    accountPublicAccessBlock: OFF, ebsDefaultEncryption: OFF, regionRestriction: OFF, mfaRequired: OFF, trail: OFF, cisAlarms: OFF,
    billing: OFF, instanceCount: OFF, leakedKey: OFF, keyHygiene: OFF, leakedKeyResponder: OFF,
};

const ON = { enabled: true };

/**
 * Every variant, built in one mocked run (one Pulumi program with several
 * baselines); each test reads its own baseline's resources. Only `acct` is
 * complete; the others turn off what they do not test, to keep the run short.
 */
const VARIANTS: Record<string, GuardrailBaselineArgs> = {
    multi: { ...ALL_OFF, ebsDefaultEncryption: ON, accountPublicAccessBlock: ON, homeRegion: "eu-west-1", allowedRegions: ["eu-west-1", "eu-south-1", "us-east-1"] },
    noblock: { ...ALL_OFF, ebsDefaultEncryption: ON },
    noebs: { ...ALL_OFF, accountPublicAccessBlock: ON },
    acct: {
        homeRegion: "eu-west-1", allowedRegions: ["eu-west-1", "eu-south-1"], allowedCidrs: ["203.0.113.0/24"], alertEmails: ["security@example.com"],
        tags: { owner: "security-team" }, instanceCount: { vcpuCeiling: 16, instanceClasses: ["Standard/OnDemand"] },
        leakedKeyResponder: { dryRun: true, allowListedUsers: ["canary-tokens"], guardDutyFindings: { enabled: true } },
        keyHygiene: { config: { autoRemediation: true } },
    },
    lean: { ...ALL_OFF },
    none: { ...ALL_OFF, passwordPolicy: OFF, leakedKey: { regions: ["us-east-1"], rootActivity: false } },
    onlyanalyzer: { ...ALL_OFF, passwordPolicy: OFF, keyHygiene: { config: OFF, guardDuty: OFF } },
};

describe("GuardrailBaseline (variants, one run)", () => {
    let run: MockRun;
    const parts: Record<string, string[]> = {};
    const of = (name: string): CapturedResource[] => descendantsOf(run, TYPE, name);
    const ofTypeIn = (name: string, type: string) => of(name).filter((r) => r.type === type);
    before(async () => {
        run = await runUnderMocks(() => {
            for (const [name, args] of Object.entries(VARIANTS)) parts[name] = new GuardrailBaseline(name, args).enabledParts;
        }, { project: "test", stack: "dev" });
    });

    it("turns on EBS default encryption in every allowed region, each through that region's provider", () => {
        const ebs = ofTypeIn("multi", "aws:ebs/encryptionByDefault:EncryptionByDefault");
        assert.deepEqual(ebs.map((e) => [e.name, regionOf(run, e), e.inputs.enabled]).sort(), [
            ["multi-ebs-default-encryption-eu-south-1", "eu-south-1", true],
            ["multi-ebs-default-encryption-eu-west-1", "eu-west-1", true],
            ["multi-ebs-default-encryption-us-east-1", "us-east-1", true],
        ]);
        const [block] = ofTypeIn("multi", "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock");
        assert.equal(regionOf(run, block), "eu-west-1", "the block goes through the home region's provider");
    });

    it("turns the account public access block and EBS default encryption off on their own, and lists what it created", () => {
        assert.equal(ofTypeIn("noblock", "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock").length, 0);
        assert.equal(ofTypeIn("noblock", "aws:ebs/encryptionByDefault:EncryptionByDefault").length, 1);
        assert.equal(ofTypeIn("noebs", "aws:ebs/encryptionByDefault:EncryptionByDefault").length, 0);
        assert.equal(ofTypeIn("noebs", "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock").length, 1);
        assert.equal(parts.noblock.includes("accountPublicAccessBlock"), false);
        assert.equal(parts.noebs.includes("ebsDefaultEncryption"), false);
        assert.deepEqual(parts.lean, ["passwordPolicy"]);
    });

    it("follows homeRegion, allowedRegions and allowedCidrs", () => {
        assert.equal(regionOf(run, ofTypeIn("acct", "aws:cloudtrail/trail:Trail")[0]), "eu-west-1");
        const vcpu = ofTypeIn("acct", ALARM).filter((a) => a.inputs.namespace === "AWS/Usage");
        assert.equal(vcpu.length, 18, "17 default regions plus the opt-in eu-south-1");
        for (const alarm of vcpu) {
            assert.equal(alarm.inputs.threshold, ["eu-west-1", "eu-south-1"].includes(regionOf(run, alarm) ?? "") ? 16 : 0);
        }
        assert.match(String(ofTypeIn("acct", "aws:iam/groupPolicy:GroupPolicy").find((p) => p.name === "acct-ip-fence")?.inputs.policy), /203\.0\.113\.0\/24/);
        assert.equal(ofTypeIn("acct", "aws:sns/topicSubscription:TopicSubscription").length, 18, "one confirmation per regional topic");
        assert.equal(ofTypeIn("acct", "aws:guardduty/detector:Detector").length, 18, "GuardDuty watches the opt-in allowed region too");
        assert.equal(regionOf(run, ofTypeIn("acct", "aws:cfg/rule:Rule")[0]), "eu-west-1");
    });

    it("passes the responder's options through: dry run, allow-list, GuardDuty findings in the home region", () => {
        const functions = ofTypeIn("acct", "aws:lambda/function:Function");
        assert.deepEqual(functions.map((f) => regionOf(run, f)).sort(), ["eu-west-1", "us-east-1", "us-west-2"]);
        for (const fn of functions) {
            const variables = (fn.inputs.environment as { variables: Record<string, string> }).variables;
            assert.deepEqual([variables.DRY_RUN, variables.ALLOW_LISTED_USERS], ["true", "canary-tokens"]);
        }
        const findings = of("acct").find((r) => r.name === "acct-leaked-key-responder-eu-west-1-guardduty-findings" && r.type === "aws:cloudwatch/eventRule:EventRule");
        assert.ok(findings);
        assert.equal(ofTypeIn("acct", "aws:cfg/remediationConfiguration:RemediationConfiguration").length, 1);
    });

    it("turns each part off on its own", () => {
        assert.deepEqual(countByType(of("lean")), { "aws:iam/accountPasswordPolicy:AccountPasswordPolicy": 1 });
        assert.deepEqual(Object.keys(countByType(of("none"))).sort(), [
            "aws:cloudwatch/eventRule:EventRule", "aws:cloudwatch/eventTarget:EventTarget", "aws:kms/key:Key", "aws:sns/topic:Topic", "aws:sns/topicPolicy:TopicPolicy",
        ]);
        assert.deepEqual(countByType(of("onlyanalyzer")), { "aws:accessanalyzer/analyzer:Analyzer": DEFAULT_ENABLED_REGIONS.length + 1 }, "no topic without a publisher");
    });

    it("passes the policy pack with zero violations with CIDRs, e-mails, opt-in regions and every option on", async () => {
        const stack = run.resources.filter((r) => r.type === "pulumi:pulumi:Stack");
        const acct = [...run.resources.filter((r) => r.type === TYPE && r.name === "acct"), ...of("acct")];
        const client = await configurePack({ "required-tags": { requiredTags: ["owner"] }, "vcpu-alarm-present": { vcpuAlarmRegions: [...DEFAULT_ENABLED_REGIONS] } });
        const violations = await analyzeRun(client, { ...run, resources: [...stack, ...acct] }, { stack: "dev", project: "test" });
        assert.deepEqual(violations, [], describeViolations(violations));
    });

    it("plans the shared topics from the enabled parts", () => {
        const plan = planBaseline("b", { homeRegion: "eu-central-1", instanceCount: OFF, billing: { budget: OFF } });
        assert.deepEqual([...plan.topics.entries()], [
            ["eu-central-1", ["cloudwatch", "events"]],
            ["us-east-1", ["cloudwatch", "events"]],
            ["us-west-2", ["events"]],
        ]);
        const responderOnly = planBaseline("b", { ...ALL_OFF, leakedKeyResponder: {} });
        assert.deepEqual([...responderOnly.topics.entries()], [["us-east-1", []], ["us-west-2", []]], "the responder's regions get a topic no service publishes to");
    });

    it("validates every part before registering anything", async () => {
        const refused = (args: GuardrailBaselineArgs) => assert.throws(() => planBaseline("b", args), { name: "GuardrailInputError" });
        await assertRefused(() => new GuardrailBaseline("b", { homeRegion: "us-east-7" }), messageOf(() => planBaseline("b", { homeRegion: "us-east-7" })));
        assert.throws(() => planBaseline("b", { ipRestriction: { enabled: true } }), {
            message: 'GuardrailBaseline: ipRestriction is enabled but allowedCidrs is empty and no allowedVpcEndpoints or allowedVpcs are given, so every request of its members would be denied; give allowedCidrs like ["203.0.113.0/24"] or set ipRestriction.enabled to false',
        });
        assert.throws(() => planBaseline("b", { trail: { logRetentionDays: 2 } }), { message: /^GuardrailBaseline: trail: AllRegionsTrail: logRetentionDays 2 is not allowed/ });
        assert.throws(() => planBaseline("b", { billing: { thresholds: [0] } }), { message: "GuardrailBaseline: billing: BillingAlarm: threshold 0 is not allowed; expected a number greater than 0" });
        assert.throws(() => planBaseline("b", { trail: OFF }), { message: "GuardrailBaseline: cisAlarms needs the trail's log group: enable the trail, or give cisAlarms.logGroupName, or set cisAlarms.enabled to false" });
        assert.throws(() => planBaseline("b", { passwordPolicy: { minimumPasswordLength: 8 } }), { message: /^GuardrailBaseline: passwordPolicy: AccountPasswordPolicy: minimumPasswordLength 8 is not allowed/ });
        assert.throws(() => planBaseline("b", { homeRegion: "il-central-1" }), { message: /^GuardrailBaseline: keyHygiene: KeyHygiene: homeRegion "il-central-1" cannot record IAM users/ });
        assert.throws(() => planBaseline("b", { leakedKeyResponder: { allowListedKeyIds: ["nope"] } }), { message: /^GuardrailBaseline: leakedKeyResponder: LeakedKeyResponder: allowListedKeyIds: "nope" is not a long-term access key id/ });
        refused({ allowedCidrs: ["0.0.0.0/0"] });
        refused({ keyHygiene: { guardDuty: { minimumSeverity: 0 } } });
    });
});

function messageOf(body: () => unknown): string {
    try {
        body();
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error("expected an error");
}

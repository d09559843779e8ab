import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { DEFAULT_ENABLED_REGIONS, KeyHygiene } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import {
    assertAllUnder, assertRefused, countByType, descendantsOf, ISOLATED_PACK_CONFIG, named, ofType, policyOf, regionOf, TEST_TAGS,
} from "./support";

const TYPE = "aws-guardrails:index:KeyHygiene";
const RULE = "aws:cloudwatch/eventRule:EventRule";
const TARGET = "aws:cloudwatch/eventTarget:EventTarget";

describe("KeyHygiene", () => {
    let run: MockRun;
    let violations: Awaited<ReturnType<typeof checkUnderMocks>>["violations"];
    before(async () => {
        ({ run, violations } = await checkUnderMocks(() => {
            new KeyHygiene("kh", { emails: ["security@example.com"], tags: TEST_TAGS, config: { autoRemediation: true } });
        }, ISOLATED_PACK_CONFIG));
    });

    it("records every region, with the global IAM types in the home region only, each through its own provider", () => {
        const recorders = ofType(run, "aws:cfg/recorder:Recorder");
        assert.deepEqual(recorders.map((r) => regionOf(run, r)).sort(), [...DEFAULT_ENABLED_REGIONS].sort());
        for (const recorder of recorders) {
            assert.deepEqual(recorder.inputs.recordingGroup, { allSupported: true, includeGlobalResourceTypes: regionOf(run, recorder) === "us-east-1" });
            assert.equal(recorder.inputs.roleArn, named(run, "aws:iam/role:Role", "kh-config").analyzerOutputs.arn);
        }
        const bucket = named(run, "aws:s3/bucket:Bucket", "kh-config");
        assert.equal(regionOf(run, bucket), "us-east-1");
        for (const channel of ofType(run, "aws:cfg/deliveryChannel:DeliveryChannel")) {
            assert.equal(channel.inputs.s3BucketName, bucket.id);
        }
        assert.equal(ofType(run, "aws:cfg/recorderStatus:RecorderStatus").every((s) => s.inputs.isEnabled === true), true);
        const encryption = named(run, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "kh-config-encryption");
        assert.deepEqual((encryption.inputs.rules as { applyServerSideEncryptionByDefault: unknown }[])[0].applyServerSideEncryptionByDefault, { sseAlgorithm: "AES256" });
        assert.deepEqual(policyOf(named(run, "aws:s3/bucketPolicy:BucketPolicy", "kh-config-policy")).Statement.map((s) => s.Sid), ["DenyInsecureTransport"]);
    });

    it("lets AWS Config deliver only to its bucket, under AWSLogs/<account>/", () => {
        const delivery = policyOf(named(run, "aws:iam/rolePolicy:RolePolicy", "kh-config-delivery"));
        const bucket = named(run, "aws:s3/bucket:Bucket", "kh-config").id;
        assert.deepEqual(delivery.Statement[0].Resource, `arn:aws:s3:::${bucket}/AWSLogs/123456789012/*`);
        assert.equal(named(run, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "kh-config-describe").inputs.policyArn, "arn:aws:iam::aws:policy/service-role/AWS_ConfigRole");
        assert.deepEqual(policyOf(named(run, "aws:iam/role:Role", "kh-config"), "assumeRolePolicy").Statement[0].Condition, { StringEquals: { "aws:SourceAccount": "123456789012" } });
    });

    it("deploys the eight managed rules in the home region with their documented identifiers and parameters", () => {
        const rules = ofType(run, "aws:cfg/rule:Rule");
        assert.equal(rules.every((rule) => regionOf(run, rule) === "us-east-1"), true);
        assert.deepEqual(Object.fromEntries(rules.map((rule) => [(rule.inputs.source as { sourceIdentifier: string }).sourceIdentifier, rule.inputs.inputParameters ?? null])), {
            ACCESS_KEYS_ROTATED: JSON.stringify({ maxAccessKeyAge: "90" }),
            IAM_USER_UNUSED_CREDENTIALS_CHECK: JSON.stringify({ maxCredentialUsageAge: "45" }),
            IAM_ROOT_ACCESS_KEY_CHECK: null,
            ROOT_ACCOUNT_MFA_ENABLED: null,
            MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS: null,
            IAM_USER_NO_POLICIES_CHECK: null,
            IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS: null,
            CLOUD_TRAIL_ENABLED: null,
        });
        assert.deepEqual(named(run, "aws:cfg/rule:Rule", "kh-iam-user-no-policies-check").inputs.scope, { complianceResourceTypes: ["AWS::IAM::User"] });
        assert.equal(named(run, "aws:cfg/rule:Rule", "kh-access-keys-rotated").inputs.maximumExecutionFrequency, "TwentyFour_Hours");
    });

    it("revokes unused credentials with AWS's runbook when asked, as a role that can do only that", () => {
        const remediation = named(run, "aws:cfg/remediationConfiguration:RemediationConfiguration", "kh-remediation");
        assert.equal(remediation.inputs.configRuleName, "kh-iam-user-unused-credentials-check");
        assert.equal(remediation.inputs.targetId, "AWSConfigRemediation-RevokeUnusedIAMUserCredentials");
        assert.equal(remediation.inputs.automatic, true);
        assert.deepEqual(remediation.inputs.parameters, [
            { name: "AutomationAssumeRole", staticValue: named(run, "aws:iam/role:Role", "kh-remediation").analyzerOutputs.arn },
            { name: "IAMResourceId", resourceValue: "RESOURCE_ID" },
            { name: "MaxCredentialUsageAge", staticValue: "45" },
        ]);
        assert.deepEqual(policyOf(named(run, "aws:iam/role:Role", "kh-remediation"), "assumeRolePolicy").Statement[0].Principal, { Service: "ssm.amazonaws.com" });
    });

    it("sends every change to NON_COMPLIANT of its rules to the home alert topic", () => {
        const rule = named(run, RULE, "kh-non-compliant");
        const pattern = JSON.parse(String(rule.inputs.eventPattern));
        assert.deepEqual(pattern.detail.newEvaluationResult, { complianceType: ["NON_COMPLIANT"] });
        assert.equal(pattern.detail.configRuleName.length, 8);
        assert.equal(named(run, TARGET, "kh-non-compliant").inputs.arn, named(run, "aws:sns/topic:Topic", "kh-alerts-topic").analyzerOutputs.arn);
    });

    it("runs GuardDuty in every region and routes high and key-misuse findings to the home topic through the home bus", () => {
        const detectors = ofType(run, "aws:guardduty/detector:Detector");
        assert.deepEqual(detectors.map((d) => regionOf(run, d)).sort(), [...DEFAULT_ENABLED_REGIONS].sort());
        assert.equal(detectors.every((d) => d.inputs.enable === true && d.inputs.findingPublishingFrequency === "FIFTEEN_MINUTES"), true);
        const forwarder = named(run, "aws:iam/role:Role", "kh-findings-forwarder").analyzerOutputs.arn;
        for (const region of DEFAULT_ENABLED_REGIONS) {
            const pattern = JSON.parse(String(named(run, RULE, `kh-findings-${region}`).inputs.eventPattern));
            assert.deepEqual(pattern.detail.$or, [
                { severity: [{ numeric: [">=", 7] }] },
                { type: [{ prefix: "UnauthorizedAccess:IAMUser/" }, { prefix: "CredentialAccess:" }] },
            ]);
            const target = named(run, TARGET, `kh-findings-${region}`);
            assert.equal(regionOf(run, target), region);
            if (region === "us-east-1") {
                assert.equal(target.inputs.arn, named(run, "aws:sns/topic:Topic", "kh-alerts-topic").analyzerOutputs.arn);
            } else {
                assert.deepEqual([target.inputs.arn, target.inputs.roleArn], ["arn:aws:events:us-east-1:123456789012:event-bus/default", forwarder]);
            }
        }
        assert.deepEqual(policyOf(named(run, "aws:iam/rolePolicy:RolePolicy", "kh-findings-forwarder")).Statement[0].Resource, "arn:aws:events:us-east-1:123456789012:event-bus/default");
    });

    it("analyses external access in every region and unused access once", () => {
        const analyzers = ofType(run, "aws:accessanalyzer/analyzer:Analyzer");
        assert.deepEqual(analyzers.filter((a) => a.inputs.type === "ACCOUNT").map((a) => regionOf(run, a)).sort(), [...DEFAULT_ENABLED_REGIONS].sort());
        const unused = named(run, "aws:accessanalyzer/analyzer:Analyzer", "kh-unused-access");
        assert.deepEqual([unused.inputs.type, unused.inputs.configuration, regionOf(run, unused)], ["ACCOUNT_UNUSED_ACCESS", { unusedAccess: { unusedAccessAge: 90 } }, "us-east-1"]);
    });

    it("parents every child to the component and passes the policy pack with zero violations", () => {
        assertAllUnder(run, TYPE);
        assert.deepEqual(violations, [], describeViolations(violations));
    });

    it("turns each part off, and needs no topic without Config and GuardDuty", async () => {
        const variants = await runUnderMocks(() => {
            new KeyHygiene("noconfig", { config: { enabled: false }, regions: ["eu-west-1"], homeRegion: "eu-west-1" });
            new KeyHygiene("analyzers", { config: { enabled: false }, guardDuty: { enabled: false }, accessAnalyzer: { unusedAccess: false }, regions: ["eu-west-1", "us-east-1"] });
            new KeyHygiene("custom", {
                guardDuty: { enabled: false }, accessAnalyzer: { enabled: false }, regions: ["eu-west-1"],
                config: { maxAccessKeyAgeDays: 30, unusedCredentialsDays: 60 }, topicArn: "arn:aws:sns:us-east-1:123456789012:existing",
            });
        });
        assert.deepEqual(Object.keys(countByType(descendantsOf(variants, TYPE, "noconfig"))).filter((t) => t.startsWith("aws:cfg")), []);
        assert.deepEqual(countByType(descendantsOf(variants, TYPE, "analyzers")), { "aws:accessanalyzer/analyzer:Analyzer": 2 });
        const custom = descendantsOf(variants, TYPE, "custom");
        assert.equal(custom.filter((r) => r.type === "aws:sns/topic:Topic").length, 0, "the existing topic is used");
        assert.deepEqual(custom.filter((r) => r.type === "aws:cfg/recorder:Recorder").map((r) => regionOf(variants, r)), ["us-east-1", "eu-west-1"]);
        const rotated = custom.find((r) => r.name === "custom-access-keys-rotated");
        assert.equal(rotated?.inputs.inputParameters, JSON.stringify({ maxAccessKeyAge: "30" }));
        assert.equal(custom.find((r) => r.name === "custom-non-compliant" && r.type === TARGET)?.inputs.arn, "arn:aws:sns:us-east-1:123456789012:existing");
        assert.equal(custom.some((r) => r.type === "aws:cfg/remediationConfiguration:RemediationConfiguration"), false, "remediation is off by default");
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new KeyHygiene("k", { homeRegion: "eu-central-2" }),
            'KeyHygiene: homeRegion "eu-central-2" cannot record IAM users and policies with AWS Config (AWS Config added it after February 2022), so the IAM rules could not evaluate there; choose another home region, or set config.enabled to false');
        await assertRefused(() => new KeyHygiene("k", { guardDuty: { minimumSeverity: 11 } }),
            "KeyHygiene: guardDuty.minimumSeverity 11 is not allowed; expected a number from 1 to 10 (low 1-3.9, medium 4-6.9, high 7-8.9, critical 9-10)");
        await assertRefused(() => new KeyHygiene("k", { accessAnalyzer: { unusedAccessDays: 400 } }),
            "KeyHygiene: accessAnalyzer.unusedAccessDays 400 is not allowed; expected a whole number from 1 to 365");
        await assertRefused(() => new KeyHygiene("k", { config: "on" as never }),
            'KeyHygiene: config must be an object such as { enabled: false }; got "on"');
        await assertRefused(() => new KeyHygiene("k", { topicArn: "arn:aws:sns:eu-west-1:123456789012:alerts" }),
            'KeyHygiene: topicArn: "arn:aws:sns:eu-west-1:123456789012:alerts" is not an SNS topic ARN in us-east-1; an alarm can only notify a topic in its own region');
    });
});

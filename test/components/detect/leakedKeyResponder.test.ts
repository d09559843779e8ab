import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { LeakedKeyResponder } from "../../../components/detect";
import { hashKeyId } from "../../../components/detect/responder/settings";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, descendantsOf, ISOLATED_PACK_CONFIG, named, ofType, policyOf, regionOf, TEST_TAGS } from "./support";

const TYPE = "aws-guardrails:index:LeakedKeyResponder";
const FUNCTION = "aws:lambda/function:Function";
const RULE = "aws:cloudwatch/eventRule:EventRule";

type Statement = Record<string, unknown>;

describe("LeakedKeyResponder", () => {
    let run: MockRun;
    let violations: Awaited<ReturnType<typeof checkUnderMocks>>["violations"];
    before(async () => {
        ({ run, violations } = await checkUnderMocks(() => {
            new LeakedKeyResponder("lkr", {
                emails: ["security@example.com"], tags: TEST_TAGS,
                allowListedKeyIds: ["AKIAIOSFODNN7EXAMPLE"], allowListedUsers: ["canary-user"],
                guardDutyFindings: { enabled: true, region: "eu-west-1" },
            });
        }, ISOLATED_PACK_CONFIG));
    });

    it("runs a Node.js 22 function in each Health region and in the GuardDuty region, packaged from the compiled handler", () => {
        const functions = ofType(run, FUNCTION);
        assert.deepEqual(functions.map((f) => regionOf(run, f)).sort(), ["eu-west-1", "us-east-1", "us-west-2"]);
        for (const fn of functions) {
            assert.equal(fn.inputs.runtime, "nodejs22.x");
            assert.equal(fn.inputs.handler, "handler.handler");
            assert.equal(fn.inputs.timeout, 300);
            const code = fn.analyzerInputs.code as { assets?: Record<string, unknown> } | undefined;
            const files = Object.keys(code?.assets ?? {}).sort();
            assert.deepEqual(files, ["activity.js", "containment.js", "events.js", "handler.js", "report.js", "respond.js", "settings.js"], "only the compiled handler, no SDK");
        }
    });

    it("writes the settings the handler reads, with allow-listed key ids hashed, and reports to its own region's topic", () => {
        const fn = named(run, FUNCTION, "lkr-us-west-2");
        const variables = (fn.inputs.environment as { variables: Record<string, string> }).variables;
        const topic = ofType(run, "aws:sns/topic:Topic").find((t) => regionOf(run, t) === "us-west-2");
        assert.deepEqual(variables, {
            ALERT_TOPIC_ARN: topic?.analyzerOutputs.arn,
            QUARANTINE_POLICY_ARN: named(run, "aws:iam/policy:Policy", "lkr-quarantine").analyzerOutputs.arn,
            DRY_RUN: "false",
            ALLOW_LISTED_KEY_SHA256: hashKeyId("AKIAIOSFODNN7EXAMPLE"),
            ALLOW_LISTED_USERS: "canary-user",
            LOOKUP_REGIONS: "ap-northeast-1,ap-northeast-2,ap-northeast-3,ap-south-1,ap-southeast-1,ap-southeast-2,ca-central-1,eu-central-1,eu-north-1,eu-west-1,eu-west-2,eu-west-3,sa-east-1,us-east-1,us-east-2,us-west-1,us-west-2",
            LOOKBACK_HOURS: "24",
        });
        assert.doesNotMatch(JSON.stringify(fn.inputs), /AKIA/, "no key id in the function's configuration");
        assert.equal(fn.inputs.loggingConfig && (fn.inputs.loggingConfig as { logGroup: string }).logGroup, named(run, "aws:cloudwatch/logGroup:LogGroup", "lkr-us-west-2-logs").analyzerOutputs.name);
    });

    it("alarms on each function's errors to its own region's topic, which lets CloudWatch publish", () => {
        for (const fn of ofType(run, FUNCTION)) {
            const region = regionOf(run, fn);
            const alarm = named(run, "aws:cloudwatch/metricAlarm:MetricAlarm", `lkr-${region}-errors`);
            const topic = ofType(run, "aws:sns/topic:Topic").find((t) => regionOf(run, t) === region);
            assert.equal(regionOf(run, alarm), region);
            assert.deepEqual(
                { namespace: alarm.inputs.namespace, metricName: alarm.inputs.metricName, dimensions: alarm.inputs.dimensions, threshold: alarm.inputs.threshold, comparison: alarm.inputs.comparisonOperator, actions: alarm.inputs.alarmActions },
                { namespace: "AWS/Lambda", metricName: "Errors", dimensions: { FunctionName: fn.inputs.name ?? fn.analyzerOutputs.name }, threshold: 0, comparison: "GreaterThanThreshold", actions: [topic?.analyzerOutputs.arn] },
            );
            const policy = ofType(run, "aws:sns/topicPolicy:TopicPolicy").find((p) => regionOf(run, p) === region);
            assert.match(String(policy?.inputs.policy), /cloudwatch\.amazonaws\.com/, "the topic lets CloudWatch alarms publish");
        }
    });

    it("invokes the function on AWS_RISK_CREDENTIALS_EXPOSED in us-east-1 and us-west-2, and on the chosen GuardDuty findings", () => {
        for (const region of ["us-east-1", "us-west-2"]) {
            const rule = named(run, RULE, `lkr-${region}-credentials-exposed`);
            assert.deepEqual(JSON.parse(String(rule.inputs.eventPattern)).detail, { eventTypeCode: ["AWS_RISK_CREDENTIALS_EXPOSED"] });
            const permission = named(run, "aws:lambda/permission:Permission", `lkr-${region}-credentials-exposed`);
            assert.deepEqual([permission.inputs.principal, permission.inputs.sourceArn], ["events.amazonaws.com", rule.analyzerOutputs.arn]);
            assert.equal(named(run, "aws:cloudwatch/eventTarget:EventTarget", `lkr-${region}-credentials-exposed`).inputs.arn, named(run, FUNCTION, `lkr-${region}`).analyzerOutputs.arn);
        }
        const findings = named(run, RULE, "lkr-eu-west-1-guardduty-findings");
        assert.deepEqual(JSON.parse(String(findings.inputs.eventPattern)).detail.type, [
            "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS",
        ]);
        assert.equal(ofType(run, RULE).length, 3, "no Health rule in the GuardDuty-only region");
    });

    it("gives the role only what containment needs, and the quarantine policy denies everything", () => {
        const statements = policyOf(named(run, "aws:iam/rolePolicy:RolePolicy", "lkr-role-policy")).Statement as Statement[];
        const quarantineArn = named(run, "aws:iam/policy:Policy", "lkr-quarantine").analyzerOutputs.arn;
        assert.deepEqual(statements.map((s) => s.Sid), [
            "ReadKeysAndPoliciesOfUsers", "DeactivateKeysOfUsers", "AttachOnlyTheQuarantinePolicy", "LookUpKeyActivity", "PublishReports",
            "EncryptReportsForTheTopics", "WriteOwnLogs",
        ]);
        assert.deepEqual(statements[2].Condition, { ArnEquals: { "iam:PolicyARN": quarantineArn } });
        assert.equal(statements[0].Resource, "arn:aws:iam::123456789012:user/*");
        assert.equal((statements[4].Resource as string[]).length, 3, "one topic per function region");
        assert.equal((statements[6].Resource as string[]).length, 3);
        const quarantine = named(run, "aws:iam/policy:Policy", "lkr-quarantine");
        assert.equal(quarantine.inputs.name, "lkr-quarantine-deny-all");
        assert.deepEqual(policyOf(quarantine).Statement, [{ Sid: "LeakedKeyQuarantineDenyEverything", Effect: "Deny", Action: "*", Resource: "*" }]);
    });

    it("parents every child to the component and passes the policy pack with zero violations", () => {
        assertAllUnder(run, TYPE);
        assert.deepEqual(violations, [], describeViolations(violations));
    });

    it("in dry run, leaves every write permission out of the role", async () => {
        const variants = await runUnderMocks(() => {
            new LeakedKeyResponder("watch", { dryRun: true, regions: ["us-east-1"], topicArns: { "us-east-1": "arn:aws:sns:us-east-1:123456789012:existing" } });
        });
        const resources = descendantsOf(variants, TYPE, "watch");
        const policy = resources.find((r) => r.type === "aws:iam/rolePolicy:RolePolicy");
        assert.ok(policy);
        const actions = (policyOf(policy).Statement as Statement[]).flatMap((s) => [s.Action].flat());
        assert.equal(actions.includes("iam:UpdateAccessKey") || actions.includes("iam:AttachUserPolicy"), false);
        const fn = resources.find((r) => r.type === FUNCTION);
        assert.equal((fn?.inputs.environment as { variables: Record<string, string> }).variables.DRY_RUN, "true");
        assert.equal(resources.some((r) => r.type === "aws:sns/topic:Topic"), false, "the existing topic is used");
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new LeakedKeyResponder("l", { allowListedKeyIds: ["AKIA123"] }),
            'LeakedKeyResponder: allowListedKeyIds: "AKIA123" is not a long-term access key id; expected "AKIA" followed by 16 upper-case letters or digits, like AKIAIOSFODNN7EXAMPLE');
        await assertRefused(() => new LeakedKeyResponder("l", { allowListedUsers: ["bad user"] }),
            'LeakedKeyResponder: allowListedUsers: "bad user" is not an IAM user name; expected 1 to 64 letters, digits or + = , . @ _ -');
        await assertRefused(() => new LeakedKeyResponder("l", { guardDutyFindings: { enabled: true, findingTypes: ["not a type"] } }),
            'LeakedKeyResponder: guardDutyFindings.findingTypes: "not a type" is not a GuardDuty finding type; expected ThreatPurpose:ResourceType/ThreatFamilyName, like "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS"');
        await assertRefused(() => new LeakedKeyResponder("l", { lookbackHours: 0 }),
            "LeakedKeyResponder: lookbackHours 0 is not allowed; expected a whole number from 1 to 2160");
        await assertRefused(() => new LeakedKeyResponder("l", { logRetentionDays: 2 }),
            "LeakedKeyResponder: logRetentionDays 2 is not allowed; CloudWatch Logs accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653");
    });
});

import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { LeakedKeyAlert } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, ISOLATED_PACK_CONFIG, named, ofType, policyOf, regionOf, TEST_TAGS } from "./support";

const RULE = "aws:cloudwatch/eventRule:EventRule";
const TARGET = "aws:cloudwatch/eventTarget:EventTarget";

describe("LeakedKeyAlert", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            new LeakedKeyAlert("leak", { emails: ["security@example.com"] });
        });
    });

    it("watches for AWS_RISK_CREDENTIALS_EXPOSED in us-east-1 and us-west-2, each with its own provider", () => {
        for (const region of ["us-east-1", "us-west-2"]) {
            assert.equal(named(run, "pulumi:providers:aws", `leak-${region}`).inputs.region, region);
            const rule = named(run, RULE, `leak-${region}-credentials-exposed`);
            assert.equal(regionOf(run, rule), region);
            assert.deepEqual(JSON.parse(String(rule.inputs.eventPattern)), {
                source: ["aws.health"],
                "detail-type": ["AWS Health Event", "AWS Health Abuse Event"],
                detail: { eventTypeCode: ["AWS_RISK_CREDENTIALS_EXPOSED"] },
            });
        }
    });

    it("alerts on root API calls and console sign-ins, read-only calls included", () => {
        for (const region of ["us-east-1", "us-west-2"]) {
            const rule = named(run, RULE, `leak-${region}-root-activity`);
            assert.deepEqual(JSON.parse(String(rule.inputs.eventPattern)), {
                "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
                detail: { userIdentity: { type: ["Root"] } },
            });
            assert.equal(rule.inputs.state, "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
        }
    });

    it("sends every rule to the topic of its own region, which EventBridge may use", () => {
        const topics = new Map(ofType(run, "aws:sns/topic:Topic").map((t) => [t.analyzerOutputs.arn, regionOf(run, t)]));
        assert.equal(topics.size, 2);
        const targets = ofType(run, TARGET);
        assert.equal(targets.length, 4);
        for (const target of targets) {
            const rule = named(run, RULE, target.name);
            assert.equal(target.inputs.rule, rule.analyzerOutputs.name);
            assert.equal(topics.get(target.inputs.arn as string), regionOf(run, target));
            assert.equal(regionOf(run, rule), regionOf(run, target));
        }
        for (const region of ["us-east-1", "us-west-2"]) {
            const key = policyOf(named(run, "aws:kms/key:Key", `leak-${region}-alerts-key`));
            assert.deepEqual(key.Statement.map((s) => s.Principal), [
                { AWS: "arn:aws:iam::123456789012:root" },
                { Service: "events.amazonaws.com" },
            ]);
            const policy = policyOf(named(run, "aws:sns/topicPolicy:TopicPolicy", `leak-${region}-alerts-policy`));
            const events = policy.Statement.find((s) => s.Sid === "AllowEventBridgeRulesOfThisAccount");
            assert.deepEqual(events?.Condition, {
                StringEquals: { "aws:SourceAccount": "123456789012" },
                ArnLike: { "aws:SourceArn": `arn:aws:events:${region}:123456789012:rule/*` },
            });
        }
    });

    it("can leave out the root rule", async () => {
        const only = await runUnderMocks(() => {
            new LeakedKeyAlert("leak", { rootActivity: false, regions: ["us-east-1"] });
        });
        assert.deepEqual(ofType(only, RULE).map((r) => r.name), ["leak-us-east-1-credentials-exposed"]);
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new LeakedKeyAlert("l", { regions: [] }),
            'LeakedKeyAlert: regions: must name at least one region, like "us-east-1"');
        await assertRefused(() => new LeakedKeyAlert("l", { rootActivity: 1 as never }),
            "LeakedKeyAlert: rootActivity must be true or false; got 1");
    });

    it("parents every child to the component and passes the policy pack with zero violations", async () => {
        const { run: checked, violations } = await checkUnderMocks(() => {
            new LeakedKeyAlert("leak", { emails: ["security@example.com"], tags: TEST_TAGS });
        }, ISOLATED_PACK_CONFIG);
        const root = assertAllUnder(checked, "aws-guardrails:index:LeakedKeyAlert");
        for (const resource of [...ofType(checked, RULE), ...ofType(checked, TARGET), ...ofType(checked, "pulumi:providers:aws")]) {
            assert.equal(resource.parent, root.urn);
        }
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

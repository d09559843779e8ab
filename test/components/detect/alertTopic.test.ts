import assert from "node:assert/strict";
import * as aws from "@pulumi/aws";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { AlertTopic } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, ISOLATED_PACK_CONFIG, named, ofType, policyOf, regionOf, TEST_TAGS } from "./support";

describe("AlertTopic", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            const provider = new aws.Provider("west", { region: "eu-west-1" });
            new AlertTopic("alerts", {
                emails: ["security@example.com", "security@example.com", "oncall@example.com"],
                subscriptions: [{ protocol: "https", endpoint: "https://hooks.example.com/alarm" }],
                publishers: ["cloudwatch", "events"],
            }, { provider });
        });
    });

    it("encrypts the topic with its own rotating CMK, not aws/sns", () => {
        const key = named(run, "aws:kms/key:Key", "alerts-key");
        assert.equal(key.inputs.enableKeyRotation, true);
        assert.equal(named(run, "aws:sns/topic:Topic", "alerts-topic").inputs.kmsMasterKeyId, key.analyzerOutputs.arn);
        const services = policyOf(key).Statement.map((s) => JSON.stringify(s.Principal));
        assert.deepEqual(services.slice(1), [JSON.stringify({ Service: "cloudwatch.amazonaws.com" }), JSON.stringify({ Service: "events.amazonaws.com" })]);
    });

    it("builds its policies for the provider's region", () => {
        const topic = named(run, "aws:sns/topic:Topic", "alerts-topic");
        assert.equal(regionOf(run, topic), "eu-west-1");
        const policy = policyOf(named(run, "aws:sns/topicPolicy:TopicPolicy", "alerts-policy"));
        const cloudwatch = policy.Statement.find((s) => s.Sid === "AllowCloudWatchAlarmsOfThisAccount");
        assert.deepEqual(cloudwatch?.Condition, {
            StringEquals: { "aws:SourceAccount": "123456789012" },
            ArnLike: { "aws:SourceArn": "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:*" },
        });
        assert.equal(cloudwatch?.Resource, topic.analyzerOutputs.arn);
    });

    it("subscribes each e-mail once and every other endpoint", () => {
        const subscriptions = ofType(run, "aws:sns/topicSubscription:TopicSubscription").map((s) => [s.inputs.protocol, s.inputs.endpoint]);
        assert.deepEqual(subscriptions.sort(), [
            ["email", "oncall@example.com"],
            ["email", "security@example.com"],
            ["https", "https://hooks.example.com/alarm"],
        ]);
    });

    it("parents every child to the component", () => {
        const root = run.resources.find((r) => r.type === "aws-guardrails:index:AlertTopic");
        for (const resource of run.resources.filter((r) => r.custom && r.type !== "pulumi:providers:aws")) {
            assert.equal(resource.parent, root?.urn, resource.name);
        }
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new AlertTopic("a", { emails: ["not-an-address"] }),
            'AlertTopic.emails: "not-an-address" is not an e-mail address; expected something like "security@example.com"');
        await assertRefused(() => new AlertTopic("a", { subscriptions: [{ protocol: "http" as never, endpoint: "http://x" }] }),
            'AlertTopic.subscriptions[0]: protocol "http" is not allowed; allowed: email, email-json, https, sqs, lambda, sms, application');
        await assertRefused(() => new AlertTopic("a", { subscriptions: [{ protocol: "https", endpoint: "http://hooks.example.com" }] }),
            'AlertTopic.subscriptions[0]: endpoint "http://hooks.example.com" must be an https:// URL');
        await assertRefused(() => new AlertTopic("a", { publishers: ["lambda" as never] }),
            'AlertTopic: publisher "lambda" is not allowed; allowed: cloudwatch, events, budgets');
    });

    it("passes the policy pack with zero violations", async () => {
        const { run: checked, violations } = await checkUnderMocks(() => {
            new AlertTopic("alerts", { emails: ["security@example.com"], publishers: ["cloudwatch", "events", "budgets"], tags: TEST_TAGS });
        }, ISOLATED_PACK_CONFIG);
        assertAllUnder(checked, "aws-guardrails:index:AlertTopic");
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

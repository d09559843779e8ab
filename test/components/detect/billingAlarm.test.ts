import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { BillingAlarm } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, ISOLATED_PACK_CONFIG, named, ofType, policyOf, regionOf, TEST_TAGS } from "./support";

const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

describe("BillingAlarm", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            new BillingAlarm("billing", {
                thresholds: [1000, 20, 20, 300],
                emails: ["finance@example.com"],
                subscriptions: [{ protocol: "sqs", endpoint: "arn:aws:sqs:eu-west-1:123456789012:billing" }],
            });
        }, { config: { "aws:region": "eu-west-1" } });
    });

    it("creates one EstimatedCharges (Currency=USD) alarm per threshold, ascending", () => {
        const alarms = ofType(run, ALARM);
        assert.deepEqual(alarms.map((a) => a.inputs.threshold), [20, 300, 1000]);
        for (const alarm of alarms) {
            assert.equal(alarm.inputs.namespace, "AWS/Billing");
            assert.equal(alarm.inputs.metricName, "EstimatedCharges");
            assert.deepEqual(alarm.inputs.dimensions, { Currency: "USD" });
            assert.equal(alarm.inputs.statistic, "Maximum");
            assert.equal(alarm.inputs.comparisonOperator, "GreaterThanThreshold");
        }
    });

    it("creates everything with an explicit us-east-1 provider, whatever the stack's region", () => {
        const provider = named(run, "pulumi:providers:aws", "billing-us-east-1");
        assert.equal(provider.inputs.region, "us-east-1");
        for (const resource of run.resources.filter((r) => r.custom && r.type !== "pulumi:providers:aws")) {
            assert.equal(regionOf(run, resource), "us-east-1", resource.name);
        }
    });

    it("notifies a CMK-encrypted topic that CloudWatch and Budgets may use for this account only", () => {
        const topic = named(run, "aws:sns/topic:Topic", "billing-alerts-topic");
        for (const alarm of ofType(run, ALARM)) assert.deepEqual(alarm.inputs.alarmActions, [topic.analyzerOutputs.arn]);
        const policy = policyOf(named(run, "aws:sns/topicPolicy:TopicPolicy", "billing-alerts-policy"));
        assert.deepEqual(policy.Statement.map((s) => s.Sid), [
            "AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "AllowBudgetsOfThisAccount", "DenyInsecureTransport",
        ]);
        const key = named(run, "aws:kms/key:Key", "billing-alerts-key");
        assert.equal(topic.inputs.kmsMasterKeyId, key.analyzerOutputs.arn);
        const subscriptions = ofType(run, "aws:sns/topicSubscription:TopicSubscription").map((s) => s.inputs.protocol).sort();
        assert.deepEqual(subscriptions, ["email", "sqs"]);
    });

    it("adds a monthly budget with FORECASTED notifications at 80% and 100% of the highest threshold", () => {
        const budget = named(run, "aws:budgets/budget:Budget", "billing-monthly");
        assert.equal(budget.inputs.limitAmount, "1000.00");
        assert.equal(budget.inputs.timeUnit, "MONTHLY");
        const topic = named(run, "aws:sns/topic:Topic", "billing-alerts-topic");
        assert.deepEqual(budget.inputs.notifications, [80, 100].map((threshold) => ({
            notificationType: "FORECASTED",
            comparisonOperator: "GREATER_THAN",
            threshold,
            thresholdType: "PERCENTAGE",
            subscriberSnsTopicArns: [topic.analyzerOutputs.arn],
        })));
    });

    it("uses an existing us-east-1 topic and skips the budget when asked", async () => {
        const existing = "arn:aws:sns:us-east-1:123456789012:shared-alerts";
        const lean = await runUnderMocks(() => {
            new BillingAlarm("billing", { topicArn: existing, budget: { enabled: false } });
        });
        assert.equal(ofType(lean, "aws:sns/topic:Topic").length, 0);
        assert.equal(ofType(lean, "aws:budgets/budget:Budget").length, 0);
        assert.deepEqual(ofType(lean, ALARM).map((a) => a.inputs.threshold), [50, 250, 1000]);
        for (const alarm of ofType(lean, ALARM)) assert.deepEqual(alarm.inputs.alarmActions, [existing]);
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new BillingAlarm("b", { thresholds: [] }),
            "BillingAlarm: thresholds must be a non-empty array of USD amounts, like [50, 250, 1000]; got an array of 0");
        await assertRefused(() => new BillingAlarm("b", { thresholds: [10, -5] }),
            "BillingAlarm: threshold -5 is not allowed; expected a number greater than 0");
        await assertRefused(() => new BillingAlarm("b", { budget: { forecastPercents: [50, 80, 90, 100, 110, 120] } }),
            "BillingAlarm: budget.forecastPercents must hold 1 to 5 percentages (AWS allows 5 notifications per budget); got an array of 6");
        await assertRefused(() => new BillingAlarm("b", { topicArn: "arn:aws:sns:eu-west-1:123456789012:alerts" }),
            'BillingAlarm: topicArn: "arn:aws:sns:eu-west-1:123456789012:alerts" is not an SNS topic ARN in us-east-1; an alarm can only notify a topic in its own region');
    });

    it("parents every child to the component and passes the policy pack with zero violations", async () => {
        const { run: checked, violations } = await checkUnderMocks(() => {
            new BillingAlarm("billing", { emails: ["finance@example.com"], tags: TEST_TAGS });
        }, { ...ISOLATED_PACK_CONFIG, "billing-alarm-present": {} });
        const root = assertAllUnder(checked, "aws-guardrails:index:BillingAlarm");
        assert.equal(named(checked, "pulumi:providers:aws", "billing-us-east-1").parent, root.urn);
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

import assert from "node:assert/strict";
import { ALERT_TOPIC_SIDS, alertTopicPolicy } from "../../../components/documents/detect";
import { simulateResource } from "./resourceSimulator";

const ACCOUNT = "123456789012";
const OTHER = "210987654321";
const TOPIC = `arn:aws:sns:eu-west-1:${ACCOUNT}:alerts`;
const policy = alertTopicPolicy({ partition: "aws", accountId: ACCOUNT, region: "eu-west-1", topicArn: TOPIC, publishers: ["cloudwatch", "events"] });

function publish(principal: string, sourceAccount: string, sourceArn: string, secure = "true") {
    return simulateResource({
        principal,
        action: "sns:Publish",
        resource: TOPIC,
        resourceAccount: ACCOUNT,
        context: { "aws:SourceAccount": sourceAccount, "aws:SourceArn": sourceArn, "aws:SecureTransport": secure },
        resourcePolicy: policy,
    });
}

describe("alertTopicPolicy", () => {
    it("lets CloudWatch publish only for this account's alarms in the topic's region", () => {
        const statement = policy.Statement.find((s) => s.Sid === ALERT_TOPIC_SIDS.cloudwatch);
        assert.deepEqual(statement, {
            Sid: "AllowCloudWatchAlarmsOfThisAccount",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: TOPIC,
            Condition: {
                StringEquals: { "aws:SourceAccount": ACCOUNT },
                ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:eu-west-1:${ACCOUNT}:alarm:*` },
            },
        });
    });

    it("has one statement per requested publisher, in a fixed order, and no others", () => {
        assert.deepEqual(policy.Statement.map((s) => s.Sid), [
            "AllowAccountToManageTopic", "AllowCloudWatchAlarmsOfThisAccount", "AllowEventBridgeRulesOfThisAccount", "DenyInsecureTransport",
        ]);
        const budgets = alertTopicPolicy({ partition: "aws", accountId: ACCOUNT, region: "us-east-1", topicArn: TOPIC, publishers: ["budgets"] });
        const statement = budgets.Statement.find((s) => s.Sid === ALERT_TOPIC_SIDS.budgets);
        assert.deepEqual(statement?.Condition, {
            StringEquals: { "aws:SourceAccount": ACCOUNT },
            ArnLike: { "aws:SourceArn": `arn:aws:budgets::${ACCOUNT}:*` },
        });
        assert.equal(budgets.Statement.some((s) => s.Sid === ALERT_TOPIC_SIDS.cloudwatch), false);
    });

    it("never names a bare * principal without a condition", () => {
        for (const statement of policy.Statement) {
            const star = statement.Principal === "*" || (typeof statement.Principal === "object" && statement.Principal.AWS === "*");
            if (star) assert.ok(statement.Condition, `${statement.Sid} has Principal * without a condition`);
        }
    });

    describe("in the IAM simulator", () => {
        it("lets CloudWatch publish for an alarm of this account", async () => {
            assert.equal(await publish("cloudwatch.amazonaws.com", ACCOUNT, `arn:aws:cloudwatch:eu-west-1:${ACCOUNT}:alarm:vcpu-g-ondemand`), "Allowed");
        });

        it("does not let CloudWatch publish for another account's alarm", async () => {
            assert.equal(await publish("cloudwatch.amazonaws.com", OTHER, `arn:aws:cloudwatch:eu-west-1:${OTHER}:alarm:spam`), "ImplicitlyDenied");
        });

        it("does not let CloudWatch publish when only the source account is forged", async () => {
            assert.equal(await publish("cloudwatch.amazonaws.com", ACCOUNT, `arn:aws:cloudwatch:eu-west-1:${OTHER}:alarm:spam`), "ImplicitlyDenied");
        });

        it("does not let CloudWatch publish for an alarm in another region", async () => {
            assert.equal(await publish("cloudwatch.amazonaws.com", ACCOUNT, `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:x`), "ImplicitlyDenied");
        });

        it("lets EventBridge publish for a rule of this account", async () => {
            assert.equal(await publish("events.amazonaws.com", ACCOUNT, `arn:aws:events:eu-west-1:${ACCOUNT}:rule/leaked-key`), "Allowed");
        });

        it("does not let Budgets publish when it is not a publisher", async () => {
            assert.equal(await publish("budgets.amazonaws.com", ACCOUNT, `arn:aws:budgets::${ACCOUNT}:budget/monthly`), "ImplicitlyDenied");
        });

        it("denies publishing over plain HTTP", async () => {
            assert.equal(await publish("cloudwatch.amazonaws.com", ACCOUNT, `arn:aws:cloudwatch:eu-west-1:${ACCOUNT}:alarm:x`, "false"), "ExplicitlyDenied");
        });
    });
});

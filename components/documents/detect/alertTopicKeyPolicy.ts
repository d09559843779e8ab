import type { PolicyDocument, PolicyStatement } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { accountRootArn, type AccountScope } from "./arns";
import { ALERT_PUBLISHERS, PUBLISHER_PRINCIPALS, publisherSourceArn, type AlertPublisher } from "./alertTopicPolicy";

/** Arguments of {@link alertTopicKeyPolicy}. */
export interface AlertTopicKeyPolicyArgs extends AccountScope {
    /** The key's (and the topic's) region. */
    region: string;
    /** The services that publish to the topic the key encrypts. */
    publishers: readonly AlertPublisher[];
}

/** The Sid of the statement that lets each publisher use the key. */
export const ALERT_KEY_SIDS: Readonly<Record<AlertPublisher | "accountAdmin", string>> = Object.freeze({
    accountAdmin: "EnableIamPolicies",
    cloudwatch: "AllowCloudWatchAlarmsToUseTheKey",
    events: "AllowEventBridgeToUseTheKey",
    budgets: "AllowBudgetsToUseTheKey",
});

/**
 * The key policy of the customer-managed key that encrypts an alert topic.
 * The AWS-managed `aws/sns` key cannot be used: its policy does not let
 * CloudWatch, EventBridge or Budgets generate data keys, so their notifications
 * would be dropped silently ("Enable compatibility between event sources from AWS
 * services and encrypted topics", SNS Developer Guide).
 *
 * CloudWatch and Budgets send `aws:SourceAccount` and `aws:SourceArn` to KMS, so
 * their grants carry both conditions. EventBridge does not send them to KMS (its
 * documentation says these keys are not supported in the key policy), so its
 * grant is unconditioned: the topic policy scopes EventBridge to this account's rules.
 * @awsfact https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services — the AWS managed aws/sns key cannot be used with CloudWatch alarms, EventBridge or Budgets; a customer managed key must let their service principals call kms:Decrypt and kms:GenerateDataKey*
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions — for an encrypted SNS target, EventBridge needs kms:Decrypt and kms:GenerateDataKey on the key; aws:SourceArn and aws:SourceAccount are not supported in that key policy
 */
export function alertTopicKeyPolicy(args: AlertTopicKeyPolicyArgs): PolicyDocument {
    const statements: PolicyStatement[] = [
        {
            Sid: ALERT_KEY_SIDS.accountAdmin,
            Effect: "Allow",
            Principal: { AWS: accountRootArn(args) },
            Action: "kms:*",
            Resource: "*",
        },
    ];
    for (const publisher of ALERT_PUBLISHERS.filter((p) => args.publishers.includes(p))) {
        const statement: PolicyStatement = {
            Sid: ALERT_KEY_SIDS[publisher],
            Effect: "Allow",
            Principal: { Service: PUBLISHER_PRINCIPALS[publisher] },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
            Resource: "*",
        };
        if (publisher !== "events") {
            statement.Condition = {
                StringEquals: { "aws:SourceAccount": args.accountId },
                ArnLike: { "aws:SourceArn": publisherSourceArn(publisher, args, args.region) },
            };
        }
        statements.push(statement);
    }
    return { Version: POLICY_VERSION, Statement: statements };
}

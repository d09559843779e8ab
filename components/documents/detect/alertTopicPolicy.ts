import type { PolicyDocument, PolicyStatement } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { accountRootArn, alarmArnPattern, budgetArnPattern, eventRuleArnPattern, type AccountScope } from "./arns";
import { denyInsecureTransport } from "./denyInsecureTransport";

/** An AWS service that may publish to an alert topic. */
export type AlertPublisher = "cloudwatch" | "events" | "budgets";

/** Every publisher an alert topic can allow, in a fixed order. */
export const ALERT_PUBLISHERS: readonly AlertPublisher[] = Object.freeze(["cloudwatch", "events", "budgets"]);

/** The service principal of each publisher. */
export const PUBLISHER_PRINCIPALS: Readonly<Record<AlertPublisher, string>> = Object.freeze({
    cloudwatch: "cloudwatch.amazonaws.com",
    events: "events.amazonaws.com",
    budgets: "budgets.amazonaws.com",
});

/** Arguments of {@link alertTopicPolicy}. */
export interface AlertTopicPolicyArgs extends AccountScope {
    /** The topic's region. */
    region: string;
    /** The topic's ARN. */
    topicArn: string;
    /** The services that may publish; each only for this account's own alarms, rules or budgets. */
    publishers: readonly AlertPublisher[];
}

/** The Sid of the statement that lets a publisher in, by publisher. */
export const ALERT_TOPIC_SIDS: Readonly<Record<AlertPublisher | "owner" | "denyInsecureTransport", string>> = Object.freeze({
    owner: "AllowAccountToManageTopic",
    cloudwatch: "AllowCloudWatchAlarmsOfThisAccount",
    events: "AllowEventBridgeRulesOfThisAccount",
    budgets: "AllowBudgetsOfThisAccount",
    denyInsecureTransport: "DenyInsecureTransport",
});

/** The `aws:SourceArn` pattern each publisher's requests carry. */
export function publisherSourceArn(publisher: AlertPublisher, scope: AccountScope, region: string): string {
    switch (publisher) {
        case "cloudwatch":
            return alarmArnPattern(scope, region);
        case "events":
            return eventRuleArnPattern(scope, region);
        case "budgets":
            return budgetArnPattern(scope);
    }
}

/**
 * The policy of an alert topic: the account manages it; each allowed service may
 * publish only on behalf of this account (`aws:SourceAccount`) and only for its
 * own alarms, rules or budgets in this region (`aws:SourceArn`), the
 * confused-deputy guard the SNS Developer Guide recommends; plain HTTP is denied.
 * @awsfact https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html#source-account-versus-source-owner — SNS topic policies for service publishers should condition on aws:SourceAccount and aws:SourceArn (confused deputy prevention)
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions — EventBridge publishes to an SNS topic as events.amazonaws.com with sns:Publish granted in the topic policy
 * @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html — CloudWatch alarms publish to SNS as cloudwatch.amazonaws.com; the topic must be in the alarm's Region
 */
export function alertTopicPolicy(args: AlertTopicPolicyArgs): PolicyDocument {
    const statements: PolicyStatement[] = [
        {
            Sid: ALERT_TOPIC_SIDS.owner,
            Effect: "Allow",
            Principal: { AWS: accountRootArn(args) },
            Action: [
                "sns:GetTopicAttributes",
                "sns:SetTopicAttributes",
                "sns:AddPermission",
                "sns:RemovePermission",
                "sns:DeleteTopic",
                "sns:Subscribe",
                "sns:ListSubscriptionsByTopic",
                "sns:Publish",
            ],
            Resource: args.topicArn,
        },
    ];
    for (const publisher of ALERT_PUBLISHERS.filter((p) => args.publishers.includes(p))) {
        statements.push({
            Sid: ALERT_TOPIC_SIDS[publisher],
            Effect: "Allow",
            Principal: { Service: PUBLISHER_PRINCIPALS[publisher] },
            Action: "sns:Publish",
            Resource: args.topicArn,
            Condition: {
                StringEquals: { "aws:SourceAccount": args.accountId },
                ArnLike: { "aws:SourceArn": publisherSourceArn(publisher, args, args.region) },
            },
        });
    }
    statements.push(denyInsecureTransport(ALERT_TOPIC_SIDS.denyInsecureTransport, "sns:Publish", args.topicArn));
    return { Version: POLICY_VERSION, Statement: statements };
}

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import { alertTopicPolicy } from "../documents/detect/alertTopicPolicy";
import { alertTopicKeyPolicy } from "../documents/detect/alertTopicKeyPolicy";
import { withFormerType } from "../common/componentType";
import { TypeScriptOnly } from "../common/typescriptOnly";
import { checkRecipients, type AlertRecipients } from "./alertSubscriptions";
import { validateWholeNumber, validateTags } from "../documents/validate";

/** An AWS service that may publish to an alert topic. */
export const AlertPublisher = {
    /** CloudWatch alarms. */
    Cloudwatch: "cloudwatch",
    /** EventBridge rules. */
    Events: "events",
    /** AWS Budgets notifications. */
    Budgets: "budgets",
} as const;

/** One of `AlertPublisher`. */
export type AlertPublisher = (typeof AlertPublisher)[keyof typeof AlertPublisher];

/** Every `AlertPublisher` value. */
export const ALERT_PUBLISHERS: readonly AlertPublisher[] = Object.freeze(Object.values(AlertPublisher));

/** Arguments of AlertTopic. */
export interface AlertTopicArgs extends AlertRecipients {
    /** The AWS services that may publish to the topic; [] for a topic only this account's principals (such as a Lambda function's role) publish to. Default ["cloudwatch"]. */
    publishers?: AlertPublisher[];
    /** Days a deleted key waits before it is destroyed, 7 to 30. Default 30. */
    keyDeletionWindowDays?: number;
    /** Tags for the key and the topic. Default none. */
    tags?: Record<string, string>;
}

const WHERE = "AlertTopic";

/** Validates the publishers list; returns it without duplicates. */
function checkPublishers(value: unknown): AlertPublisher[] {
    if (value === undefined) return ["cloudwatch"];
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${WHERE}: publishers must be an array; allowed: ${ALERT_PUBLISHERS.join(", ")}`);
    }
    for (const item of value) {
        if (!(ALERT_PUBLISHERS as readonly unknown[]).includes(item)) {
            throw new GuardrailInputError(`${WHERE}: publisher ${describeValue(item)} is not allowed; allowed: ${ALERT_PUBLISHERS.join(", ")}`);
        }
    }
    return [...new Set(value as AlertPublisher[])];
}

/**
 * An SNS topic for security alerts, in the region of its provider: encrypted
 * with its own customer-managed KMS key (rotation on) that the publishing
 * services may use, a topic policy that lets them publish only for this
 * account's alarms, rules or budgets in this region, and the e-mail and other
 * subscriptions. An alarm can only notify a topic in its own region, so
 * multi-region components create one per region with the same recipients.
 */
export class AlertTopic extends pulumi.ComponentResource {
    /** The topic's ARN. */
    readonly topicArn: pulumi.Output<string>;
    /** The ARN of the key that encrypts the topic. */
    readonly keyArn: pulumi.Output<string>;

    /** The topic (TypeScript only). */
    get topic(): aws.sns.Topic { return members.get(this).topic; }
    /** The key (TypeScript only). */
    get key(): aws.kms.Key { return members.get(this).key; }

    constructor(name: string, args: AlertTopicArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const publishers = checkPublishers(args.publishers);
        const recipients = checkRecipients(WHERE, args);
        const deletionWindow = validateWholeNumber(`${WHERE}: keyDeletionWindowDays`, args.keyDeletionWindowDays, { min: 7, max: 30, fallback: 30 });
        const tags = validateTags(WHERE, args.tags);
        super("aws-guardrails:index:AlertTopic", name, {}, withFormerType(opts, "aws-guardrails:detect:AlertTopic"));

        const invoke = { parent: this };
        const identity = aws.getCallerIdentityOutput({}, invoke);
        const partition = aws.getPartitionOutput({}, invoke);
        const region = aws.getRegionOutput({}, invoke);
        const scope = pulumi.all([partition.partition, identity.accountId, region.region]);

        const key = new aws.kms.Key(`${name}-key`, {
            description: `Encrypts the ${name} alert topic; usable by ${publishers.length > 0 ? publishers.join(", ") : "this account's principals only"}`,
            enableKeyRotation: true,
            deletionWindowInDays: deletionWindow,
            policy: scope.apply(([p, accountId, r]) =>
                JSON.stringify(alertTopicKeyPolicy({ partition: p, accountId, region: r, publishers }))),
            tags,
        }, { parent: this });
        const topic = new aws.sns.Topic(`${name}-topic`, {
            kmsMasterKeyId: key.arn,
            tags,
        }, { parent: this });
        new aws.sns.TopicPolicy(`${name}-policy`, {
            arn: topic.arn,
            policy: pulumi.all([scope, topic.arn]).apply(([[p, accountId, r], topicArn]) =>
                JSON.stringify(alertTopicPolicy({ partition: p, accountId, region: r, topicArn, publishers }))),
        }, { parent: this });
        for (const email of recipients.emails) {
            new aws.sns.TopicSubscription(`${name}-email-${email}`, {
                topic: topic.arn,
                protocol: "email",
                endpoint: email,
            }, { parent: this });
        }
        recipients.subscriptions.forEach((subscription, index) => {
            new aws.sns.TopicSubscription(`${name}-${subscription.protocol}-${index}`, {
                topic: topic.arn,
                protocol: subscription.protocol,
                endpoint: subscription.endpoint,
            }, { parent: this });
        });
        members.set(this, { topic, key });
        this.topicArn = topic.arn;
        this.keyArn = key.arn;
        this.registerOutputs({ topicArn: this.topicArn, keyArn: this.keyArn });
    }
}

const members = new TypeScriptOnly<AlertTopic, { topic: aws.sns.Topic; key: aws.kms.Key }>("AlertTopic");

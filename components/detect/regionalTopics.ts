import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import { validateSnsTopicArn } from "../documents/validate";
import type { AlertPublisher } from "../documents/detect/alertTopicPolicy";
import { AlertTopic } from "./alertTopic";
import type { CheckedRecipients } from "./alertSubscriptions";

/**
 * Validates a map of existing alert topics by region: every key must be one of
 * `regions`, and a known ARN must be an SNS topic ARN in that region (an alarm
 * can only notify a topic in its own region).
 */
export function checkTopicArns(
    where: string,
    value: Record<string, pulumi.Input<string>> | undefined,
    regions: readonly string[],
): Record<string, pulumi.Input<string>> {
    if (value === undefined) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: must map region names to SNS topic ARNs; got ${describeValue(value)}`);
    }
    for (const [region, arn] of Object.entries(value)) {
        if (!regions.includes(region)) {
            throw new GuardrailInputError(`${where}: region ${describeValue(region)} is not one this component alarms in; allowed: ${regions.join(", ")}`);
        }
        validateSnsTopicArn(`${where}["${region}"]`, arn, region);
    }
    return { ...value };
}

/** Everything needed to give one region its alert topic. */
export interface RegionalTopicRequest {
    /** The component that owns the topic. */
    parent: pulumi.Resource;
    /** The topic component's logical name. */
    name: string;
    /** The region's explicit provider; omitted, the topic uses the parent's provider. */
    provider?: pulumi.ProviderResource;
    /** An existing topic to use instead of creating one. */
    existing?: pulumi.Input<string>;
    /** Who the new topic notifies. */
    recipients: CheckedRecipients;
    /** Which services publish to it. */
    publishers: AlertPublisher[];
    /** Tags for the new topic and its key. */
    tags: Record<string, string>;
}

/** Returns the ARN of the existing topic, or creates an {@link AlertTopic} with the region's provider. */
export function regionalTopicArn(request: RegionalTopicRequest): pulumi.Output<string> {
    if (request.existing !== undefined) {
        return pulumi.output(request.existing);
    }
    const topic = new AlertTopic(request.name, {
        emails: request.recipients.emails,
        subscriptions: request.recipients.subscriptions,
        publishers: request.publishers,
        tags: request.tags,
    }, request.provider ? { parent: request.parent, provider: request.provider } : { parent: request.parent });
    return topic.topicArn;
}

/** Creates the explicit provider for one region, as a child of `parent`. */
export function regionalProvider(parent: pulumi.Resource, name: string, region: string): aws.Provider {
    return new aws.Provider(`${name}-${region}`, { region }, { parent });
}

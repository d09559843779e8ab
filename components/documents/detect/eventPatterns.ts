/**
 * EventBridge event patterns the leaked-key alert matches, as plain data.
 */

/** The AWS Health event type AWS raises when it finds one of the account's access keys exposed publicly. */
export const CREDENTIALS_EXPOSED_EVENT_TYPE = "AWS_RISK_CREDENTIALS_EXPOSED";

/** An EventBridge event pattern: field → accepted values, or a nested pattern. */
export interface EventPattern {
    [field: string]: string[] | EventPattern;
}

/**
 * Matches AWS Health's "your access key is exposed" event. Filtered on
 * `eventTypeCode` only: AWS Health sends it as an account-specific event with
 * varying service and category, and a narrower filter could miss it. AWS Health
 * delivers global events in us-east-1 and, as a backup, us-west-2.
 * @awsfact https://github.com/aws/aws-health-tools/tree/master/automated-actions/AWS_RISK_CREDENTIALS_EXPOSED — AWS Health raises an event with eventTypeCode AWS_RISK_CREDENTIALS_EXPOSED when AWS finds one of the account's access keys exposed publicly (the key is the affected entity)
 * @awsfact https://docs.aws.amazon.com/health/latest/ug/cloudwatch-events-health.html — AWS Health delivers global events (such as exposed credentials) to EventBridge in us-east-1, and in us-west-2 as a backup; detail-type "AWS Health Event", source aws.health
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-health.html — AWS Health sends two detail types directly to EventBridge, "AWS Health Event" and "AWS Health Abuse Event"; both are matched, so the key's event is caught whichever AWS files it under
 */
export function credentialsExposedPattern(): EventPattern {
    return {
        source: ["aws.health"],
        "detail-type": ["AWS Health Event", "AWS Health Abuse Event"],
        detail: { eventTypeCode: [CREDENTIALS_EXPOSED_EVENT_TYPE] },
    };
}

/**
 * Matches API calls and console sign-ins by the root user, as CloudTrail
 * delivers them to EventBridge (write management events and sign-in events).
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html — CloudTrail delivers API calls to EventBridge as detail-type "AWS API Call via CloudTrail" and console sign-ins as "AWS Console Sign In via CloudTrail"; read-only events need the rule state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html — userIdentity.type is Root for requests made with the root user's credentials
 */
export function rootActivityPattern(): EventPattern {
    return {
        "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
        detail: { userIdentity: { type: ["Root"] } },
    };
}

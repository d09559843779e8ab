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
 */
export function credentialsExposedPattern(): EventPattern {
    return {
        source: ["aws.health"],
        "detail-type": ["AWS Health Event"],
        detail: { eventTypeCode: [CREDENTIALS_EXPOSED_EVENT_TYPE] },
    };
}

/**
 * Matches API calls and console sign-ins by the root user, as CloudTrail
 * delivers them to EventBridge (write management events and sign-in events).
 */
export function rootActivityPattern(): EventPattern {
    return {
        "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
        detail: { userIdentity: { type: ["Root"] } },
    };
}

/**
 * Event samples, written from the shapes AWS documents:
 * - AWS Health events as EventBridge delivers them ("Reference: AWS Health
 *   events Amazon EventBridge schema",
 *   https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html):
 *   the exposed key is the `entityValue` of `detail.affectedEntities`;
 * - GuardDuty findings ("GuardDuty finding format",
 *   https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-format.html):
 *   the key is `detail.resource.accessKeyDetails`.
 * Key ids are AWS's documentation examples.
 */

/** The account of every sample. */
export const ACCOUNT = "123456789012";
/** A long-term key id (AWS's documentation example). */
export const LEAKED_KEY = "AKIAIOSFODNN7EXAMPLE";
/** A second long-term key id. */
export const OTHER_KEY = "AKIAI44QH8DHBEXAMPLE";
/** The leaked key's user. */
export const LEAKED_USER = "ci-deployer";

/** An `AWS_RISK_CREDENTIALS_EXPOSED` event for the given keys. */
export function credentialsExposedEvent(keys: string[] = [LEAKED_KEY]): Record<string, unknown> {
    return {
        version: "0",
        id: "7bf73129-1428-4cd3-a780-95db273d1602",
        "detail-type": "AWS Health Event",
        source: "aws.health",
        account: ACCOUNT,
        time: "2025-03-04T09:22:05Z",
        region: "us-east-1",
        resources: [],
        detail: {
            eventArn: "arn:aws:health:global::event/RISK/AWS_RISK_CREDENTIALS_EXPOSED/AWS_RISK_CREDENTIALS_EXPOSED_8bd2a9c1-0f6e-4d8e-9b0a-1f3c4d5e6f70",
            service: "RISK",
            eventTypeCode: "AWS_RISK_CREDENTIALS_EXPOSED",
            eventTypeCategory: "issue",
            eventScopeCode: "ACCOUNT_SPECIFIC",
            communicationId: "0b5c6f4a7e8d9c0b1a2f3e4d5c6b7a8f-1",
            startTime: "Tue, 4 Mar 2025 09:22:05 GMT",
            lastUpdatedTime: "Tue, 4 Mar 2025 09:22:05 GMT",
            statusCode: "open",
            eventRegion: "global",
            eventDescription: [{
                language: "en_US",
                latestDescription: "We have become aware that the AWS Access Key listed below, along with the corresponding Secret Key, is publicly available online.",
            }],
            affectedEntities: keys.map((entityValue) => ({ entityValue })),
        },
    };
}

/** A GuardDuty finding naming a key. */
export function guardDutyFinding(type: string, accessKeyId: string, userName: string, userType = "IAMUser"): Record<string, unknown> {
    return {
        version: "0",
        id: "c8c4daa7-a20c-2f03-0070-b7393dd542ad",
        "detail-type": "GuardDuty Finding",
        source: "aws.guardduty",
        account: ACCOUNT,
        time: "2025-03-04T10:00:00Z",
        region: "us-east-1",
        resources: [],
        detail: {
            schemaVersion: "2.0",
            accountId: ACCOUNT,
            region: "eu-west-1",
            partition: "aws",
            id: "16afba5c5c43e07c9e3e5e2e544e95df",
            type,
            severity: 8,
            title: "Credentials for the instance role were used from a remote AWS account.",
            resource: {
                resourceType: "AccessKey",
                accessKeyDetails: { accessKeyId, principalId: "AIDACKCEVSQ6C2EXAMPLE", userName, userType },
            },
        },
    };
}

/** One CloudTrail event as `LookupEvents` returns it, with the raw record in `CloudTrailEvent`. */
export function trailEvent(name: string, source: string, region: string, sourceIp: string, minutesAgo: number, now: Date): Record<string, unknown> {
    const time = new Date(now.getTime() - minutesAgo * 60_000);
    return {
        EventId: `${name}-${region}-${minutesAgo}`,
        EventName: name,
        EventSource: source,
        EventTime: time,
        AccessKeyId: LEAKED_KEY,
        Username: LEAKED_USER,
        ReadOnly: "false",
        CloudTrailEvent: JSON.stringify({ eventVersion: "1.09", eventName: name, eventSource: source, awsRegion: region, sourceIPAddress: sourceIp, eventTime: time.toISOString() }),
    };
}

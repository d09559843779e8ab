/**
 * Reads the exposed access keys out of the events the responder runs on. Part
 * of the Lambda function's code: imports nothing outside this folder.
 */

/** One access key an event names. */
export interface ExposedKey {
    /** The access key id. */
    accessKeyId: string;
    /** The key's user, when the event names it (GuardDuty does, AWS Health does not). */
    userName?: string;
    /** Which service reported it. */
    reportedBy: "AWS Health" | "GuardDuty";
    /** The event's own reference: the Health event ARN or the GuardDuty finding type and id. */
    reference: string;
    /** GuardDuty's principal type (`IAMUser`, `AssumedRole`, `Root`...), when known. */
    userType?: string;
}

/** Thrown for an event the responder does not know how to read. */
export class UnreadableEventError extends Error {
    /** Builds the error with the reason. */
    constructor(message: string) {
        super(message);
        this.name = "UnreadableEventError";
    }
}

const ACCESS_KEY_ID = /^(?:AKIA|ASIA)[A-Z0-9]{16}$/;

function record(value: unknown): Record<string, unknown> | undefined {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
    return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * An AWS Health event as EventBridge delivers it: the exposed keys are the
 * `entityValue`s of `detail.affectedEntities`
 * (https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html).
 * @awsfact https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html — AWS Health events on EventBridge carry detail.eventTypeCode and detail.affectedEntities[].entityValue
 */
function healthKeys(detail: Record<string, unknown>): ExposedKey[] {
    const reference = text(detail.eventArn) ?? "AWS Health event";
    const entities = Array.isArray(detail.affectedEntities) ? detail.affectedEntities : [];
    return entities
        .map((entity) => text(record(entity)?.entityValue))
        .filter((value): value is string => value !== undefined && ACCESS_KEY_ID.test(value))
        .map((accessKeyId) => ({ accessKeyId, reportedBy: "AWS Health" as const, reference }));
}

/**
 * A GuardDuty finding: the key is `detail.resource.accessKeyDetails`
 * (`accessKeyId`, `userName`, `userType`), as the finding format gives it
 * (https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-format.html).
 * @awsfact https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-format.html — a GuardDuty IAM finding names the key in resource.accessKeyDetails (accessKeyId, userName, userType)
 */
function guardDutyKeys(detail: Record<string, unknown>): ExposedKey[] {
    const details = record(record(detail.resource)?.accessKeyDetails);
    const accessKeyId = text(details?.accessKeyId);
    if (!accessKeyId || !ACCESS_KEY_ID.test(accessKeyId)) return [];
    return [{
        accessKeyId,
        userName: text(details?.userName),
        userType: text(details?.userType),
        reportedBy: "GuardDuty",
        reference: `${text(detail.type) ?? "finding"} ${text(detail.id) ?? ""}`.trim(),
    }];
}

/** Every exposed key the event names; throws {@link UnreadableEventError} for an event of another kind or without a key. */
export function exposedKeysOf(event: unknown): ExposedKey[] {
    const envelope = record(event);
    const detail = record(envelope?.detail);
    const source = text(envelope?.source);
    if (!envelope || !detail || (source !== "aws.health" && source !== "aws.guardduty")) {
        throw new UnreadableEventError(`the event is not an AWS Health event or a GuardDuty finding (source ${JSON.stringify(source ?? null)})`);
    }
    const keys = source === "aws.health" ? healthKeys(detail) : guardDutyKeys(detail);
    if (keys.length === 0) {
        throw new UnreadableEventError(`the ${source} event names no access key id`);
    }
    const seen = new Set<string>();
    return keys.filter((key) => !seen.has(key.accessKeyId) && seen.add(key.accessKeyId) !== undefined);
}

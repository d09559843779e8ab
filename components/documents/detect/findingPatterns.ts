/**
 * EventBridge event patterns for AWS Config compliance changes and GuardDuty
 * findings, as plain data. They use EventBridge's content filters (prefix,
 * numeric and `$or`), all supported on event buses:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html — EventBridge patterns support prefix, numeric and $or content filters
 */

/** A content filter on one leaf value. */
export type ContentFilter = string | { prefix: string } | { numeric: (string | number)[] };

/** An EventBridge event pattern with content filters: field → accepted values, a nested pattern, or `$or` alternatives. */
export interface FilterPattern {
    [field: string]: ContentFilter[] | FilterPattern | FilterPattern[];
}

/** The GuardDuty finding-type families that always reach the alert topic, whatever their severity. */
export const KEY_MISUSE_FINDING_PREFIXES: readonly string[] = Object.freeze(["UnauthorizedAccess:IAMUser/", "CredentialAccess:"]);

/**
 * GuardDuty's credential-exfiltration finding types: instance credentials used
 * from outside AWS, or from another AWS account. Source: "GuardDuty IAM finding
 * types", https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html
 * @awsfact https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html — credential exfiltration finding types: UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS and .InsideAWS
 */
export const CREDENTIAL_EXFILTRATION_FINDING_TYPES: readonly string[] = Object.freeze([
    "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS",
    "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS",
]);

/**
 * Matches a change of one of `ruleNames` to NON_COMPLIANT. AWS Config sends
 * "Config Rules Compliance Change" events with `messageType`
 * `ComplianceChangeNotification`, the rule's name and the new evaluation
 * result: https://docs.aws.amazon.com/config/latest/developerguide/monitor-config-with-cloudwatchevents.html
 * @awsfact https://docs.aws.amazon.com/config/latest/developerguide/monitor-config-with-cloudwatchevents.html — AWS Config sends "Config Rules Compliance Change" events (source aws.config, messageType ComplianceChangeNotification) with the new compliance type
 */
export function configNonCompliantPattern(ruleNames: readonly string[]): FilterPattern {
    return {
        source: ["aws.config"],
        "detail-type": ["Config Rules Compliance Change"],
        detail: {
            messageType: ["ComplianceChangeNotification"],
            configRuleName: [...ruleNames],
            newEvaluationResult: { complianceType: ["NON_COMPLIANT"] },
        },
    };
}

/**
 * Matches GuardDuty findings of at least `minimumSeverity`, or of a type that
 * starts with one of `typePrefixes`. GuardDuty sends each finding to
 * EventBridge in its own region as a "GuardDuty Finding" event from
 * `aws.guardduty` (https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-guardduty.html);
 * `detail.severity` is a number (high is 7.0 to 8.9) and `detail.type` the
 * finding type (https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-severity.html).
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-guardduty.html — GuardDuty sends each finding to EventBridge in its own Region as detail-type "GuardDuty Finding" from source aws.guardduty
 * @awsfact https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-severity.html — GuardDuty severity is numeric: high is 7.0 to 8.9, critical 9.0 to 10.0
 */
export function guardDutyFindingsPattern(minimumSeverity: number, typePrefixes: readonly string[] = KEY_MISUSE_FINDING_PREFIXES): FilterPattern {
    const alternatives: FilterPattern[] = [{ severity: [{ numeric: [">=", minimumSeverity] }] }];
    if (typePrefixes.length > 0) {
        alternatives.push({ type: typePrefixes.map((prefix) => ({ prefix })) });
    }
    return {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        detail: alternatives.length === 1 ? alternatives[0] : { $or: alternatives },
    };
}

/** Matches GuardDuty findings of exactly these types (for the responder's optional trigger). */
export function guardDutyFindingTypesPattern(types: readonly string[]): FilterPattern {
    return {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        detail: { type: [...types] },
    };
}

/**
 * Pure builders of the resource policies the detection components attach: the
 * trail bucket and key policies, the CloudTrail-to-Logs role, the alert topic and
 * its key, the EventBridge patterns, and the metric filter syntax check.
 * No Pulumi imports.
 */
export {
    accountRootArn, alarmArnPattern, bucketArn, budgetArnPattern, eventRuleArnPattern, logGroupArn, trailArn,
} from "./arns";
export type { AccountScope } from "./arns";
export { denyInsecureTransport } from "./denyInsecureTransport";
export { TRAIL_BUCKET_SIDS, trailBucketPolicy } from "./trailBucketPolicy";
export type { TrailBucketPolicyArgs } from "./trailBucketPolicy";
export { ACCESS_LOG_BUCKET_SIDS, ACCESS_LOG_PREFIX, accessLogBucketPolicy } from "./accessLogBucketPolicy";
export type { AccessLogBucketPolicyArgs } from "./accessLogBucketPolicy";
export { TRAIL_KEY_SIDS, trailKeyPolicy } from "./trailKeyPolicy";
export type { TrailKeyPolicyArgs } from "./trailKeyPolicy";
export { cloudTrailLogsPermissions, cloudTrailLogsTrustPolicy } from "./cloudTrailLogsRole";
export type { CloudTrailLogsRoleArgs } from "./cloudTrailLogsRole";
export {
    ALERT_PUBLISHERS, ALERT_TOPIC_SIDS, alertTopicPolicy, PUBLISHER_PRINCIPALS, publisherSourceArn,
} from "./alertTopicPolicy";
export type { AlertPublisher, AlertTopicPolicyArgs } from "./alertTopicPolicy";
export { ALERT_KEY_SIDS, alertTopicKeyPolicy } from "./alertTopicKeyPolicy";
export type { AlertTopicKeyPolicyArgs } from "./alertTopicKeyPolicy";
export { CREDENTIALS_EXPOSED_EVENT_TYPE, credentialsExposedPattern, rootActivityPattern } from "./eventPatterns";
export type { EventPattern } from "./eventPatterns";
export { FILTER_COMPARISON_OPERATORS, filterPatternProblems } from "./filterPatternSyntax";
export { CONFIG_NO_GLOBAL_IAM_REGIONS, keyHygieneRules, REVOKE_UNUSED_CREDENTIALS_RUNBOOK } from "./configRules";
export type { KeyHygieneRuleId, ManagedRule, ManagedRuleArgs } from "./configRules";
export {
    configNonCompliantPattern, CREDENTIAL_EXFILTRATION_FINDING_TYPES, guardDutyFindingsPattern, guardDutyFindingTypesPattern,
    KEY_MISUSE_FINDING_PREFIXES,
} from "./findingPatterns";
export type { ContentFilter, FilterPattern } from "./findingPatterns";
export {
    accountUsersArn, configBucketPolicy, configDeliveryPermissions, configManagedPolicyArn, defaultEventBusArn,
    eventForwardingPermissions, revokeUnusedCredentialsPermissions, serviceTrustPolicy,
} from "./keyHygieneRoles";
export { quarantinePolicy, RESPONDER_SIDS, responderPermissions, responderTrustPolicy } from "./leakedKeyResponderPolicy";
export type { ResponderPermissionsArgs } from "./leakedKeyResponderPolicy";

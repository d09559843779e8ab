/** Detection components: `aws-guardrails:detect:*`. */
export { AlertTopic } from "./alertTopic";
export type { AlertTopicArgs } from "./alertTopic";
export { ALERT_PROTOCOLS, checkRecipients } from "./alertSubscriptions";
export type { AlertProtocol, AlertRecipients, AlertSubscription, CheckedRecipients } from "./alertSubscriptions";
export { AllRegionsTrail } from "./allRegionsTrail";
export { LOG_RETENTION_DAYS, LOG_STORAGE_CLASSES, resolveTrailSettings } from "./trailSettings";
export type { AllRegionsTrailArgs, LogStorageClass, ResolvedTrailSettings, TrailLifecycleArgs } from "./trailSettings";
export { BILLING_REGION, BillingAlarm, DEFAULT_BILLING_THRESHOLDS, resolveBillingAlarm } from "./billingAlarm";
export type { BillingAlarmArgs, BillingBudgetArgs, ResolvedBillingAlarm } from "./billingAlarm";
export { DEFAULT_VCPU_CEILING, InstanceCountAlarms, planInstanceCountAlarms } from "./instanceCountAlarms";
export type { InstanceCountAlarmsArgs, InstanceCountPlan } from "./instanceCountAlarms";
export { ALL_INSTANCE_CLASSES, DEFAULT_INSTANCE_CLASSES } from "./instanceClasses";
export type { InstanceClass } from "./instanceClasses";
export { DEFAULT_ENABLED_REGIONS } from "./regionDefaults";
export { alarmDescription, CisAlarms, DEFAULT_CIS_NAMESPACE, enabledCisFilters, resolveCisAlarms } from "./cisAlarms";
export type { CisAlarmsArgs, MonitoringFilter } from "./cisAlarms";
export { CIS_ALARM_IDS, CIS_FILTERS, GUARDRAIL_FILTERS, MFA_DEVICE_EVENTS, MONITORING_ALARM_IDS } from "./cisFilterPatterns";
export type { CisAlarmId, CisFilter, GuardrailAlarmId, GuardrailFilter, MonitoringAlarmId } from "./cisFilterPatterns";
export { HEALTH_EVENT_REGIONS, LeakedKeyAlert, resolveLeakedKeyAlert } from "./leakedKeyAlert";
export type { LeakedKeyAlertArgs } from "./leakedKeyAlert";
export { KeyHygiene } from "./keyHygiene";
export { FINDING_PUBLISHING_FREQUENCIES, resolveKeyHygiene } from "./keyHygieneSettings";
export type {
    FindingPublishingFrequency, KeyHygieneAccessAnalyzerArgs, KeyHygieneArgs, KeyHygieneConfigArgs, KeyHygieneGuardDutyArgs, ResolvedKeyHygiene,
} from "./keyHygieneSettings";
export { LeakedKeyResponder } from "./leakedKeyResponder";
export { resolveLeakedKeyResponder } from "./leakedKeyResponderSettings";
export type { LeakedKeyResponderArgs, ResolvedResponder, ResponderGuardDutyArgs } from "./leakedKeyResponderSettings";

/** Detection components (type tokens `aws-guardrails:index:*`; formerly `aws-guardrails:detect:*`). */
export { ALERT_PUBLISHERS, AlertPublisher, AlertTopic } from "./alertTopic";
export type { AlertTopicArgs } from "./alertTopic";
export { ALERT_PROTOCOLS, AlertProtocol, checkRecipients } from "./alertSubscriptions";
export type { AlertRecipients, AlertSubscription, CheckedRecipients } from "./alertSubscriptions";
export { AllRegionsTrail } from "./allRegionsTrail";
export { LOG_RETENTION_DAYS, LOG_STORAGE_CLASSES, LogStorageClass, resolveTrailSettings } from "./trailSettings";
export type { AllRegionsTrailArgs, ResolvedTrailSettings, TrailLifecycle, TrailLifecycleArgs, TrailOptions } from "./trailSettings";
export { BILLING_REGION, BillingAlarm, DEFAULT_BILLING_THRESHOLDS, resolveBillingAlarm } from "./billingAlarm";
export type { BillingAlarmArgs, BillingBudget, BillingBudgetArgs, BillingSettings, ResolvedBillingAlarm } from "./billingAlarm";
export { DEFAULT_VCPU_CEILING, InstanceCountAlarms, planInstanceCountAlarms } from "./instanceCountAlarms";
export type { InstanceCountAlarmsArgs, InstanceCountPlan, VcpuAlarmSettings } from "./instanceCountAlarms";
export { ALL_INSTANCE_CLASSES, DEFAULT_INSTANCE_CLASSES, InstanceClass } from "./instanceClasses";
export { DEFAULT_ENABLED_REGIONS } from "./regionDefaults";
export { alarmDescription, CisAlarms, DEFAULT_CIS_NAMESPACE, enabledCisFilters, resolveCisAlarms } from "./cisAlarms";
export type { CisAlarmSettings, CisAlarmsArgs, MonitoringFilter } from "./cisAlarms";
export { CIS_ALARM_IDS, CIS_FILTERS, CisAlarmId, GUARDRAIL_FILTERS, MFA_DEVICE_EVENTS, MONITORING_ALARM_IDS } from "./cisFilterPatterns";
export type { CisFilter, GuardrailAlarmId, GuardrailFilter } from "./cisFilterPatterns";
export { HEALTH_EVENT_REGIONS, LeakedKeyAlert, resolveLeakedKeyAlert } from "./leakedKeyAlert";
export type { LeakedKeyAlertArgs, LeakedKeyAlertSettings } from "./leakedKeyAlert";
export { KeyHygiene } from "./keyHygiene";
export { FINDING_PUBLISHING_FREQUENCIES, FindingPublishingFrequency, resolveKeyHygiene } from "./keyHygieneSettings";
export type {
    KeyHygieneAccessAnalyzer, KeyHygieneAccessAnalyzerArgs, KeyHygieneArgs, KeyHygieneConfig, KeyHygieneConfigArgs,
    KeyHygieneGuardDuty, KeyHygieneGuardDutyArgs, KeyHygieneParts, ResolvedKeyHygiene,
} from "./keyHygieneSettings";
export { LeakedKeyResponder } from "./leakedKeyResponder";
export { resolveLeakedKeyResponder } from "./leakedKeyResponderSettings";
export type {
    LeakedKeyResponderArgs, LeakedKeyResponderSettings, ResolvedResponder, ResponderGuardDuty, ResponderGuardDutyArgs,
} from "./leakedKeyResponderSettings";

/** The account baseline: every guardrail and detection component from one args object, and the root program's config parser. */
export { GuardrailBaseline } from "./guardrailBaseline";
export type {
    BillingPart, CisAlarmsPart, GuardrailBaselineArgs, InstanceCountPart, IpRestrictionPart, KeyHygienePart, LeakedKeyPart,
    LeakedKeyResponderPart, MfaRequiredPart, PasswordPolicyPart, RegionRestrictionPart, Toggle, TrailPart,
} from "./args";
export { planBaseline } from "./plan";
export type { BaselinePart, BaselinePlan } from "./plan";
export { BASELINE_CONFIG_KEYS, BaselineConfigError, parseBaselineConfig } from "./config";
export type { BaselineConfigKey } from "./config";

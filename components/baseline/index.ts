/** The account baseline: every guardrail and detection component from one args object, and the root program's config parser. */
export { GuardrailBaseline } from "./guardrailBaseline";
export type { GuardrailBaselineArgs, Toggle } from "./args";
export { planBaseline } from "./plan";
export type { BaselinePart, BaselinePlan } from "./plan";
export { BASELINE_CONFIG_KEYS, BaselineConfigError, parseBaselineConfig } from "./config";
export type { BaselineConfigKey } from "./config";

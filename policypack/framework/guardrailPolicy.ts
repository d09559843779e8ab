/**
 * The policy wrapper every guardrail policy is built with: metadata and views
 * (definition), the resource and stack builders, on @pulumi/policy's public API.
 */
export type {
    CisMapping, GuardrailPolicyMeta, PolicyArea, Report, ResourcePolicyDefinition, ResourceView, StackPolicyDefinition, StackReport,
    StackResourceView,
} from "./definition";
export { resourcePolicy } from "./resourcePolicy";
export { stackPolicy } from "./stackPolicy";

/**
 * aws-guardrails: Pulumi components that make a leaked AWS access key nearly
 * worthless, and its misuse loud. The policy documents they attach are exported
 * from `aws-guardrails/documents` as plain data.
 */
export * from "./iam";
export * from "./detect";
export * from "./baseline";

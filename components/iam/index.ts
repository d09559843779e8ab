/** IAM guardrail components: `aws-guardrails:iam:*`. */
export * from "./accountPasswordPolicy";

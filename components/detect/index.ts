/** Detection components: `aws-guardrails:detect:*`. */
export {};

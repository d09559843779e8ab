/** The IAM path of every service user, role, instance profile and per-service group. */
export const SERVICE_PATH = "/service/";

/** The IAM path every guardrail group uses unless told otherwise. */
export const GUARDRAIL_GROUP_PATH = "/guardrails/";

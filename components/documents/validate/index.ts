/**
 * The one edge: every check of user input that the components and the
 * documents share. Each throws a `GuardrailInputError` that names the bad value
 * and what is allowed, before any resource is registered.
 */
export { validateActionList } from "./actions";
export { validatePolicyArn, validatePrincipalArnPattern, validateRoleArn, validateSnsTopicArn } from "./arns";
export type { PrincipalKind } from "./arns";
export { LOG_RETENTION_DAYS, validateLogGroupName, validateLogRetentionDays, validateMetricNamespace } from "./cloudWatch";
export { isoDateOfDay, validateIsoDay } from "./dates";
export { componentLabel, labelled } from "./label";
export { validateAccessKeyId, validateUserName } from "./iamNames";
export { validateIamName, validateIamPath, validateServiceName, validateTrailName } from "./names";
export { validateRegion, validateRegions } from "./region";
export { validateEmails, validateFlag, validateOneOf, validatePositive, validateWholeNumber } from "./scalars";
export { MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH, MAX_TAGS_PER_RESOURCE, validateOwner, validateTags, validateTagText } from "./tags";

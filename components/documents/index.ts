/**
 * Pure functions that build, validate and inspect IAM policy documents.
 * No Pulumi imports: components attach these documents, the policy pack checks
 * documents with the same helpers, and the tests prove them in the IAM simulator.
 */
export { POLICY_VERSION } from "./policyDocument";
export type { ConditionBlock, PolicyDocument, PolicyStatement, Principal } from "./policyDocument";
export { GuardrailInputError } from "./errors";

export { AWS_NON_COMMERCIAL_REGIONS, AWS_REGION_NAMES, AWS_REGIONS, isKnownRegion, optInRegions } from "./regions";
export type { AwsRegion } from "./regions";
export { isWholeInternet, parseCidr, validateCidr } from "./validate/cidr";
export type { Cidr } from "./validate/cidr";
export { addressRange, wholeFamiliesCovered } from "./validate/cidrCoverage";
export type { AddressRange } from "./validate/cidrCoverage";
export {
    isAccountId,
    isVpcEndpointId,
    isVpcId,
    validateAccountId,
    validateVpcEndpointId,
    validateVpcId,
} from "./validate/awsIds";
export * from "./validate";
export { editDistance, nearestName } from "./validate/nearest";

export {
    actionExists,
    actionResourceTypes,
    checkActionPattern,
    lookupAction,
    nearestAction,
    nearestService,
    resolveActionPattern,
    serviceActionNames,
    serviceExists,
    serviceNames,
    splitAction,
} from "./iamCatalog";
export type { ActionCheck, ActionResourceType, CatalogAction } from "./iamCatalog";
export { hasWildcard, matchesWildcard, wildcardToRegExp } from "./iam/wildcard";

export { DENY_OUTSIDE_CIDRS_SID, denyOutsideCidrs } from "./denyOutsideCidrs";
export type { DenyOutsideCidrsArgs } from "./denyOutsideCidrs";
export { DENY_OUTSIDE_REGIONS_SID, denyOutsideRegions } from "./denyOutsideRegions";
export type { DenyOutsideRegionsArgs } from "./denyOutsideRegions";
export {
    AWS_SAMPLES_GLOBAL_EXEMPTIONS,
    BILLING_GLOBAL_EXEMPTIONS,
    CONTROL_TOWER_GLOBAL_EXEMPTIONS,
    GLOBAL_SERVICE_EXEMPTIONS,
    globalServiceExemptions,
    GlobalServicePreset,
    ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS,
} from "./globalServices";
export { requireMfa } from "./requireMfa";
export { leastPrivilege } from "./leastPrivilege";
export type { LeastPrivilegeOptions } from "./leastPrivilege";
export {
    asScp,
    CLOUDTRAIL_TAMPERING_ACTIONS,
    scpDenyCloudTrailTampering,
    scpDenyLeavingOrganization,
    scpDenyRootUser,
} from "./scp";
export type { ScpExemptionArgs } from "./scp";
export { IAM_USER_PRINCIPAL_PATTERN, IN_VPC_DATA_PLANE_ACTIONS, SCP_NETWORK_SIDS, scpDenyOutsideCidrs } from "./scpNetwork";
export type { ScpDenyOutsideCidrsArgs } from "./scpNetwork";

export { assertWithinLimit, POLICY_SIZE_LIMITS, policySize, splitForLimit, stripJsonWhitespace } from "./sizeLimits";
export type { PolicyKind } from "./sizeLimits";
export { isValidSid, uniqueSid, validateSid } from "./sid";

export { MAX_POLICY_TEXT_LENGTH, parsePolicyDocument } from "./parsePolicyDocument";
export type { ParsedPolicyDocument, ParsePolicyResult } from "./parsePolicyDocument";
export {
    asStringList,
    statementActions,
    statementNotActions,
    statementNotResources,
    statementPrincipals,
    statementResources,
} from "./statementAccess";
export * from "./detect";
export * from "./inspect";

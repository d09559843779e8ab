/**
 * Readers of documents and text that other people wrote: the questions the
 * policy pack and `aws-guardrails audit` both ask (is this statement a fence,
 * does this text carry an AWS key), answered by one module each.
 */
export * from "./statementMatchers";
export { fenceKindsOf } from "./fenceKinds";
export { allowsEveryAddress, allowsEveryRegion } from "./openFences";
export { ADMINISTRATOR_ACCESS_DOCUMENT, isFullAccessManagedPolicy, isOpenBoundary } from "./boundaries";
export { fullAdminStatements, isFullAdminGrant } from "./adminGrant";
export type { FenceKind } from "./fenceKinds";
export { decodeBase64Text, findAccessKeyIds, findAwsKeys, findSecretAccessKeys } from "./awsKeyDetector";
export type { KeyFinding, KeyKind } from "./awsKeyDetector";

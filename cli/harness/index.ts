/**
 * The offline harness: a Pulumi mock runtime that answers like an AWS account
 * and keeps the engine's books (URNs, duplicates, remote components), and a
 * client that drives a CrossGuard policy pack over its real gRPC protocol.
 * The `check` command and the test suite both use it.
 */
export { AwsMocks, STACK_REFERENCE_TYPE } from "./awsMocks";
export { MOCK_ACCOUNT_ID, MOCK_PARTITION, MOCK_ENABLED_REGIONS, MOCK_OPT_IN_REGIONS, MOCK_ORGANIZATION } from "./mockAccount";
export { runUnderMocks } from "./mockRuntime";
export type { MockRun, MockRunOptions, RunCoverage } from "./mockRuntime";
export { runProgramUnderMocks, isEsModule } from "./programLoader";
export { ProgramRunError, ProgramTimeoutError, describeThrown } from "./programErrors";
export { loadProgramProject, ProgramSetupError } from "./programConfig";
export type { ProgramProject } from "./programConfig";
export { PolicyPackClient } from "./policyPackClient";
export type { AnalysisResult, NotApplicable, PackInfo, PolicyMetadata, ProviderView, ResolvedPolicyConfig } from "./policyPackClient";
export { PackStartError } from "./pack/packProcess";
export { resolvePackConfig, readPackConfigFile, PackConfigError } from "./packConfig";
export { analyzeRun, providerResolver, withExemption } from "./analysis";
export type { AnalyzeOptions } from "./analysis";
export { engineUrn, parseUrn, duplicateUrnMessage } from "./urns";
export { renderPolicyDocument, PolicyDocumentError } from "./dataSources/policyDocument";
export type { SourceFrame } from "./stackTraces";
export type { CapturedResource, CapturedOptions, JsonValue, SourceLocation, Violation } from "./types";

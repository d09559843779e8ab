/**
 * The offline harness: a Pulumi mock runtime that answers like an AWS account,
 * and a client that drives a CrossGuard policy pack over its real gRPC protocol.
 * The `check` command and the test suite both use it.
 */
export { AwsMocks } from "./awsMocks";
export { MOCK_ACCOUNT_ID, MOCK_PARTITION, MOCK_ENABLED_REGIONS, MOCK_OPT_IN_REGIONS } from "./mockAccount";
export { runUnderMocks, runProgramUnderMocks, ProgramRunError } from "./mockRuntime";
export type { MockRun, MockRunOptions } from "./mockRuntime";
export { loadProgramProject, ProgramSetupError } from "./programConfig";
export type { ProgramProject } from "./programConfig";
export { PolicyPackClient } from "./policyPackClient";
export type { PackInfo, PolicyMetadata, ProviderView, ResolvedPolicyConfig } from "./policyPackClient";
export { resolvePackConfig, readPackConfigFile, PackConfigError } from "./packConfig";
export { analyzeRun, providerResolver, withExemption } from "./analysis";
export type { AnalyzeOptions } from "./analysis";
export type { CapturedResource, CapturedOptions, JsonValue, Violation } from "./types";

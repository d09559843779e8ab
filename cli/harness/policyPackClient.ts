import { encodeAnalyze, encodeAnalyzeStack, type AnalysisResult } from "./pack/analyzerCodec";
import { AnalyzerRpc } from "./pack/analyzerRpc";
import { PackProcess } from "./pack/packProcess";
import type { PackInfo, ProviderView, ResolvedPolicyConfig } from "./pack/packTypes";
import { MOCK_ORGANIZATION } from "./mockAccount";
import type { CapturedResource, Violation } from "./types";

export type { AnalysisResult, NotApplicable } from "./pack/analyzerCodec";
export type { PackInfo, PolicyMetadata, ProviderView, ResolvedPolicyConfig } from "./pack/packTypes";

/**
 * A policy pack served exactly as the Pulumi CLI serves it (`run-policy-pack`
 * in the pack folder) and driven over its real gRPC protocol. Nothing of the
 * pack is loaded into this process. Three parts: the process
 * ({@link PackProcess}), the messages (`pack/analyzerCodec`) and the calls
 * ({@link AnalyzerRpc}, reachable as `rpc` for callers that encode once).
 */
export class PolicyPackClient {
    private constructor(
        private readonly process: PackProcess,
        /** The protocol calls, for callers that send pre-encoded requests. */
        readonly rpc: AnalyzerRpc,
        /** The pack folder. */
        readonly packDir: string,
    ) {}

    /** Starts the pack and connects to it; fails fast for a missing folder and within `timeoutMs` for a pack that never serves. */
    static async start(packDir: string, options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<PolicyPackClient> {
        const served = await PackProcess.start(packDir, options);
        return new PolicyPackClient(served, new AnalyzerRpc(served.port, () => served.stderrTail()), packDir);
    }

    /** The process id of the served pack (for memory figures). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    /** Messages the pack logged to the engine. */
    get engineLog(): readonly { severity: string; message: string; urn: string }[] {
        return this.process.engineLog;
    }

    /** `GetAnalyzerInfo`: the pack's name, version and every policy's metadata. */
    info(): Promise<PackInfo> {
        return this.rpc.info();
    }

    /** `ConfigureStack`: the stack, project and organization, as the CLI sends them before analysis. */
    configureStack(stack: string, project: string, dryRun: boolean): Promise<void> {
        return this.rpc.configureStack(stack, project, MOCK_ORGANIZATION, dryRun);
    }

    /** `Configure`: per-policy enforcement levels and properties, as `--policy-pack-config` sends them. */
    configure(config: ResolvedPolicyConfig): Promise<void> {
        return this.rpc.configure(config);
    }

    /** `Analyze` one resource with its inputs, options and provider, as the engine does before a step. */
    async analyze(resource: CapturedResource, provider?: ProviderView): Promise<Violation[]> {
        return (await this.analyzeDetailed(resource, provider)).violations;
    }

    /** `AnalyzeStack` over every resource with its outputs, as the engine does at the end of an update. */
    async analyzeStack(resources: CapturedResource[], providerOf: (r: CapturedResource) => ProviderView | undefined): Promise<Violation[]> {
        return (await this.analyzeStackDetailed(resources, providerOf)).violations;
    }

    /** `Analyze`, with the policies that reported themselves not applicable. */
    analyzeDetailed(resource: CapturedResource, provider?: ProviderView): Promise<AnalysisResult> {
        return this.rpc.analyze(encodeAnalyze(resource, provider), resource.urn);
    }

    /** `AnalyzeStack`, with the policies that reported themselves not applicable. */
    analyzeStackDetailed(resources: CapturedResource[], providerOf: (r: CapturedResource) => ProviderView | undefined): Promise<AnalysisResult> {
        return this.rpc.analyzeStack(encodeAnalyzeStack(resources, providerOf));
    }

    /** Stops the pack process and the engine endpoint. */
    async close(): Promise<void> {
        this.rpc.close();
        await this.process.stop();
    }
}

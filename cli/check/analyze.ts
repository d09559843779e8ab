import { providerOf, withExemption } from "../harness/analysis";
import { resolvePackConfig } from "../harness/packConfig";
import { encodeStackEntry, joinStackEntries } from "../harness/pack/analyzerCodec";
import type { PackInfo, PolicyPackClient, ResolvedPolicyConfig } from "../harness/policyPackClient";
import type { CapturedResource, Violation } from "../harness/types";

/** What the pack said about a collected stack. */
export interface PackVerdict {
    /** The pack's metadata. */
    pack: PackInfo;
    /** The config the pack ran with, every policy resolved. */
    config: ResolvedPolicyConfig;
    /** Every violation, exempted ones marked. */
    violations: Violation[];
}

/** A pack that has been told the stack and its config. */
interface ConfiguredPack {
    client: PolicyPackClient;
    pack: PackInfo;
    config: ResolvedPolicyConfig;
}

/** Tells the pack the stack and its config, as the engine does before any analysis. */
async function configure(client: PolicyPackClient, stack: string, project: string, rawPackConfig: Record<string, unknown>): Promise<ConfiguredPack> {
    const pack = await client.info();
    const config = resolvePackConfig(pack, rawPackConfig);
    await client.configureStack(stack, project, false);
    await client.configure(config);
    return { client, pack, config };
}

/** Where the analysis runs and what it may report while it runs. */
export interface AnalysisOptions {
    /** The stack name. */
    stack: string;
    /** The project name. */
    project: string;
    /** The region of the default AWS provider. */
    defaultRegion: string;
    /** The `--policy-pack-config` content. */
    rawPackConfig: Record<string, unknown>;
    /** Concurrent `Analyze` calls (the engine runs steps in parallel); default 16. */
    concurrency?: number;
    /** Called as resources are analyzed, with how many have arrived so far. */
    onProgress?: (done: number, arrived: number) => void;
}

/**
 * The engine's side of a policy check: `Analyze` for every resource as it is
 * registered (so analysis overlaps the program), then `AnalyzeStack` over the
 * whole stack once it is complete. The pack may still be starting when the
 * first resources arrive; they wait for it.
 */
export class StackAnalysis {
    private readonly ready: Promise<ConfiguredPack>;
    private readonly byUrn = new Map<string, CapturedResource>();
    /** Each resource's part of the `AnalyzeStack` request, encoded as it arrives, in registration order. */
    private readonly stackEntries: Uint8Array[] = [];
    private readonly waiting: CapturedResource[] = [];
    private readonly found: Violation[] = [];
    private readonly workers: Promise<void>[] = [];
    private active = 0;
    private done = 0;
    private failure: unknown;

    constructor(client: Promise<PolicyPackClient>, private readonly options: AnalysisOptions) {
        this.ready = client.then((c) => configure(c, options.stack, options.project, options.rawPackConfig));
        this.ready.catch(() => undefined);
    }

    /** Queues registrations for `Analyze`. */
    add(batch: CapturedResource[]): void {
        for (const resource of batch) {
            this.byUrn.set(resource.urn, resource);
            this.waiting.push(resource);
            this.stackEntries.push(encodeStackEntry(resource, this.provider(resource)));
        }
        while (this.active < (this.options.concurrency ?? 16) && this.waiting.length > 0) {
            this.active++;
            this.workers.push(this.work());
        }
    }

    private provider(resource: CapturedResource) {
        return providerOf(resource, (urn) => this.byUrn.get(urn), this.options.defaultRegion, this.options.stack, this.options.project);
    }

    private async work(): Promise<void> {
        try {
            const { client } = await this.ready;
            for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
                this.found.push(...await client.analyze(next, this.provider(next)));
                this.done++;
                this.options.onProgress?.(this.done, this.byUrn.size);
            }
        } catch (err) {
            this.failure ??= err;
            this.waiting.length = 0;
        } finally {
            this.active--;
        }
    }

    /** Waits for every `Analyze`, runs `AnalyzeStack` over everything added, and returns every violation, exempted ones marked. */
    async finish(): Promise<PackVerdict> {
        const { client, pack, config } = await this.ready;
        await Promise.all(this.workers);
        if (this.failure !== undefined) {
            throw this.failure;
        }
        const stack = await client.rpc.analyzeStack(joinStackEntries(this.stackEntries));
        return { pack, config, violations: [...this.found, ...stack.violations].map(withExemption) };
    }
}

/** Analyzes a stack collected beforehand (a preview, a state file): every resource, then the stack. */
export function analyzeCollected(client: PolicyPackClient, resources: CapturedResource[], options: AnalysisOptions): Promise<PackVerdict> {
    const analysis = new StackAnalysis(Promise.resolve(client), options);
    analysis.add(resources);
    return analysis.finish();
}

import { providerOf, withExemption } from "../harness/analysis";
import { resolvePackConfig } from "../harness/packConfig";
import { encodeStackEntry, joinStackEntries } from "../harness/pack/analyzerCodec";
import type { PackInfo, PolicyPackClient, ResolvedPolicyConfig } from "../harness/policyPackClient";
import type { CapturedResource, Violation } from "../harness/types";
import type { Unreadable } from "./inputs/stackFile";
import { JudgedPolicies, type StateRead } from "./judged";
import { unreadableSecrets, type OpaqueSecret } from "./secretProbe";

/** What the pack said about a collected stack. */
export interface PackVerdict {
    /** The pack's metadata. */
    pack: PackInfo;
    /** The config the pack ran with, every policy resolved. */
    config: ResolvedPolicyConfig;
    /** Every violation, exempted ones marked. */
    violations: Violation[];
    /** The resource policies that judged each resource, by URN (from the pack's not-applicable answers). */
    judged: Map<string, string[]>;
    /** The stack policies that ran over the whole stack. */
    stackJudged: string[];
    /** The policies that read deployed state, and whether they had any. */
    stateReads: StateRead[];
    /** Secret inputs the pack could not read, where it would have read them. */
    unreadable: Unreadable[];
}

/** A pack that has been told the stack and its config. */
interface ConfiguredPack {
    client: PolicyPackClient;
    pack: PackInfo;
    config: ResolvedPolicyConfig;
    judges: JudgedPolicies;
}

/** The config property through which a policy judges dates as of a given day instead of today. */
const AS_OF = "asOf";

/** Sets `asOf` to `now` for every policy whose schema takes it (the key-age policies), as `--now` asks. */
function judgedAsOf(config: ResolvedPolicyConfig, pack: PackInfo, now: string | undefined): ResolvedPolicyConfig {
    if (now === undefined) {
        return config;
    }
    const out: ResolvedPolicyConfig = { ...config };
    for (const policy of pack.policies) {
        if (policy.configSchema?.properties[AS_OF] !== undefined && out[policy.name]) {
            out[policy.name] = { ...out[policy.name], properties: { ...out[policy.name].properties, [AS_OF]: now } };
        }
    }
    return out;
}

/** Tells the pack the stack and its config, as the engine does before any analysis. */
async function configure(client: PolicyPackClient, options: AnalysisOptions): Promise<ConfiguredPack> {
    const pack = await client.info();
    const config = judgedAsOf(resolvePackConfig(pack, options.rawPackConfig), pack, options.now);
    await client.configureStack(options.stack, options.project, false);
    await client.configure(config);
    return { client, pack, config, judges: new JudgedPolicies(pack, config) };
}

/** Where the analysis runs and what it may report while it runs. */
export interface AnalysisOptions {
    /** The stack name. */
    stack: string;
    /** The project name. */
    project: string;
    /** The region of the default AWS provider, when default providers must be made up (under mocks); undefined for a stack file, which lists them. */
    defaultRegion: string | undefined;
    /** The `--policy-pack-config` content. */
    rawPackConfig: Record<string, unknown>;
    /** Judge dates (key ages) as of this day (YYYY-MM-DD) instead of today. */
    now?: string;
    /**
     * Drop each resource's outputs once its part of `AnalyzeStack` is encoded, so that a large stack file is held
     * as the encoded bytes only (nothing after analysis reads outputs; a program's run keeps them for --emit-state).
     */
    releaseOutputs?: boolean;
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
    private readonly judged = new Map<string, string[]>();
    private readonly opaque = new Map<string, readonly OpaqueSecret[]>();
    private readonly unreadable: Unreadable[] = [];
    private readonly workers: Promise<void>[] = [];
    private active = 0;
    private done = 0;
    private failure: unknown;

    constructor(client: Promise<PolicyPackClient>, private readonly options: AnalysisOptions) {
        this.ready = client.then((c) => configure(c, options));
        this.ready.catch(() => undefined);
    }

    /** Queues registrations for `Analyze`, with the secret inputs of each that the pack cannot read, if any. */
    add(batch: CapturedResource[], opaque?: ReadonlyMap<string, readonly OpaqueSecret[]>): void {
        opaque?.forEach((secrets, urn) => this.opaque.set(urn, secrets));
        for (const resource of batch) {
            this.byUrn.set(resource.urn, resource);
            this.waiting.push(resource);
            this.stackEntries.push(encodeStackEntry(resource, this.provider(resource)));
            if (this.options.releaseOutputs) {
                resource.analyzerOutputs = {};
            }
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
            const { client, judges } = await this.ready;
            for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
                const provider = this.provider(next);
                const result = await client.analyzeDetailed(next, provider);
                this.found.push(...result.violations);
                const opaque = this.opaque.get(next.urn);
                if (opaque) {
                    this.unreadable.push(...await unreadableSecrets(client, next, provider, result.violations, opaque));
                }
                this.judged.set(next.urn, judges.forResource(next.type, result.notApplicable));
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
        const { client, pack, config, judges } = await this.ready;
        await Promise.all(this.workers);
        if (this.failure !== undefined) {
            throw this.failure;
        }
        const stack = await client.rpc.analyzeStack(joinStackEntries(this.stackEntries));
        this.stackEntries.length = 0;
        const types = new Set([...this.byUrn.values()].map((r) => r.type));
        return {
            pack, config, violations: [...this.found, ...stack.violations].map(withExemption), judged: this.judged, unreadable: this.unreadable,
            stackJudged: judges.forStack(stack.notApplicable), stateReads: judges.stateReads(stack.notApplicable, types),
        };
    }
}

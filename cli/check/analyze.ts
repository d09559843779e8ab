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
    /** `Analyze` calls each pack process answered: the first, then the second if one joined. */
    analyzeCalls: number[];
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
    /** Concurrent `Analyze` calls per pack process (the engine runs steps in parallel); default 16. */
    concurrency?: number;
    /**
     * A second process of the same pack, started once `after` resources have arrived: it takes `Analyze` calls
     * from the same queue and runs `AnalyzeStack` while the first still works through the queue, so a large
     * stack is judged on two cores. Only for a pack whose every answer depends on the request alone.
     */
    secondPack?: { after: number; start: () => Promise<PolicyPackClient> };
    /** Called as resources are analyzed, with how many have arrived so far. */
    onProgress?: (done: number, arrived: number) => void;
}

/** One pack process judging resources: its configured pack, and how many of its calls are in flight. */
interface Lane {
    configured: ConfiguredPack;
    active: number;
    answered: number;
}

/**
 * The engine's side of a policy check: `Analyze` for every resource as it is
 * registered (so analysis overlaps the program), then `AnalyzeStack` over the
 * whole stack once it is complete. The pack may still be starting when the
 * first resources arrive; they wait for it. A large stack may be shared with a
 * second process of the same pack (see {@link AnalysisOptions.secondPack}).
 */
export class StackAnalysis {
    private readonly ready: Promise<ConfiguredPack>;
    private readonly lanes: Lane[] = [];
    private second: Promise<Lane | undefined> | undefined;
    private readonly byUrn = new Map<string, CapturedResource>();
    /** Each resource's part of the `AnalyzeStack` request, encoded as it arrives, in registration order. */
    private readonly stackEntries: Uint8Array[] = [];
    private readonly waiting: CapturedResource[] = [];
    private readonly found: Violation[] = [];
    private readonly judged = new Map<string, string[]>();
    private readonly opaque = new Map<string, readonly OpaqueSecret[]>();
    private readonly unreadable: Unreadable[] = [];
    private readonly workers: Promise<void>[] = [];
    private done = 0;
    private failure: unknown;

    constructor(client: Promise<PolicyPackClient>, private readonly options: AnalysisOptions) {
        this.ready = client.then((c) => configure(c, options));
        this.ready.then((configured) => {
            this.lanes.unshift({ configured, active: 0, answered: 0 });
            this.fill();
        }, () => undefined);
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
        const second = this.options.secondPack;
        if (second && !this.second && this.byUrn.size >= second.after) {
            this.second = this.startSecond(second.start);
        }
        this.fill();
    }

    /** The second pack process joins once configured; one that cannot start leaves the work to the first. */
    private async startSecond(start: () => Promise<PolicyPackClient>): Promise<Lane | undefined> {
        let client: PolicyPackClient | undefined;
        try {
            client = await start();
            const lane = { configured: await configure(client, this.options), active: 0, answered: 0 };
            this.lanes.push(lane);
            this.fill();
            return lane;
        } catch {
            await client?.close();
            return undefined;
        }
    }

    /** Gives every ready pack process up to its share of concurrent `Analyze` calls. */
    private fill(): void {
        for (const lane of this.lanes) {
            while (lane.active < (this.options.concurrency ?? 16) && this.waiting.length > 0) {
                lane.active++;
                this.workers.push(this.work(lane));
            }
        }
    }

    private provider(resource: CapturedResource) {
        return providerOf(resource, (urn) => this.byUrn.get(urn), this.options.defaultRegion, this.options.stack, this.options.project);
    }

    private async work(lane: Lane): Promise<void> {
        const { client, judges } = lane.configured;
        try {
            for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
                const provider = this.provider(next);
                const result = await client.analyzeDetailed(next, provider);
                this.found.push(...result.violations);
                const opaque = this.opaque.get(next.urn);
                if (opaque) {
                    this.unreadable.push(...await unreadableSecrets(client, next, provider, result.violations, opaque));
                }
                this.judged.set(next.urn, judges.forResource(next.type, result.notApplicable));
                lane.answered++;
                this.done++;
                this.options.onProgress?.(this.done, this.byUrn.size);
            }
        } catch (err) {
            this.failure ??= err;
            this.waiting.length = 0;
        } finally {
            lane.active--;
        }
    }

    /**
     * Waits for every `Analyze`, runs `AnalyzeStack` over everything added (in the second pack process, if there
     * is one, while the first finishes its queue), and returns every violation, exempted ones marked.
     */
    async finish(): Promise<PackVerdict> {
        const { pack, config, judges } = await this.ready;
        const stackLane = (await this.second) ?? this.lanes[0];
        const analyzed = (async () => {
            // A lane that joins late adds workers: wait until every one ever started has ended.
            for (let awaited = 0; awaited < this.workers.length;) {
                const upTo = this.workers.length;
                await Promise.all(this.workers.slice(awaited, upTo));
                awaited = upTo;
            }
        })();
        const entries = joinStackEntries(this.stackEntries);
        this.stackEntries.length = 0;
        const analyzingStack = stackLane === this.lanes[0] ? analyzed.then(() => this.analyzeStack(stackLane, entries)) : this.analyzeStack(stackLane, entries);
        analyzingStack.catch(() => undefined);
        await analyzed;
        if (this.failure !== undefined) {
            throw this.failure;
        }
        const stack = await analyzingStack;
        const types = new Set([...this.byUrn.values()].map((r) => r.type));
        return {
            pack, config, violations: [...this.found, ...stack.violations].map(withExemption), judged: this.judged, unreadable: this.unreadable,
            stackJudged: judges.forStack(stack.notApplicable), stateReads: judges.stateReads(stack.notApplicable, types),
            analyzeCalls: this.lanes.map((lane) => lane.answered),
        };
    }

    private analyzeStack(lane: Lane, entries: Uint8Array) {
        return lane.configured.client.rpc.analyzeStack(entries);
    }

    /** Stops the second pack process, if one was started (the first belongs to the caller). */
    async close(): Promise<void> {
        const second = await this.second?.catch(() => undefined);
        await second?.configured.client.close();
    }
}

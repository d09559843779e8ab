import { PolicyPackClient, resolvePackConfig } from "../cli/harness";
import { encodeAnalyze, encodeAnalyzeStack } from "../cli/harness/pack/analyzerCodec";
import type { CapturedResource, ProviderView } from "../cli/harness";
import { Figures, median, msSince, peakRssMiB } from "./figures";
import { LARGE_STRING_SIZES, sizedResource, syntheticStack } from "./syntheticStack";

const PROVIDER: ProviderView = { type: "pulumi:providers:aws", name: "default", urn: "urn:pulumi:bench::bench::pulumi:providers:aws::default", properties: { region: "eu-west-1" } };

/** Starts a pack through the CLI path and returns it with the time to a `GetAnalyzerInfo` answer. */
async function startTimed(dir: string): Promise<{ client: PolicyPackClient; ms: number }> {
    const start = process.hrtime.bigint();
    const client = await PolicyPackClient.start(dir);
    const info = await client.info();
    await client.configure(resolvePackConfig(info, {}));
    return { client, ms: msSince(start) };
}

/** Pack start-up, from spawn to `GetAnalyzerInfo` answered, median of `runs`, and the pack's peak RSS. */
export async function measureStartup(figures: Figures, label: string, dir: string, runs = 5): Promise<void> {
    const times: number[] = [];
    let rss = NaN;
    for (let i = 0; i < runs; i++) {
        const { client, ms } = await startTimed(dir);
        times.push(ms);
        rss = peakRssMiB(client.pid);
        await client.close();
    }
    figures.add(`${label}.startup`, median(times), "ms", runs);
    figures.add(`${label}.startup.peakRss`, rss, "MiB", 1);
}

/** A resource's `Analyze` request, encoded ahead of time: the engine's own encoding cost is not the pack's. */
interface EncodedRequest {
    bytes: Uint8Array;
    urn: string;
}

function encodeAll(resources: CapturedResource[]): EncodedRequest[] {
    return resources.map((r) => ({ bytes: encodeAnalyze(r, PROVIDER), urn: r.urn }));
}

async function analyzeAll(client: PolicyPackClient, requests: EncodedRequest[], concurrency: number): Promise<number> {
    let next = 0;
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < requests.length) {
            const request = requests[next++];
            await client.rpc.analyze(request.bytes, request.urn);
        }
    }));
    return msSince(start);
}

/** One pack, started once, with the synthetic stack's requests encoded ahead of time. */
interface ServedPack {
    label: string;
    client: PolicyPackClient;
    requests: EncodedRequest[];
    stackRequest: Uint8Array;
    seq: number[];
    conc: number[];
    stack: number[];
}

async function serve(label: string, dir: string, stack: CapturedResource[]): Promise<ServedPack> {
    const { client } = await startTimed(dir);
    const requests = encodeAll(stack);
    await analyzeAll(client, requests.slice(0, 500), 8);
    return { label, client, requests, stackRequest: encodeAnalyzeStack(stack, () => PROVIDER), seq: [], conc: [], stack: [] };
}

/** One round over the whole stack: every resource in sequence, then 32 at a time, then one AnalyzeStack. */
async function round(pack: ServedPack): Promise<void> {
    const n = pack.requests.length;
    pack.seq.push((await analyzeAll(pack.client, pack.requests, 1)) * 1000 / n);
    pack.conc.push((await analyzeAll(pack.client, pack.requests, 32)) * 1000 / n);
    const start = process.hrtime.bigint();
    await pack.client.rpc.analyzeStack(pack.stackRequest);
    pack.stack.push(msSince(start));
}

/**
 * Throughput of our pack against the no-op pack over the synthetic stack. The
 * two packs run in alternating rounds, so that drift in the machine's speed hits
 * both alike, and each figure is the median of the rounds.
 */
async function throughput(figures: Figures, packDir: string, noopDir: string, stack: CapturedResource[], rounds = 3): Promise<void> {
    const ours = await serve("pack", packDir, stack);
    const noop = await serve("noopPack", noopDir, stack);
    try {
        for (let i = 0; i < rounds; i++) {
            await round(ours);
            await round(noop);
        }
        for (const pack of [ours, noop]) {
            figures.add(`${pack.label}.analyze.sequential.perResource`, median(pack.seq), "us", stack.length * rounds);
            figures.add(`${pack.label}.analyze.concurrent32.perResource`, median(pack.conc), "us", stack.length * rounds);
            figures.add(`${pack.label}.analyzeStack.total`, median(pack.stack), "ms", rounds);
            figures.add(`${pack.label}.peakRss`, peakRssMiB(pack.client.pid), "MiB", stack.length);
        }
        figures.add("pack.vsNoop.sequential.ratio", median(ours.seq) / median(noop.seq), "x", rounds);
        figures.add("pack.vsNoop.concurrent32.ratio", median(ours.conc) / median(noop.conc), "x", rounds);
    } finally {
        await ours.client.close();
        await noop.client.close();
    }
}

/** How the cost of one Analyze grows with the size of the largest string in the resource. */
async function scaling(figures: Figures, label: string, dir: string, repeats = 15): Promise<void> {
    const { client } = await startTimed(dir);
    try {
        for (const [sizeName, size] of Object.entries(LARGE_STRING_SIZES)) {
            const resource = sizedResource(size, 1);
            const [request] = encodeAll([resource]);
            await client.rpc.analyze(request.bytes, request.urn);
            const times: number[] = [];
            for (let i = 0; i < repeats; i++) {
                const start = process.hrtime.bigint();
                await client.rpc.analyze(request.bytes, request.urn);
                times.push(msSince(start));
            }
            figures.add(`${label}.analyze.string${sizeName === "small" ? "1KB" : sizeName === "medium" ? "100KB" : "1MB"}`, median(times), "ms", repeats);
        }
    } finally {
        await client.close();
    }
}

/** Every pack figure: start-up, throughput against the no-op pack, and scaling with string size. */
export async function measurePack(figures: Figures, packDir: string, noopDir: string, count: number): Promise<void> {
    await measureStartup(figures, "pack", packDir);
    await measureStartup(figures, "noopPack", noopDir);
    const stack = syntheticStack(count);
    await throughput(figures, packDir, noopDir, stack);
    await scaling(figures, "pack", packDir);
    await scaling(figures, "noopPack", noopDir);
}

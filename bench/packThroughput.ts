import { PolicyPackClient, resolvePackConfig } from "../cli/harness";
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

function encodeAll(client: PolicyPackClient, resources: CapturedResource[]): EncodedRequest[] {
    return resources.map((r) => ({ bytes: client.encodeAnalyze(r, PROVIDER), urn: r.urn }));
}

async function analyzeAll(client: PolicyPackClient, requests: EncodedRequest[], concurrency: number): Promise<number> {
    let next = 0;
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < requests.length) {
            const request = requests[next++];
            await client.analyzeEncoded(request.bytes, request.urn);
        }
    }));
    return msSince(start);
}

/** Per-resource cost of a pack over the synthetic stack: sequential, 32 concurrent, and one AnalyzeStack. */
async function throughputOf(figures: Figures, label: string, dir: string, stack: CapturedResource[]): Promise<{ seq: number; conc: number; stackMs: number; rss: number }> {
    const { client } = await startTimed(dir);
    try {
        const requests = encodeAll(client, stack);
        const stackRequest = client.encodeAnalyzeStack(stack, () => PROVIDER);
        await analyzeAll(client, requests.slice(0, 500), 8);
        const seqMs = await analyzeAll(client, requests, 1);
        const seq = figures.add(`${label}.analyze.sequential.perResource`, (seqMs * 1000) / stack.length, "us", stack.length);
        const concMs = await analyzeAll(client, requests, 32);
        const conc = figures.add(`${label}.analyze.concurrent32.perResource`, (concMs * 1000) / stack.length, "us", stack.length);
        const stackTimes: number[] = [];
        for (let i = 0; i < 3; i++) {
            const start = process.hrtime.bigint();
            await client.analyzeStackEncoded(stackRequest);
            stackTimes.push(msSince(start));
        }
        const stackMs = figures.add(`${label}.analyzeStack.total`, median(stackTimes), "ms", stack.length);
        const rss = figures.add(`${label}.peakRss`, peakRssMiB(client.pid), "MiB", stack.length);
        return { seq, conc, stackMs, rss };
    } finally {
        await client.close();
    }
}

/** How the cost of one Analyze grows with the size of the largest string in the resource. */
async function scaling(figures: Figures, label: string, dir: string, repeats = 15): Promise<void> {
    const { client } = await startTimed(dir);
    try {
        for (const [sizeName, size] of Object.entries(LARGE_STRING_SIZES)) {
            const resource = sizedResource(size, 1);
            const [request] = encodeAll(client, [resource]);
            await client.analyzeEncoded(request.bytes, request.urn);
            const times: number[] = [];
            for (let i = 0; i < repeats; i++) {
                const start = process.hrtime.bigint();
                await client.analyzeEncoded(request.bytes, request.urn);
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
    const ours = await throughputOf(figures, "pack", packDir, stack);
    const noop = await throughputOf(figures, "noopPack", noopDir, stack);
    figures.add("pack.vsNoop.sequential.ratio", ours.seq / noop.seq, "x", stack.length);
    figures.add("pack.vsNoop.concurrent32.ratio", ours.conc / noop.conc, "x", stack.length);
    await scaling(figures, "pack", packDir);
    await scaling(figures, "noopPack", noopDir);
}

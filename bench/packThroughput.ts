import * as path from "path";
import { PolicyPackClient, resolvePackConfig } from "../cli/harness";
import type { CapturedResource, ProviderView } from "../cli/harness";
import { Figures, median, msSince, peakRssMiB, processCpuMs } from "./figures";
import { LARGE_STRING_SIZES, sizedResource, syntheticStack } from "./syntheticStack";

const PROVIDER: ProviderView = { type: "pulumi:providers:aws", name: "default", urn: "urn:pulumi:bench::bench::pulumi:providers:aws::default", properties: { region: "eu-west-1" } };

/** A pack to measure: its label in the figures and its folder. */
export interface PackUnderTest {
    /** Figure prefix, e.g. `pack`. */
    label: string;
    /** The pack folder. */
    dir: string;
}

/** `BENCH_PROFILE=<dir>` writes a CPU profile of our pack's process there (see bench/profileSummary.ts). */
function packEnv(label: string): Record<string, string> {
    const dir = process.env.BENCH_PROFILE;
    if (!dir || label !== "pack") {
        return {};
    }
    return { NODE_OPTIONS: `--require ${path.join(__dirname, "cpuProfile.js")}`, BENCH_PROFILE_DIR: path.resolve(dir) };
}

/** Starts a pack through the CLI path and returns it with the time to a `GetAnalyzerInfo` answer. */
async function startTimed(pack: PackUnderTest): Promise<{ client: PolicyPackClient; ms: number }> {
    const start = process.hrtime.bigint();
    const client = await PolicyPackClient.start(pack.dir, { env: packEnv(pack.label) });
    const info = await client.info();
    const ms = msSince(start);
    await client.configure(resolvePackConfig(info, {}));
    return { client, ms };
}

/** Pack start-up, from spawn to `GetAnalyzerInfo` answered, median of `runs`, and the pack's peak RSS. */
async function measureStartup(figures: Figures, pack: PackUnderTest, runs: number): Promise<void> {
    const times: number[] = [];
    let rss = NaN;
    for (let i = 0; i < runs; i++) {
        const { client, ms } = await startTimed({ ...pack, label: "startup" });
        times.push(ms);
        rss = peakRssMiB(client.pid);
        await client.close();
    }
    figures.add(`${pack.label}.startup`, median(times), "ms", runs);
    figures.add(`${pack.label}.startup.peakRss`, rss, "MiB", 1);
}

/** Every resource through `Analyze` exactly as `check` sends it (encoding included), `concurrency` at a time; wall ms. */
async function analyzeAll(client: PolicyPackClient, resources: CapturedResource[], concurrency: number): Promise<number> {
    let next = 0;
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < resources.length) {
            const resource = resources[next++];
            await client.analyze(resource, PROVIDER);
        }
    }));
    return msSince(start);
}

/** One served pack and its per-round samples. */
interface ServedPack extends PackUnderTest {
    client: PolicyPackClient;
    /** The pack process's CPU per resource over both Analyze passes of a round, µs. */
    cpu: number[];
    seq: number[];
    conc: number[];
    stack: number[];
}

/** One round over the whole stack: every resource in sequence, then 32 at a time, then one AnalyzeStack. */
async function round(pack: ServedPack, stack: CapturedResource[]): Promise<void> {
    const cpuBefore = processCpuMs(pack.client.pid);
    pack.seq.push((await analyzeAll(pack.client, stack, 1)) * 1000 / stack.length);
    pack.conc.push((await analyzeAll(pack.client, stack, 32)) * 1000 / stack.length);
    pack.cpu.push((processCpuMs(pack.client.pid) - cpuBefore) * 1000 / (2 * stack.length));
    const start = process.hrtime.bigint();
    await pack.client.analyzeStack(stack, () => PROVIDER);
    pack.stack.push(msSince(start));
}

/**
 * Throughput of every pack over the same synthetic stack, through the CLI's
 * client. The packs take turns round by round, so that drift in the machine's
 * speed hits all alike; each figure is the median of the rounds. The first pack
 * is ours; ratios compare it with each of the others.
 */
async function throughput(figures: Figures, packs: PackUnderTest[], stack: CapturedResource[], rounds: number): Promise<void> {
    const served: ServedPack[] = [];
    try {
        for (const pack of packs) {
            const { client } = await startTimed(pack);
            await analyzeAll(client, stack.slice(0, 500), 8);
            served.push({ ...pack, client, cpu: [], seq: [], conc: [], stack: [] });
        }
        for (let i = 0; i < rounds; i++) {
            for (const pack of served) {
                await round(pack, stack);
            }
        }
        for (const pack of served) {
            figures.add(`${pack.label}.analyze.sequential.perResource`, median(pack.seq), "us", stack.length * rounds);
            figures.add(`${pack.label}.analyze.concurrent32.perResource`, median(pack.conc), "us", stack.length * rounds);
            figures.add(`${pack.label}.analyze.packCpu.perResource`, median(pack.cpu), "us", 2 * stack.length * rounds);
            figures.add(`${pack.label}.analyzeStack.total`, median(pack.stack), "ms", rounds);
            figures.add(`${pack.label}.peakRss`, peakRssMiB(pack.client.pid), "MiB", stack.length);
        }
        const [ours, ...others] = served;
        for (const other of others) {
            figures.add(`pack.vs.${other.label}.sequential.ratio`, median(ours.seq) / median(other.seq), "x", rounds);
            figures.add(`pack.vs.${other.label}.concurrent32.ratio`, median(ours.conc) / median(other.conc), "x", rounds);
            figures.add(`pack.vs.${other.label}.packCpu.ratio`, median(ours.cpu) / median(other.cpu), "x", rounds);
        }
    } finally {
        await Promise.all(served.map((pack) => pack.client.close()));
    }
}

/** How the cost of one Analyze grows with the size of the largest string in the resource. */
async function scaling(figures: Figures, pack: PackUnderTest, repeats = 15): Promise<void> {
    const { client } = await startTimed(pack);
    try {
        for (const [sizeName, size] of Object.entries(LARGE_STRING_SIZES)) {
            const resource = sizedResource(size, 1);
            await client.analyze(resource, PROVIDER);
            const times: number[] = [];
            for (let i = 0; i < repeats; i++) {
                const start = process.hrtime.bigint();
                await client.analyze(resource, PROVIDER);
                times.push(msSince(start));
            }
            figures.add(`${pack.label}.analyze.string${sizeName === "small" ? "1KB" : sizeName === "medium" ? "100KB" : "1MB"}`, median(times), "ms", repeats);
        }
    } finally {
        await client.close();
    }
}

/** Every pack figure: start-up, throughput against the no-op pack and @pulumi/awsguard, and scaling with string size. */
export async function measurePack(figures: Figures, packs: { ours: string; noop: string; awsguard: string }, count: number, rounds = 3): Promise<void> {
    const ours = { label: "pack", dir: packs.ours };
    const noop = { label: "noopPack", dir: packs.noop };
    const awsguard = { label: "awsguardPack", dir: packs.awsguard };
    await measureStartup(figures, ours, 5);
    await measureStartup(figures, noop, 5);
    await measureStartup(figures, awsguard, 3);
    await throughput(figures, [ours, noop, awsguard], syntheticStack(count), rounds);
    await scaling(figures, ours);
    await scaling(figures, noop);
}

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EngineLogServer } from "../cli/harness/pack/engineLogServer";
import { ComponentHost } from "../test/provider/support/componentHost";
import { FakeResourceMonitor } from "../test/provider/support/fakeMonitor";
import { Figures, median, peakRssMiB } from "./figures";

/** CPU seconds (user + system) a process has used so far (Linux /proc), or NaN. */
function cpuSeconds(pid: number | undefined): number {
    try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
        return NaN;
    }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
    const start = process.hrtime.bigint();
    const value = await work();
    return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

const USER = {
    service: "exporter", owner: "data-team", restrictionGroups: ["office"], accessKeys: { enabled: true },
    statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/*"] }],
};
const BASELINE = { homeRegion: "eu-west-1", allowedRegions: ["eu-west-1"], allowedCidrs: ["203.0.113.0/24"], alertEmails: ["security@example.com"] };

/**
 * The multi-language component package through the real Node.js component
 * host, started as the CLI starts it, with a fake engine and resource monitor:
 * start-up, GetSchema (the host infers the schema from the TypeScript types),
 * Constructs after it, and a Construct as `pulumi up` sends it to a fresh host
 * (which then infers the schema itself first). Medians of `runs` rounds.
 */
export async function measureComponentHost(figures: Figures, runs = 3): Promise<void> {
    const samples: Record<string, number[]> = {};
    const add = (name: string, value: number) => (samples[name] ??= []).push(value);
    for (let i = 0; i < runs; i++) {
        const engine = await EngineLogServer.start();
        const monitor = await FakeResourceMonitor.start("bench", "bench");
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-bench-"));
        const target = { project: "bench", stack: "bench", monitorAddress: monitor.address, parent: "urn:pulumi:bench::bench::pulumi:pulumi:Stack::bench-bench" };
        try {
            // As `pulumi package add` uses it: start, then GetSchema.
            const schemaHost = await ComponentHost.start(engine.address, dir);
            add("componentHost.start", schemaHost.startMs);
            add("componentHost.getSchema", (await timed(() => schemaHost.schema()))[1]);
            add("componentHost.construct.scopedServiceUser", (await timed(() => schemaHost.construct(target, "aws-guardrails:index:ScopedServiceUser", "user", USER)))[1]);
            monitor.clear();
            add("componentHost.construct.guardrailBaseline", (await timed(() => schemaHost.construct(target, "aws-guardrails:index:GuardrailBaseline", "account", BASELINE)))[1]);
            add("componentHost.construct.guardrailBaseline.registrations", monitor.registrations.length);
            add("componentHost.cpu", cpuSeconds(schemaHost.pid) * 1000);
            add("componentHost.peakRss", peakRssMiB(schemaHost.pid));
            await schemaHost.stop();
            // As `pulumi up` uses it: start, then Construct at once (the host infers the schema first).
            const upHost = await ComponentHost.start(engine.address, dir);
            add("componentHost.construct.scopedServiceUser.first", (await timed(() => upHost.construct(target, "aws-guardrails:index:ScopedServiceUser", "first", USER)))[1]);
            await upHost.stop();
        } finally {
            await monitor.stop();
            await engine.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
    for (const [name, values] of Object.entries(samples)) {
        const unit = name.endsWith("registrations") ? "resources" : name.endsWith("peakRss") ? "MiB" : "ms";
        figures.add(name, median(values), unit, values.length);
    }
}

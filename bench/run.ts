import * as path from "path";
import { Figures } from "./figures";
import { measureAudit } from "./audit";
import { measureCheck } from "./checkTiming";
import { measureScale } from "./checkScale";
import { measureComponentHost } from "./componentHost";
import { measureComponents } from "./components";
import { measurePack } from "./packThroughput";

const ROOT = path.resolve(__dirname, "..");

/**
 * `npm run bench`: prints one JSON line per figure and writes bench/results.json.
 * Figures: pack start-up and peak RSS, Analyze/AnalyzeStack throughput through
 * the CLI's client over a synthetic 10,000-resource stack against a no-op pack
 * and @pulumi/awsguard, cost versus string size, the `check` of the root
 * program, `check` of a program that registers 10,000 resources (time and peak
 * RSS of every process), component construction under mocks,
 * `aws-guardrails audit` of a synthetic 1,000-user account (bench/audit.ts), and
 * the multi-language component host (start-up, GetSchema, Construct;
 * bench/componentHost.ts).
 */
async function main(): Promise<void> {
    const figures = new Figures();
    const count = Number(process.env.BENCH_RESOURCES ?? 10_000);
    const packs = { ours: path.join(ROOT, "policypack"), noop: path.join(ROOT, "bench", "noop-pack"), awsguard: path.join(ROOT, "bench", "awsguard-pack") };
    await measurePack(figures, packs, count, Number(process.env.BENCH_ROUNDS ?? 3));
    if (process.env.BENCH_PACK_ONLY === "1") {
        figures.write(path.join(ROOT, "bench", "results.json"));
        return;
    }
    await measureCheck(figures, ROOT);
    await measureScale(figures, ROOT, count);
    await measureComponents(figures);
    await measureAudit(figures, ROOT);
    await measureComponentHost(figures);
    figures.write(path.join(ROOT, "bench", "results.json"));
}

main().catch((err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
});

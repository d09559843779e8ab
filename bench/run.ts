import * as path from "path";
import { Figures } from "./figures";
import { measureCheck } from "./checkTiming";
import { measureComponentHost } from "./componentHost";
import { measureComponents } from "./components";
import { measurePack } from "./packThroughput";

const ROOT = path.resolve(__dirname, "..");

/**
 * `npm run bench`: prints one JSON line per figure and writes bench/results.json.
 * Figures: pack start-up and peak RSS, Analyze/AnalyzeStack throughput over a
 * synthetic 10,000-resource stack against a no-op pack, cost versus string size,
 * the `check` of the root program, component construction under mocks, and the
 * multi-language component host (start-up, GetSchema, Construct).
 */
async function main(): Promise<void> {
    const figures = new Figures();
    const count = Number(process.env.BENCH_RESOURCES ?? 10_000);
    await measurePack(figures, path.join(ROOT, "policypack"), path.join(ROOT, "bench", "noop-pack"), count);
    await measureCheck(figures, ROOT);
    await measureComponents(figures);
    await measureComponentHost(figures);
    figures.write(path.join(ROOT, "bench", "results.json"));
}

main().catch((err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
});

import * as fs from "fs";
import * as path from "path";

/** The parts of a V8 `.cpuprofile` this summary reads. */
interface CpuProfile {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
    startTime: number;
    endTime: number;
}

/**
 * `ts-node bench/profileSummary.ts <file.cpuprofile|dir> [top]`: self time per
 * function of a profile written by `BENCH_PROFILE=<dir> npm run bench`, the
 * largest first, with the share spent in our own code (policypack/bin).
 */
function summarize(file: string, top: number): void {
    const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
    const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
    const byFrame = new Map<string, number>();
    let ours = 0;
    for (const node of profile.nodes) {
        const { functionName, url, lineNumber } = node.callFrame;
        const where = url.replace(/^.*node_modules\//, "").replace(/^.*policypack\/bin\//, "pack:");
        const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
        byFrame.set(key, (byFrame.get(key) ?? 0) + (node.hitCount ?? 0));
        if (url.includes("policypack/bin/")) {
            ours += node.hitCount ?? 0;
        }
    }
    const seconds = (profile.endTime - profile.startTime) / 1e6;
    process.stdout.write(`${path.basename(file)}: ${seconds.toFixed(1)} s, ${total} samples, ${(100 * ours / total).toFixed(1)} % in the pack's own code\n`);
    for (const [key, hits] of [...byFrame.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        process.stdout.write(`${(100 * hits / total).toFixed(1).padStart(5)} %  ${key}\n`);
    }
}

const target = process.argv[2];
if (!target) {
    process.stderr.write("usage: ts-node bench/profileSummary.ts <file.cpuprofile|dir> [top]\n");
    process.exit(2);
}
const files = fs.statSync(target).isDirectory() ? fs.readdirSync(target).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(target, f)) : [target];
files.forEach((file) => summarize(file, Number(process.argv[3] ?? 30)));

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeStateFile } from "../cli/check/emitState";
import type { Figures } from "./figures";
import { runWatched } from "./processTree";
import { syntheticStack } from "./syntheticStack";

/** A 1 MB string in every this many units of the synthetic stack: about 50 MB of export for 10,000 resources. */
const LARGE_EVERY = 90;

/**
 * `aws-guardrails check --state` of a stack export of `count` resources
 * (the synthetic stack written as `pulumi stack export` writes it, inputs and
 * outputs, about 50 MB for 10,000 resources), through the built CLI as a user
 * runs it: wall time, the CLI's reading and analysis phases, and the peak RSS
 * and CPU time of the CLI and the policy pack.
 */
export async function measureStateScale(figures: Figures, root: string, count: number): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-state-bench-"));
    const file = path.join(dir, "stack.json");
    try {
        writeStateFile(file, {
            project: "bench", stack: "bench", resources: syntheticStack(count, LARGE_EVERY), defaultRegion: "eu-west-1",
            coverage: { unansweredCalls: [], remoteComponents: [] }, input: { kind: "program", dir: root },
        });
        figures.add("stateScale.fileSize", fs.statSync(file).size / 1024 / 1024, "MiB", 1);
        const { status, stdout, stderr, wallMs: wall, usage } = await runWatched([path.join(root, "dist", "cli", "main.js"), "check", "--state", file, "--quiet"], root);
        const summary = /(PASSED|BLOCKED|INCOMPLETE): (\d+) resources.*reading (\d+) ms, analysis (\d+) ms/.exec(stdout);
        if (status === 2 || !summary) {
            throw new Error(`check --state of ${count} resources failed (exit ${status}):\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
        }
        const n = Number(summary[2]);
        figures.add("stateScale.resources", n, "resources", 1);
        figures.add("stateScale.wall", wall / 1000, "s", n);
        figures.add("stateScale.reading", Number(summary[3]) / 1000, "s", n);
        figures.add("stateScale.analysisAfterReading", Number(summary[4]) / 1000, "s", n);
        for (const [name, match] of [["cli", "main.js"], ["policyPack", "run-policy-pack"]]) {
            const processes = usage.filter((u) => u.command.includes(match));
            figures.add(`stateScale.${name}.peakRss`, Math.max(...processes.map((u) => u.peakRssMiB)), "MiB", processes.length);
            figures.add(`stateScale.${name}.cpu`, processes.reduce((sum, u) => sum + u.cpuSeconds, 0), "s", processes.length);
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

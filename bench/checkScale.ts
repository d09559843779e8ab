import { spawn } from "child_process";
import * as path from "path";
import { Figures, msSince } from "./figures";
import { ProcessTreeWatcher, type ProcessUsage } from "./processTree";

/** Names a process of the check's tree by what it runs. */
function role(usage: ProcessUsage): string {
    if (usage.command.includes("programHost")) return "programHost";
    if (usage.command.includes("run-policy-pack")) return "policyPack";
    if (usage.command.includes("main.js")) return "cli";
    return "other";
}

/**
 * `aws-guardrails check` of a program that registers `count` resources
 * (bench/programs/scale), through the built CLI exactly as a user runs it:
 * wall time, the CLI's own phase split, and the peak RSS and CPU time of every
 * process (the CLI, the program host and the policy pack).
 */
export async function measureScale(figures: Figures, root: string, count: number): Promise<void> {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(root, "dist", "cli", "main.js"), "check", path.join(root, "bench", "programs", "scale"), "--quiet", "--config", `resourceCount=${count}`], {
        cwd: root, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"],
    });
    const watcher = new ProcessTreeWatcher(child.pid as number);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const wall = msSince(start);
    const usage = watcher.stop();
    const summary = /(PASSED|BLOCKED|INCOMPLETE): (\d+) resources.*program (\d+) ms, analysis (\d+) ms/.exec(stdout);
    if (status === 2 || !summary) {
        throw new Error(`check of ${count} resources failed (exit ${status}):\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
    }
    const n = Number(summary[2]);
    figures.add("checkScale.resources", n, "resources", 1);
    figures.add("checkScale.wall", wall / 1000, "s", n);
    figures.add("checkScale.program", Number(summary[3]) / 1000, "s", n);
    figures.add("checkScale.analysisAfterProgram", Number(summary[4]) / 1000, "s", n);
    for (const name of ["cli", "programHost", "policyPack"]) {
        const processes = usage.filter((u) => role(u) === name);
        figures.add(`checkScale.${name}.peakRss`, Math.max(...processes.map((u) => u.peakRssMiB)), "MiB", processes.length);
        figures.add(`checkScale.${name}.cpu`, processes.reduce((sum, u) => sum + u.cpuSeconds, 0), "s", processes.length);
    }
}

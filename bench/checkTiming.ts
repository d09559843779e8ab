import { spawnSync } from "child_process";
import * as path from "path";
import { Figures, median } from "./figures";

/** Wall time of `npm start` (the check of the root program), median of `runs`, with its phase split. */
export async function measureCheck(figures: Figures, root: string, runs = 5): Promise<void> {
    const walls: number[] = [];
    const phases: { run: number; analyze: number; total: number }[] = [];
    for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [path.join(root, "dist", "cli", "main.js"), "check", root], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        walls.push(Number(process.hrtime.bigint() - start) / 1e6);
        const match = /program (\d+) ms, analysis (\d+) ms, total (\d+) ms\)/.exec(result.stdout);
        if (result.status !== 0 || !match) {
            throw new Error(`check of the root program failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
        }
        phases.push({ run: Number(match[1]), analyze: Number(match[2]), total: Number(match[3]) });
        const count = /PASSED: (\d+) resources/.exec(result.stdout);
        if (i === 0 && count) {
            figures.add("check.rootProgram.resources", Number(count[1]), "resources", 1);
        }
    }
    figures.add("check.rootProgram.wall", median(walls), "ms", runs);
    figures.add("check.rootProgram.programRun", median(phases.map((p) => p.run)), "ms", runs);
    figures.add("check.rootProgram.analysisAfterProgram", median(phases.map((p) => p.analyze)), "ms", runs);
    figures.add("check.rootProgram.total", median(phases.map((p) => p.total)), "ms", runs);
}

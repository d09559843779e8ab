import { strict as assert } from "assert";
import * as path from "path";
import { StackAnalysis, type PackVerdict } from "../../cli/check/analyze";
import { collectFromProgram, type CollectedStack } from "../../cli/check/collect";
import { PolicyPackClient } from "../../cli/harness";
import { loadProgramProject } from "../../cli/harness/programConfig";
import { REPO_ROOT, runCliInProcess } from "../support/cli";
import { PACK_DIR, sharedPack, sharedPackInfo } from "../support/pack";

/** What a verdict says, in an order that does not depend on which process answered first. */
function comparable(verdict: PackVerdict) {
    return {
        violations: verdict.violations.map((v) => JSON.stringify(v)).sort(),
        judged: [...verdict.judged].sort(([a], [b]) => a.localeCompare(b)),
        stackJudged: [...verdict.stackJudged].sort(),
        stateReads: verdict.stateReads,
    };
}

describe("check shares a large stack with a second process of the pack", () => {
    let collected: CollectedStack;
    let alone: PackVerdict;

    const analyze = async (secondPack?: ConstructorParameters<typeof StackAnalysis>[1]["secondPack"]) => {
        const analysis = new StackAnalysis(sharedPack(), {
            stack: collected.stack, project: collected.project, defaultRegion: "us-east-1", rawPackConfig: {}, now: "2026-06-01", secondPack,
        });
        analysis.add(collected.resources);
        try {
            return await analysis.finish();
        } finally {
            await analysis.close();
        }
    };

    before(async () => {
        // The unsafe example: findings from resource policies and from stack policies alike.
        const project = loadProgramProject(path.join(REPO_ROOT, "examples", "unsafe"), "dev", []);
        collected = await collectFromProgram(project, "dev", { runner: "in-process" });
        alone = await analyze();
    });

    it("judges every resource alike in either process, and runs the stack policies in the second", async () => {
        let started: PolicyPackClient | undefined;
        const shared = await analyze({ after: 0, start: async () => (started = await PolicyPackClient.start(PACK_DIR)) });
        const stackPolicies = new Set((await sharedPackInfo()).policies.filter((p) => p.policyType === "stack").map((p) => p.name));
        assert.ok(alone.violations.some((v) => stackPolicies.has(v.policy)), "the example has findings from stack policies");
        assert.ok(alone.violations.some((v) => !stackPolicies.has(v.policy)), "and from resource policies");
        assert.deepEqual(comparable(shared), comparable(alone));
        assert.equal(shared.analyzeCalls.length, 2);
        assert.equal(shared.analyzeCalls[0] + shared.analyzeCalls[1], collected.resources.length);
        assert.deepEqual(alone.analyzeCalls, [collected.resources.length]);
        assert.ok(started, "the second process was started");
        assert.equal(started.pid !== undefined && isAlive(started.pid), false, "and stopped once the analysis ended");
    });

    it("waits for the threshold: a stack smaller than `after` stays with one process", async () => {
        let calls = 0;
        const small = await analyze({ after: collected.resources.length + 1, start: async () => { calls++; return PolicyPackClient.start(PACK_DIR); } });
        assert.equal(calls, 0);
        assert.deepEqual(small.analyzeCalls, [collected.resources.length]);
        assert.deepEqual(comparable(small), comparable(alone));
    });

    it("leaves the work to the first process when the second cannot start", async () => {
        const fallback = await analyze({ after: 0, start: () => Promise.reject(new Error("no second pack here")) });
        assert.deepEqual(fallback.analyzeCalls, [collected.resources.length]);
        assert.deepEqual(comparable(fallback), comparable(alone));
    });

    it("--pack-processes takes auto, 1 or 2, and names the value it refuses", async () => {
        const run = await runCliInProcess(["check", "--pack-processes", "3"]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /--pack-processes "3" is not one of auto, 1, 2/);
        const one = await runCliInProcess(["check", path.join(REPO_ROOT, "examples", "unsafe"), "--pack-processes", "1", "--json"]);
        assert.equal(one.status, 1, one.stderr);
    });
});

/** Whether a process still runs (signal 0 only asks). */
function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseCheckArgs } from "../../cli/args";
import type { JsonReport } from "../../cli/report/json";
import { startInBackground } from "../support/background";
import { fixture, REPO_ROOT, runCliInProcess } from "../support/cli";

const PLAINTEXT_KEYS = /AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY/;
/** The masked key id as every format shows it (Markdown escapes the stars). */
const MASKED_ID = /AKIA(\\?\*){12}MPLE/;
/** The override notes (Markdown escapes the parentheses). */
const LOWERED = /policy imdsv2-required is lowered to advisory by the policy-pack config \\?\(ships mandatory\\?\)/;
const DISABLED = /policy log-group-retention is disabled by the policy-pack config \\?\(ships advisory\\?\)/;

/** Runs the built binary with its stdout closed before it writes a byte, as `check … | head -1` leaves it. */
function runWithStdoutClosed(args: string[]): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
        child.stdout.destroy();
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
        child.on("close", (status) => resolve({ status, stderr }));
    });
}

/** The processes a process has started (Linux's /proc), or none once it is gone. */
function childrenOf(pid: number): number[] {
    try {
        return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
        return [];
    }
}

/** Whether a process still runs (a zombie awaiting its reaper counts as gone). */
function running(pid: number): boolean {
    try {
        return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    } catch {
        return false;
    }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the real binary on a program that never settles, stops it with
 * SIGTERM (as a CI job's timeout does) once its pack and program host run,
 * and says how it ended and which of its processes were left running.
 */
const stoppedBySignal = startInBackground(async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "check", fixture("never-settles"), "--timeout", "120"], { cwd: REPO_ROOT, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    let started: number[] = [];
    for (let waited = 0; started.length < 2 && waited < 60_000; waited += 200) {
        await sleep(200);
        started = childrenOf(child.pid ?? 0);
    }
    child.kill("SIGTERM");
    const status = await exited;
    for (let waited = 0; started.some(running) && waited < 5_000; waited += 100) {
        await sleep(100);
    }
    return { status, started: started.length, leftover: started.filter(running) };
});

describe("what check writes, and where", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-outputs-"));
    const packConfig = path.join(work, "pack.json");
    fs.writeFileSync(packConfig, JSON.stringify({ "imdsv2-required": "advisory", "log-group-retention": "disabled" }));
    after(() => fs.rmSync(work, { recursive: true, force: true }));

    describe("a stack export holding keys in a Lambda environment, an ECS container definition and a tag key, in every format", () => {
        const state = path.join(work, "keys.state.json");
        const files = { json: path.join(work, "r.json"), sarif: path.join(work, "r.sarif"), junit: path.join(work, "r.xml"), markdown: path.join(work, "r.md") };
        let text = "";
        before(async () => {
            // An earlier file in its place, readable by everyone: the export narrows it to its owner.
            fs.writeFileSync(state, "{}");
            fs.chmodSync(state, 0o644);
            const emitted = await runCliInProcess(["check", fixture("keys-in-inputs"), "--quiet", "--emit-state", state]);
            assert.equal(emitted.status, 1, emitted.stderr);
            assert.match(fs.readFileSync(state, "utf8"), /AKIAIOSFODNN7EXAMPLE/, "the export holds the keys, as --show-secrets would");
            assert.equal((fs.statSync(state).mode & 0o777).toString(8), "600", "the export holds secrets: its owner's only, even over an older file");
            const run = await runCliInProcess(["check", "--state", state, "--policy-pack-config", packConfig, ...Object.entries(files).map(([format, file]) => `--${format}=${file}`)]);
            assert.equal(run.status, 1, run.stderr);
            assert.doesNotMatch(run.stderr, PLAINTEXT_KEYS);
            text = run.stdout;
        });

        for (const format of ["text", "sarif", "junit", "markdown"] as const) {
            it(`${format}: keys only masked; the lowered and the disabled policy named`, () => {
                const out = format === "text" ? text : fs.readFileSync(files[format], "utf8");
                assert.doesNotMatch(out, PLAINTEXT_KEYS);
                assert.match(out, MASKED_ID);
                assert.match(out, LOWERED);
                assert.match(out, DISABLED);
            });
        }

        it("json: keys only masked; the lowered and the disabled policy listed", () => {
            const out = fs.readFileSync(files.json, "utf8");
            assert.doesNotMatch(out, PLAINTEXT_KEYS);
            assert.match(out, MASKED_ID);
            const report = JSON.parse(out) as JsonReport;
            assert.deepEqual(report.policyOverrides.map((o) => `${o.policy}:${o.defaultLevel}->${o.level}`).sort(), ["imdsv2-required:mandatory->advisory", "log-group-retention:advisory->disabled"]);
        });
    });

    it("the text report shows a stack file's control characters as such: a name cannot drive the terminal or forge a line", async () => {
        const evil = "urn:pulumi:dev::p::aws:s3/bucket:Bucket::logs\u001b[2J\nPASSED: 0 resources";
        const file = path.join(work, "evil.state.json");
        fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [{ urn: evil, custom: true, id: "logs", type: "aws:s3/bucket:Bucket", inputs: {}, outputs: {} }] } }));
        const run = await runCliInProcess(["check", "--state", file, "--fail-on", "none"]);
        assert.equal(run.status, 0, run.stderr);
        assert.doesNotMatch(run.stdout, /\u001b/);
        assert.doesNotMatch(run.stdout, /^PASSED: 0 resources/m);
        assert.match(run.stdout, /logs\uFFFD\[2J\uFFFDPASSED: 0 resources/);
    });

    it("takes --json=- (like every format) as stdout, as \"-\" is stdin for a stack file", () => {
        const args = parseCheckArgs(["--json=-", "--sarif=out.sarif"]);
        assert.equal(args.format, "json");
        assert.deepEqual(args.files, [{ format: "sarif", file: "out.sarif" }]);
    });

    it("refuses, before running the program, report files it could not write", async () => {
        const cases: [string[], RegExp][] = [
            [[`--sarif=${path.join(work, "missing", "r.sarif")}`], /^error: --sarif=.*r\.sarif: the folder .*missing does not exist\n$/],
            [[`--junit=${work}`], /^error: --junit=.*: .* is a folder; name a file\n$/],
            [[`--json=${path.join(work, "same")}`, `--markdown=${path.join(work, "same")}`], /^error: --json=.*same and --markdown=.*same name the same file; give each report its own\n$/],
            [["--emit-state", path.join(work, "missing", "s.json")], /^error: --emit-state .*s\.json: the folder .*missing does not exist\n$/],
        ];
        for (const [flags, message] of cases) {
            // The program never settles: only a refusal before it runs lets this return.
            const run = await runCliInProcess(["check", fixture("never-settles"), ...flags]);
            assert.equal(run.status, 2);
            assert.match(run.stderr, message);
        }
    });

    it("a check stopped by a signal stops its policy pack and program host too, and exits 128 + the signal", async () => {
        const { status, started, leftover } = await stoppedBySignal;
        assert.equal(started, 2, "the pack and the program host were running");
        assert.equal(status, 143);
        for (const pid of leftover) {
            process.kill(pid, "SIGKILL");
        }
        assert.deepEqual(leftover, [], "no process outlives the check");
    });

    it("a reader that closes stdout early ends the output, not the check: no raw stack, and the exit code still says the verdict", async () => {
        const [help, check] = await Promise.all([
            runWithStdoutClosed(["--help"]),
            runWithStdoutClosed(["check", "--state", path.join(REPO_ROOT, "test", "fixtures", "stacks", "awsx-alb.state.json"), "--json"]),
        ]);
        assert.deepEqual(help, { status: 0, stderr: "" });
        assert.deepEqual(check, { status: 1, stderr: "" });
    });
});

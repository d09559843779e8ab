import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { JsonReport } from "../../cli/report/json";
import { run, startInBackground } from "../support/background";
import { fixture, REPO_ROOT, runCliAsync, type CliRun } from "../support/cli";

/** The cases that are about the process boundary: the real binary, the program in its own process. */
const CASES: Record<string, string[]> = {
    chatty: ["check", fixture("chatty-program"), "--json"],
    neverSettles: ["check", fixture("never-settles"), "--timeout", "3"],
    leftoverTimer: ["check", fixture("leftover-timer"), "--quiet"],
    exitsEarly: ["check", fixture("exits-early")],
    esm: ["check", fixture("esm-bucket"), "--json"],
    mts: ["check", fixture("mts-queue"), "--json"],
    // An example as a user runs it from this checkout: compiled with its own tsconfig.json.
    example: ["check", path.join(REPO_ROOT, "examples", "ec2-role"), "--json"],
    // Real-style programs whose verdict the in-process suite (test/cli/realPrograms.test.ts) asserts, here as users run them.
    awsx: ["check", fixture("awsx-fargate-web"), "--json"],
    iamDocuments: ["check", fixture("iam-documents"), "--json"],
    jsTopic: ["check", fixture("js-topic"), "--json"],
};

/** The verdict of each real-style program above, with its exit code, as test/cli/realPrograms.test.ts asserts it in process. */
const REAL_STYLE_VERDICTS: Record<string, [number, string]> = { awsx: [3, "incomplete"], iamDocuments: [1, "blocked"], jsTopic: [0, "passed"] };

/**
 * Every case starts when this file loads, one at a time (each is its own node
 * process with its own pack), and runs while the in-process tests do.
 */
const casesRun = startInBackground(async () => {
    const runs: Record<string, CliRun> = {};
    for (const [name, args] of Object.entries(CASES)) {
        runs[name] = await runCliAsync(args);
    }
    // A program that fails only once: the quiet second run that locates a failure finds none.
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-fails-once-")), "marker");
    const failsOnce = await run(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "check", fixture("fails-once")], {
        cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: "1", FAILS_ONCE_MARKER: marker }, timeoutMs: 120_000,
    });
    runs.failsOnce = { ...failsOnce, ms: 0 };
    fs.rmSync(path.dirname(marker), { recursive: true, force: true });
    return runs;
});

describe("aws-guardrails check (the real binary, programs in their own process)", () => {
    let runs: Record<string, CliRun> = {};
    before(async function () {
        this.timeout(300_000);
        runs = await casesRun;
    });

    it("keeps a program's console output off stdout, so --json parses, and shows it on stderr, prefixed", () => {
        const run = runs.chatty;
        assert.equal(run.status, 0, run.stderr);
        assert.equal((JSON.parse(run.stdout) as JsonReport).summary.verdict, "passed");
        assert.match(run.stderr, /^\[program stdout\] creating the audit log group$/m);
        assert.match(run.stderr, /^\[program stderr\] warning: retention is set by hand$/m);
        assert.match(run.stderr, /^\[program stdout\] log group audit-[0-9a-f]+ ready$/m);
    });

    it("stops a program that never finishes at --timeout, exit 2, naming the timeout", () => {
        const run = runs.neverSettles;
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^error: the program did not finish within 3 s \(--timeout 3\)/);
        assert.ok(run.ms < 30_000, `took ${run.ms} ms`);
    });

    it("is not kept alive by a timer the program leaves running", () => {
        const run = runs.leftoverTimer;
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /PASSED: 2 resources/);
        assert.ok(run.ms < 60_000, `took ${run.ms} ms`);
    });

    it("turns process.exit into exit 2 with the program's own line", () => {
        const run = runs.exitsEarly;
        assert.equal(run.status, 2);
        assert.equal(run.stderr, "error: the program failed: the program called process.exit(1) before it finished\n    at test/fixtures/programs/exits-early/index.ts:6:13\n");
    });

    it("checks an example with its own tsconfig.json, as a user runs it from this checkout: passed", () => {
        const run = runs.example;
        assert.equal(run.status, 0, run.stderr);
        assert.equal((JSON.parse(run.stdout) as JsonReport).summary.verdict, "passed");
    });

    it("reports a failure that a second run does not repeat as it was, exit 2, without a location it could not find", () => {
        const run = runs.failsOnce;
        assert.equal(run.status, 2);
        assert.equal(run.stderr, "error: the program failed: the jobs queue is not ready yet\n");
    });

    it("runs an ES-module program (\"type\": \"module\", its own tsconfig.json, .js specifiers for .ts files)", () => {
        const run = runs.esm;
        assert.equal(run.status, 0, run.stderr);
        const report = JSON.parse(run.stdout) as JsonReport;
        const bucket = report.resources.find((r) => r.type === "aws:s3/bucket:Bucket");
        assert.equal(bucket?.urn, "urn:pulumi:dev::esm-bucket::aws:s3/bucket:Bucket::assets");
        assert.equal(bucket?.inputs.bucket, "esm-bucket-dev-assets");
    });

    it("gives real-style programs (awsx, getPolicyDocument, JavaScript) the verdict they get in process", () => {
        for (const [name, [status, verdict]] of Object.entries(REAL_STYLE_VERDICTS)) {
            const run = runs[name];
            assert.equal(run.status, status, `${name}: ${run.stderr}`);
            assert.equal((JSON.parse(run.stdout) as JsonReport).summary.verdict, verdict, name);
        }
    });

    it("runs an .mts entry named by Pulumi.yaml main:", () => {
        const run = runs.mts;
        assert.equal(run.status, 0, run.stderr);
        assert.ok((JSON.parse(run.stdout) as JsonReport).resources.some((r) => r.urn === "urn:pulumi:dev::mts-queue::aws:sqs/queue:Queue::jobs"));
    });
});

const npmStart = startInBackground(async () => {
    await casesRun.catch(() => undefined);
    return run("npm", ["start", "--silent", "--", "--json"], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: "1" } });
});

describe("npm start", () => {
    it("passes flags through: `npm start --silent -- --json` prints only the JSON report of the root program", async () => {
        const started = await npmStart;
        assert.equal(started.status, 0, started.stderr);
        const doc = JSON.parse(started.stdout) as JsonReport;
        assert.equal(doc.summary.verdict, "passed");
        assert.ok(doc.resources.some((r) => r.type === "aws-guardrails:index:GuardrailBaseline"));
        assert.ok(doc.resources.some((r) => r.type === "pulumi:providers:aws" && r.inputs.region === "eu-west-1"), "providers are listed with their region");
    });
});

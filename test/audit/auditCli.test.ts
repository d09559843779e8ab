import assert from "node:assert/strict";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT, runCli } from "../support/cli";

const REPORT = "test/fixtures/audit/credential-report.csv";
const DETAILS = "test/fixtures/audit/authorization-details.json";

/** The built command, as a user runs it: only the wiring, since every behaviour is tested in process. */
describe("aws-guardrails audit (the built command)", () => {
    it("exits 1 on the sample account and prints the report grouped by user", () => {
        const run = runCli(["audit", "--credential-report", REPORT, "--authorization-details", DETAILS, "--now", "2024-06-01"]);
        assert.equal(run.status, 1, run.stderr);
        assert.equal(run.stderr, "");
        assert.match(run.stdout, /^aws-guardrails audit: 9 users, 6 active access keys/);
        assert.match(run.stdout, /\nold-bot {2}arn:aws:iam::123456789012:user\/old-bot\n {2}CRITICAL {2}admin-user {11}The user is allowed every action on every resource through inline policy "do-everything"/);
        assert.match(run.stdout, /FAILED: high or critical findings \(exit 1\)\n$/);
    });

    it("reads the report from standard input with - and prints one JSON document", () => {
        const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "audit", "--credential-report", "-", "--now", "2024-06-01", "--json"], {
            cwd: REPO_ROOT, input: fs.readFileSync(path.join(REPO_ROOT, REPORT)), encoding: "utf8", timeout: 60_000,
        });
        assert.equal(run.status, 1, run.stderr);
        const report = JSON.parse(run.stdout);
        assert.equal(report.summary.sources.credentialReport, "standard input");
        assert.equal(report.summary.findings, 10);
    });

    it("exits 2 with the error and the audit usage for bad arguments, never a stack", () => {
        const bad = runCli(["audit", "--credential-report", REPORT, "--now", "06/01/2024"]);
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /^error: --now must be a calendar date as YYYY-MM-DD, such as 2024-06-01; got "06\/01\/2024"\n\nusage: aws-guardrails audit/);
        assert.doesNotMatch(bad.stderr, /\n\s+at /);
    });

    it("--live with no credentials says so in one line: no SDK warning, no stack, nothing on stdout", () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-no-aws-"));
        const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_")));
        const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "audit", "--live", "--region", "us-east-1"], {
            cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000,
            env: { ...env, HOME: home, AWS_CONFIG_FILE: path.join(home, "config"), AWS_SHARED_CREDENTIALS_FILE: path.join(home, "credentials"), AWS_EC2_METADATA_DISABLED: "true" },
        });
        fs.rmSync(home, { recursive: true, force: true });
        assert.equal(run.status, 2);
        assert.equal(run.stdout, "");
        assert.match(run.stderr, /^error: --live \(GenerateCredentialReport\): no AWS credentials were found \([^\n]*\n$/);
    });

    it("is listed in the top-level usage and in the unknown-command error", () => {
        const run = runCli(["nonsense"]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /unknown command "nonsense"; allowed: check, docs, audit/);
        assert.match(run.stderr, /aws-guardrails audit --credential-report FILE/);
    });
});

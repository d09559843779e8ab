import assert from "node:assert/strict";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runAuditCommand } from "../../cli/audit/command";
import { credentialReportCsv, rootRow } from "../support/credentialReportBuilder";

const REPORT = path.join("test", "fixtures", "audit", "credential-report.csv");

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const code = await runAuditCommand(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, today: new Date("2024-06-01T09:00:00Z") });
    return { code, stdout, stderr };
}

describe("audit command (in process)", () => {
    let tmp: string;
    const write = (name: string, text: string) => {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, text);
        return file;
    };

    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-audit-"));
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it("judges as of today by default", async () => {
        const file = write("old.csv", credentialReportCsv([rootRow(), { user: "a", access_key_1_active: "true", access_key_1_last_rotated: "2024-03-02T00:00:00+00:00", access_key_1_last_used_date: "2024-05-31T00:00:00+00:00" }]));
        const result = await run(["--credential-report", file, "--json"]);
        assert.equal(JSON.parse(result.stdout).summary.asOf, "2024-06-01");
        assert.deepEqual(JSON.parse(result.stdout).findings.map((f: { id: string }) => f.id), ["key-too-old"]);
        assert.equal(result.code, 0);
    });

    it("exits 0 when nothing is high or critical, and 3 when something could not be examined", async () => {
        const clean = write("clean.csv", credentialReportCsv([rootRow(), { user: "svc", access_key_1_active: "true", access_key_1_last_rotated: "2024-05-01T00:00:00+00:00", access_key_1_last_used_date: "2024-05-31T00:00:00+00:00" }]));
        const passed = await run(["--credential-report", clean]);
        assert.equal(passed.code, 0, passed.stdout + passed.stderr);
        assert.match(passed.stdout, /No findings\.[\s\S]*PASSED: nothing high or critical \(exit 0\)\n$/);
        const incomplete = await run(["--credential-report", write("no-root.csv", credentialReportCsv([{ user: "svc" }]))]);
        assert.equal(incomplete.code, 3);
        assert.match(incomplete.stdout, /INCOMPLETE/);
    });

    it("writes --sarif=FILE and --json=FILE beside the text report, as check does; --allow-incomplete exits 0 when incomplete", async () => {
        const [sarif, json] = [path.join(tmp, "audit.sarif"), path.join(tmp, "audit.json")];
        const run1 = await run(["--credential-report", write("no-root-2.csv", credentialReportCsv([{ user: "svc" }])), `--sarif=${sarif}`, `--json=${json}`]);
        assert.equal(run1.code, 3);
        assert.match(run1.stdout, /^aws-guardrails audit: 1 user, 0 active access keys \(/);
        assert.match(run1.stdout, /\n0 findings \(0 critical, 0 high, 0 medium, 0 low\) for 0 of 1 user\.\n/);
        assert.equal(JSON.parse(fs.readFileSync(sarif, "utf8")).version, "2.1.0");
        assert.deepEqual(JSON.parse(fs.readFileSync(json, "utf8")).summary.exitCode, 3);
        const allowed = await run(["--credential-report", path.join(tmp, "no-root-2.csv"), "--allow-incomplete", "--json"]);
        assert.equal(allowed.code, 0);
        assert.deepEqual([JSON.parse(allowed.stdout).summary.verdict, JSON.parse(allowed.stdout).summary.exitCode], ["incomplete", 0]);
        const unwritable = await run(["--credential-report", REPORT, `--sarif=${path.join(tmp, "no-such-dir", "a.sarif")}`]);
        assert.equal(unwritable.code, 2);
        assert.match(unwritable.stderr, /^error: .*no-such-dir\/a\.sarif: the --sarif report cannot be written here \(ENOENT\)\n$/);
    });

    it("exits 2 with one line naming the file and the problem for bad input", async () => {
        const encoded = write("still-base64.csv", fs.readFileSync(REPORT).toString("base64"));
        const cases: [string[], RegExp][] = [
            [["--credential-report", path.join(tmp, "missing.csv")], /^error: .*missing\.csv: --credential-report: no such file\n$/],
            [["--credential-report", encoded], /^error: .*still-base64\.csv: the file is still base64-encoded/],
            [["--credential-report", REPORT, "--authorization-details", REPORT], /^error: test\/fixtures\/audit\/credential-report\.csv: not valid JSON/],
            [["--credential-report", tmp], /must be a file, not a directory/],
        ];
        for (const [args, expected] of cases) {
            const result = await run(args);
            assert.equal(result.code, 2, args.join(" "));
            assert.match(result.stderr, expected);
            assert.equal(result.stderr.split("\n").length, 2, result.stderr);
            assert.equal(result.stdout, "");
        }
    });

    it("exits 2 with the usage for bad arguments; --help prints the usage and exits 0", async () => {
        const bad = await run(["--credential-report", REPORT, "--unused-days", "soon"]);
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /^error: --unused-days must be a whole number of days from 1 to 3650; got "soon"\n\nusage: aws-guardrails audit/);
        const help = await run(["--help"]);
        assert.equal(help.code, 0);
        assert.match(help.stdout, /^usage: aws-guardrails audit --credential-report FILE/);
    });
});

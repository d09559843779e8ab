import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { JsonReport } from "../../cli/report/json";
import { REPO_ROOT, runCliInProcess, type CliRun } from "../support/cli";

/** A stack file written for these tests from Pulumi's documented formats. */
export function stackFixture(name: string): string {
    return path.join(REPO_ROOT, "test", "fixtures", "stacks", name);
}

const doc = (run: CliRun) => JSON.parse(run.stdout) as JsonReport;
const policiesOf = (report: JsonReport) => new Set(report.violations.filter((v) => !v.exemption).map((v) => v.policy));

describe("check --preview-json and --state (through the real protocol)", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-stack-files-"));
    const write = (name: string, content: unknown) => {
        const file = path.join(work, name);
        fs.writeFileSync(file, typeof content === "string" || Buffer.isBuffer(content) ? content : JSON.stringify(content));
        return file;
    };
    const fixtureJson = (name: string) => JSON.parse(fs.readFileSync(stackFixture(name), "utf8")) as Record<string, unknown>;
    after(() => fs.rmSync(work, { recursive: true, force: true }));

    describe("a Python stack's preview", () => {
        let run: CliRun;
        before(async () => {
            run = await runCliInProcess(["check", "--preview-json", stackFixture("python-service.preview.json"), "--json"]);
        });

        it("is blocked by the open SSH port of its security group, under the engine's URN", () => {
            assert.equal(run.status, 1, run.stderr);
            const finding = doc(run).violations.find((v) => v.policy === "security-group-no-public-admin-ports");
            assert.equal(finding?.urn, "urn:pulumi:dev::py-service::aws:ec2/securityGroup:SecurityGroup::ssh_sg");
            assert.deepEqual(doc(run).input, { kind: "preview", path: "test/fixtures/stacks/python-service.preview.json" });
        });

        it("analyzes what the update keeps or creates, once per URN; not what it deletes or only reads", () => {
            const names = doc(run).resources.map((r) => r.name).sort();
            assert.deepEqual(names, ["app_bucket", "billing_alarm", "db_password", "default_7_48_0", "py-service-dev", "ssh_sg", "us_east_1", "web_server"]);
            assert.ok(!policiesOf(doc(run)).has("iam-no-admin-wildcard"), "the deleted admin policy is not analyzed");
        });

        it("resolves provider references, so the pack sees the alarm's region (us-east-1: no billing-alarm finding)", () => {
            assert.ok(!policiesOf(doc(run)).has("billing-alarm-present"), JSON.stringify(doc(run).violations.map((v) => v.policy)));
        });

        it("sees the whole stack: a blinded secret where secrets belong (a SecureString) hides nothing", () => {
            assert.deepEqual(doc(run).coverage, { complete: true, unansweredCalls: [], remoteComponents: [], unreadable: [] });
            assert.equal(doc(run).resources.find((r) => r.name === "db_password")?.inputs.value, "[secret]");
        });

        it("is incomplete when the preview leaves unchanged resources out (no --show-sames)", async () => {
            const preview = fixtureJson("python-service.preview.json");
            (preview.changeSummary as Record<string, number>).same = 7;
            const partial = await runCliInProcess(["check", "--preview-json", write("partial.json", preview), "--json", "--fail-on", "none"]);
            assert.equal(partial.status, 3);
            assert.match(doc(partial).coverage.unreadable[0].reason, /6 unchanged resource\(s\) .* run `pulumi preview --json --show-sames`/);
        });
    });

    describe("an awsx load balancer's stack export", () => {
        it("sees the component's children: its security group open on every port is BLOCKED; the deleted instance is not analyzed", async () => {
            const run = await runCliInProcess(["check", "--state", stackFixture("awsx-alb.state.json"), "--json"]);
            assert.equal(run.status, 1, run.stderr);
            const report = doc(run);
            const open = report.violations.find((v) => v.policy === "security-group-no-public-all-traffic");
            assert.equal(open?.urn, "urn:pulumi:prod::web::awsx:lb:ApplicationLoadBalancer$aws:ec2/securityGroup:SecurityGroup::web-lb");
            assert.equal(report.coverage.complete, true, "remote components' children are in the file");
            assert.ok(!report.resources.some((r) => r.name === "legacy-bastion"), "a resource marked delete is skipped");
            assert.ok(!policiesOf(report).has("imdsv2-required"));
        });
    });

    describe("a resource read with .get() (external)", () => {
        it("is not analyzed, as the engine analyzes no read: an instance someone else runs is not this stack's finding", async () => {
            const state = fixtureJson("awsx-alb.state.json");
            const resources = (state.deployment as { resources: Record<string, unknown>[] }).resources;
            const bastion = resources.find((r) => String(r.urn).endsWith("::legacy-bastion")) as Record<string, unknown>;
            resources.push({ ...bastion, urn: String(bastion.urn).replace("legacy-bastion", "shared-bastion"), delete: undefined, external: true });
            const run = await runCliInProcess(["check", "--state", write("external.json", state), "--json"]);
            assert.equal(run.status, 1, run.stderr);
            assert.ok(!doc(run).resources.some((r) => r.name === "shared-bastion"));
            assert.ok(!policiesOf(doc(run)).has("imdsv2-required"), "the read instance sets no metadataOptions, and is still not judged");
        });
    });

    describe("an access key's stack export", () => {
        it("judges the key's age from its createDate, as of --now, on its user, and says the policy had state to read", async () => {
            const run = await runCliInProcess(["check", "--state", stackFixture("access-key.state.json"), "--json", "--now", "2026-06-01"]);
            const report = doc(run);
            const old = report.violations.find((v) => v.policy === "iam-access-key-max-age");
            assert.equal(old?.urn, "urn:pulumi:prod::billing-exporter::aws:iam/user:User::exporter_user");
            assert.match(old?.message ?? "", /access key exporter_key of IAM user "billing-exporter" was created on 2026-02-01, 120 days before 2026-06-01/);
            assert.deepEqual(report.stateReads, [{ policy: "iam-access-key-max-age", reads: "createDate of an access key", read: true }]);
            assert.equal(report.coverage.complete, true, "an encrypted secret output (the key's secret) is not an input the pack reads");
        });

        it("says the policy had no state to read when the stack shows no createDate (a preview of a new key)", async () => {
            const state = fixtureJson("access-key.state.json");
            const resources = (state.deployment as { resources: Record<string, unknown>[] }).resources;
            const steps = resources.map(({ outputs: _outputs, ...newState }) => ({ op: "create", urn: newState.urn, newState }));
            const run = await runCliInProcess(["check", "--preview-json", write("new-key.json", { steps }), "--json"]);
            const [read] = doc(run).stateReads;
            assert.equal(read.read, false);
            assert.match(read.reason ?? "", /the stack shows no createDate of an access key/);
            assert.ok(!policiesOf(doc(run)).has("iam-access-key-max-age"));
        });
    });

    describe("secrets in a stack export", () => {
        let run: CliRun;
        before(async () => {
            run = await runCliInProcess(["check", "--state", stackFixture("secrets.state.json"), "--json", "--fail-on", "none"]);
        });

        it("unwraps plaintext secrets, so a key in one is found, and prints it masked only", () => {
            const found = doc(run).violations.find((v) => v.policy === "secrets-no-plaintext-aws-keys");
            assert.match(found?.message ?? "", /environment\.variables\.UPLOAD_KEY_ID holds an AWS access key id in plaintext \(AKIA\*{12}MPLE\)/);
            assert.doesNotMatch(run.stdout + run.stderr, /AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
            assert.deepEqual(doc(run).resources.find((r) => r.name === "report_sender")?.inputs.environment, { variables: { UPLOAD_KEY_ID: "[secret]", UPLOAD_SECRET: "[secret]", SLACK_TOKEN: "[secret]" } });
        });

        it("cannot read an encrypted secret where a key would matter: INCOMPLETE (exit 3), naming it and the way to read it", () => {
            assert.equal(run.status, 3);
            assert.deepEqual(doc(run).coverage.unreadable, [{
                urn: "urn:pulumi:prod::report-sender::aws:lambda/function:Function::report_sender",
                reason: "secret input environment.variables.SLACK_TOKEN is encrypted; export with `pulumi stack export --show-secrets` to let the pack read it (check never prints it)",
            }]);
        });
    });

    describe("bad input: exit 2, naming the file and what is wrong", () => {
        const cases: [string, () => string, "--state" | "--preview-json", RegExp][] = [
            ["not JSON", () => write("stack.yaml", "config:\n  aws:region: eu-west-1\n"), "--state", /stack\.yaml: it is not valid JSON: expected a JSON value at character 1 \(line 1\)/],
            ["truncated", () => write("cut.json", fs.readFileSync(stackFixture("awsx-alb.state.json"), "utf8").slice(0, 3000)), "--state", /cut\.json: it ends after 3000 characters with .* the file is truncated/],
            ["an unknown version", () => write("v4.json", { version: 4, deployment: { manifest: {}, resources: [] } }), "--state", /v4\.json: has deployment version 4, which this check does not know \(it reads 1, 2, 3/],
            ["an empty stack", () => write("empty.json", { version: 3, deployment: { manifest: {} } }), "--state", /empty\.json: the export has no resources to check \(an empty stack\)/],
            ["neither format", () => write("other.json", { name: "web", runtime: "python" }), "--state", /other\.json: is neither a stack export .* nor a preview/],
            ["a preview given as state", () => stackFixture("python-service.preview.json"), "--state", /is `pulumi preview --json` output, not a stack export; give it with --preview-json/],
            ["an export given as a preview", () => stackFixture("awsx-alb.state.json"), "--preview-json", /is a stack export, not `pulumi preview --json` output; give it with --state/],
            ["a malformed secret", () => write("secret.json", { version: 3, deployment: { manifest: {}, resources: [{ urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", custom: true, type: "aws:s3/bucket:Bucket", inputs: { x: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext: "a", plaintext: "\"b\"" } } }] } }), "--state", /secret\.json: x: a secret must carry exactly one of "ciphertext" or "plaintext"/],
            ["an unknown step", () => write("op.json", { steps: [{ op: "teleport", urn: "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev" }] }), "--preview-json", /op\.json: step #1 has op "teleport"; known: same, create/],
            ["a missing file", () => path.join(work, "nowhere.json"), "--state", /nowhere\.json: no such file/],
            ["UTF-16 text", () => write("utf16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{\"steps\": []}", "utf16le")])), "--preview-json", /utf16\.json: is UTF-16 text \(as Windows PowerShell's `>` writes it\); write it as UTF-8/],
            ["a preview of no changes without --show-sames", () => write("sames.json", { steps: [], changeSummary: { same: 12 } }), "--preview-json", /sames\.json: lists no resource to check, though its changeSummary counts 12 unchanged one\(s\); run `pulumi preview --json --show-sames`/],
        ];
        for (const [what, file, flag, message] of cases) {
            it(what, async () => {
                const run = await runCliInProcess(["check", flag, file()]);
                assert.equal(run.status, 2, run.stdout);
                assert.match(run.stderr, message);
                assert.equal(run.stdout, "");
            });
        }

        it("a UTF-8 byte order mark is skipped, as JSON allows", async () => {
            const file = path.join(work, "bom.preview.json");
            fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(stackFixture("python-service.preview.json"))]));
            const run = await runCliInProcess(["check", "--preview-json", file, "--json"]);
            assert.equal(run.status, 1, run.stderr);
            assert.ok(policiesOf(doc(run)).has("security-group-no-public-admin-ports"));
        });

        it("refuses program options with a stack file", async () => {
            const run = await runCliInProcess(["check", "--state", stackFixture("awsx-alb.state.json"), "--config", "a=b"]);
            assert.equal(run.status, 2);
            assert.match(run.stderr, /--state checks a file, which names its own stack and holds its own config; it cannot be combined with --config/);
        });
    });

    it("reads stdin for \"-\", as the real binary in its own process", () => {
        const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "check", "--state", "-", "--json"], {
            cwd: REPO_ROOT, input: fs.readFileSync(stackFixture("awsx-alb.state.json")), encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1" },
        });
        assert.equal(run.status, 1, run.stderr);
        assert.deepEqual((JSON.parse(run.stdout) as JsonReport).input, { kind: "state", path: "stdin" });
        const bad = spawnSync(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "check", "--preview-json", "-"], { cwd: REPO_ROOT, input: "{\"steps\": [", encoding: "utf8", timeout: 120_000 });
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /^error: stdin: it ends after 11 characters with 2 unclosed bracket\(s\), the innermost an array: the file is truncated/);
    });
});

import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { JsonReport } from "../../cli/report/json";
import type { SarifLog } from "../../cli/report/sarif";
import { fixture, REPO_ROOT, runCliInProcess, type CliRun } from "../support/cli";

/** What `check` reports about the small fixtures, each program run once for the whole file. */
describe("aws-guardrails check (in this process)", () => {
    const runs = new Map<string, CliRun>();
    const cached = async (key: string, args: string[]) => {
        if (!runs.has(key)) {
            runs.set(key, await runCliInProcess(["check", ...args]));
        }
        return runs.get(key) as CliRun;
    };
    const doc = (run: CliRun) => JSON.parse(run.stdout) as JsonReport;

    it("exits 0 and prints the resource tree, findings, then the summary, for a clean program", async () => {
        const run = await cached("clean", [fixture("clean")]);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /aws-guardrails:index:AccountPasswordPolicy account/);
        assert.match(run.stdout, /└─ aws:iam\/accountPasswordPolicy:AccountPasswordPolicy account/);
        assert.match(run.stdout.trimEnd().split("\n").pop() ?? "", /^PASSED: 3 resources, 0 mandatory/, "the summary is the last line");
        assert.doesNotMatch(run.stdout, /\u001b\[/, "no colour when stdout is not a terminal");
    });

    it("leaves the resource tree out with --quiet", async () => {
        const run = await runCliInProcess(["check", fixture("clean"), "--quiet"]);
        assert.equal(run.status, 0);
        assert.doesNotMatch(run.stdout, /Resources \(/);
        assert.match(run.stdout, /PASSED: 3 resources/);
    });

    it("exits 1 with --json listing a mandatory violation under the engine's URN", async () => {
        const run = await cached("violating-json", [fixture("violating"), "--json"]);
        assert.equal(run.status, 1, run.stderr);
        const report = doc(run);
        assert.deepEqual(Object.keys(report).sort(), ["coverage", "exemptions", "input", "policyOverrides", "resources", "stateReads", "summary", "violations"]);
        const urn = "urn:pulumi:dev::fixture-violating::aws:ec2/instance:Instance::web";
        const violation = report.violations.find((v) => v.policy === "imdsv2-required");
        assert.ok(violation, JSON.stringify(report.violations));
        assert.equal(violation.urn, urn);
        assert.equal(violation.enforcementLevel, "mandatory");
        assert.equal(violation.severity, "high");
        assert.match(violation.message, /IMDSv1 stays enabled/);
        assert.equal(report.summary.verdict, "blocked");
        assert.equal(report.summary.mandatory, report.violations.filter((v) => v.enforcementLevel === "mandatory" && !v.exemption).length);
        assert.deepEqual(report.coverage, { complete: true, unansweredCalls: [], remoteComponents: [], unreadable: [] });
        const web = report.resources.find((r) => r.urn === urn);
        assert.ok(web);
        assert.equal(web.provider, null, "the default provider is not an explicit one");
        assert.equal(web.inputs.instanceType, "t3.micro", "config defaults from Pulumi.yaml reach the program");
    });

    it("applies --config overrides after the stack file", async () => {
        const run = await runCliInProcess(["check", fixture("violating"), "--json", "--config", "instanceType=t3.nano"]);
        assert.equal(doc(run).resources.find((r) => r.name === "web")?.inputs.instanceType, "t3.nano");
    });

    it("blocks on advisory findings with --fail-on advisory, and never with --fail-on none", async () => {
        const advisory = await runCliInProcess(["check", fixture("clean"), "--json", "--fail-on", "advisory"]);
        const report = doc(advisory);
        assert.ok(report.summary.advisory > 0, "the clean fixture has advisory stack findings");
        assert.equal(advisory.status, 1);
        assert.equal(report.summary.verdict, "blocked");
        const none = await runCliInProcess(["check", fixture("violating"), "--json", "--fail-on", "none"]);
        assert.equal(none.status, 0);
        assert.equal(doc(none).summary.verdict, "passed");
    });

    it("prints SARIF 2.1.0 located where the program registered the resource", async () => {
        const run = await cached("violating-sarif", [fixture("violating"), "--sarif"]);
        assert.equal(run.status, 1, run.stderr);
        const sarif = JSON.parse(run.stdout) as SarifLog;
        assert.equal(sarif.version, "2.1.0");
        const [run0] = sarif.runs;
        const result = run0.results.find((r) => r.ruleId === "imdsv2-required");
        assert.ok(result && result.ruleIndex !== undefined);
        assert.equal(result.level, "error");
        assert.equal(run0.tool.driver.rules[result.ruleIndex].properties["security-severity"], "8.0");
        assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, "test/fixtures/programs/violating/index.ts", "relative to where check runs");
        assert.equal(result.locations[0].physicalLocation.region.startLine, 7, "the line of `new aws.ec2.Instance`");
        assert.equal(result.locations[0].logicalLocations[0].fullyQualifiedName, "urn:pulumi:dev::fixture-violating::aws:ec2/instance:Instance::web");
        assert.equal(run0.properties.verdict, "blocked");
    });

    it("shows an exempted finding as exempted, with its reason, and does not block", async () => {
        const run = await runCliInProcess(["check", fixture("exempted"), "--json"]);
        assert.equal(run.status, 0, run.stdout + run.stderr);
        const finding = doc(run).violations.find((v) => v.policy === "imdsv2-required");
        assert.ok(finding?.exemption, "the exempted finding is still listed");
        assert.equal(finding.exemption.reason, "vendor AMI without IMDSv2 support");
        assert.match(finding.exemption.expires, /^\d{4}-\d{2}-\d{2}$/, "the fixture's tag runs 180 days from today (tag exemptions may run at most 365)");
        assert.equal(finding.exemption.source, "tag");
        assert.equal(doc(run).summary.exempted, 1);
    });

    it("judges exemption windows as of --now in the pack as in the report: an exemption expired by then blocks again", async () => {
        const later = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
        const run = await runCliInProcess(["check", fixture("exempted"), "--json", "--now", later]);
        assert.equal(run.status, 1, run.stdout + run.stderr);
        const finding = doc(run).violations.find((v) => v.policy === "imdsv2-required");
        assert.equal(finding?.exemption, undefined);
        assert.match(finding?.message ?? "", /\(the exemption "vendor AMI without IMDSv2 support" from tag guardrails:exempt:imdsv2-required expired on \d{4}-\d{2}-\d{2}\)$/);
        assert.equal(doc(run).summary.exempted, 0);
    });

    it("names every policy the pack config lowers or disables, in every format", async () => {
        const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-config-")), "pack.json");
        fs.writeFileSync(config, JSON.stringify({ "imdsv2-required": "advisory", "security-group-no-public-admin-ports": "disabled" }));
        const text = await runCliInProcess(["check", fixture("violating"), "--quiet", "--policy-pack-config", config]);
        assert.equal(text.status, 0, "a lowered policy no longer blocks");
        assert.match(text.stdout, /policy imdsv2-required is lowered to advisory by the policy-pack config \(ships mandatory\)/);
        assert.match(text.stdout, /policy security-group-no-public-admin-ports is disabled by the policy-pack config \(ships mandatory\)/);
        const json = doc(await runCliInProcess(["check", fixture("violating"), "--json", "--policy-pack-config", config]));
        assert.deepEqual(json.policyOverrides.map((o) => `${o.policy}:${o.level}`).sort(), ["imdsv2-required:advisory", "security-group-no-public-admin-ports:disabled"]);
        const sarif = JSON.parse((await runCliInProcess(["check", fixture("violating"), "--sarif", "--policy-pack-config", config])).stdout) as SarifLog;
        const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text).join("\n");
        assert.match(notes, /imdsv2-required is lowered to advisory/);
        assert.match(notes, /security-group-no-public-admin-ports is disabled/);
        for (const format of ["--junit", "--markdown"]) {
            const run = await runCliInProcess(["check", fixture("violating"), format, "--policy-pack-config", config]);
            // Markdown escapes the parentheses.
            assert.match(run.stdout, /policy imdsv2-required is lowered to advisory by the policy-pack config \\?\(ships mandatory\\?\)/, format);
            assert.match(run.stdout, /policy security-group-no-public-admin-ports is disabled by the policy-pack config \\?\(ships mandatory\\?\)/, format);
        }
    });

    it("applies the README's own exemption urnPattern to the engine's URN", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-exemption-"));
        const config = path.join(dir, "pack.json");
        fs.writeFileSync(config, JSON.stringify({
            "imdsv2-required": { exemptions: [{ urnPattern: "urn:pulumi:prod::*::aws:ec2/instance:Instance::legacy-*", reason: "vendor AMI, replacement tracked in OPS-123", expires: "2099-03-31" }] },
        }));
        const run = await runCliInProcess(["check", fixture("legacy-instance"), "--stack", "prod", "--json", "--policy-pack-config", config]);
        const finding = doc(run).violations.find((v) => v.policy === "imdsv2-required");
        assert.equal(finding?.urn, "urn:pulumi:prod::legacy-instance::aws:ec2/instance:Instance::legacy-appliance");
        assert.deepEqual(finding?.exemption, { reason: "vendor AMI, replacement tracked in OPS-123", expires: "2099-03-31", source: "config" });
        assert.equal(run.status, 0, run.stdout);
    });

    it("exits 2 with the program's own message and its own line when the program throws", async () => {
        const run = await runCliInProcess(["check", fixture("throws")]);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, "");
        assert.match(run.stderr, /^error: the program failed: allowedCidrs is missing from the stack config\n {4}at test\/fixtures\/programs\/throws\/index\.ts:1:7\n$/);
    });

    it("exits 2 on bad usage, naming the bad option and the allowed ones", async () => {
        const run = await runCliInProcess(["check", "--yaml"]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^error: unknown option "--yaml"; allowed: --json, --sarif, --junit, --markdown, --preview-json, --state, --emit-state, --now, --quiet, --fail-on/);
        assert.match((await runCliInProcess(["check", "--fail-on", "sometimes"])).stderr, /--fail-on "sometimes" is not one of mandatory, advisory, none/);
        assert.match((await runCliInProcess(["check", "--timeout", "0"])).stderr, /--timeout "0" must be a number of seconds between 1 and 86400/);
    });

    it("refuses config it cannot apply and regions AWS does not have, before running anything", async () => {
        const pathKey = await runCliInProcess(["check", fixture("violating"), "--config", "allowedCidrs[0]=203.0.113.0/24"]);
        assert.equal(pathKey.status, 2);
        assert.match(pathKey.stderr, /"allowedCidrs\[0\]" is a --path key .* set the whole value as JSON instead/);
        const region = await runCliInProcess(["check", fixture("violating"), "--config", "aws:region=moon-1"]);
        assert.equal(region.status, 2);
        assert.match(region.stderr, /aws:region "moon-1" is not a known AWS region; known regions: af-south-1, /);
    });

    it("exits 2 naming a policy-pack config that is missing, a folder, or not JSON, before running anything", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-pack-config-"));
        fs.writeFileSync(path.join(dir, "broken.json"), "{\"imdsv2-required\": ");
        fs.writeFileSync(path.join(dir, "bom.json"), "\uFEFF{\"imdsv2-required\": \"advisory\"}");
        const cases: [string, RegExp][] = [
            [path.join(dir, "none.json"), /^error: policy pack config .*none\.json does not exist\n$/],
            [dir, /^error: policy pack config .* is a folder; name the JSON file itself\n$/],
            [path.join(dir, "broken.json"), /^error: policy pack config .*broken\.json is not valid JSON: /],
        ];
        for (const [config, message] of cases) {
            const run = await runCliInProcess(["check", fixture("never-settles"), "--policy-pack-config", config]);
            assert.equal(run.status, 2);
            assert.match(run.stderr, message);
        }
        const bom = await runCliInProcess(["check", fixture("violating"), "--quiet", "--policy-pack-config", path.join(dir, "bom.json")]);
        assert.equal(bom.status, 0, "a UTF-8 byte order mark is not part of the JSON");
    });

    it("exits 2 when the folder is not a Pulumi program, or the policy pack folder does not exist", async () => {
        const missing = await runCliInProcess(["check", fixture("does-not-exist")]);
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /does-not-exist is not a Pulumi program: no such folder\n$/);
        assert.match((await runCliInProcess(["check", path.join(REPO_ROOT, "docs")])).stderr, /docs is not a Pulumi program: no Pulumi\.yaml found\n$/);
        const run = await runCliInProcess(["check", fixture("clean"), "--policy-pack", fixture("no-such-pack")]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /policy pack folder .*no-such-pack does not exist/);
        const file = await runCliInProcess(["check", fixture("clean"), "--policy-pack", path.join(fixture("clean"), "Pulumi.yaml")]);
        assert.equal(file.status, 2);
        assert.match(file.stderr, /policy pack folder .*Pulumi\.yaml is a file; --policy-pack names the pack's folder/);
    });

    it("fails within seconds, with the pack's own error, when the policy pack cannot load", async () => {
        const run = await runCliInProcess(["check", fixture("clean"), "--policy-pack", path.join(fixture("clean"), "..", "..", "packs", "broken")]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /policy pack in .*broken exited with code \d+ before serving\npolicy pack stderr:\n[^]*missing compiled policies/);
        assert.ok(run.ms < 30_000, `took ${run.ms} ms`);
    });

    it("prints --help and --version", async () => {
        const help = await runCliInProcess(["check", "--help"]);
        assert.equal(help.status, 0);
        assert.match(help.stdout, /Exit codes: 0 passed, 1 blocked, 2 bad usage, a bad file or a failed program,\n\s+3 incomplete/);
        const version = await runCliInProcess(["--version"]);
        assert.match(version.stdout, /^aws-guardrails \d+\.\d+\.\d+\n$/);
    });
});

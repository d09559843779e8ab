import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import { fixture, REPO_ROOT, runCli } from "../support/cli";

interface JsonDoc {
    resources: { urn: string; type: string; name: string; parent: string | null; provider: string | null; inputs: Record<string, unknown> }[];
    violations: { policy: string; pack: string; urn: string; message: string; enforcementLevel: string; severity: string; exemption?: { reason: string; expires: string } }[];
    summary: { resources: number; mandatory: number; advisory: number; exempted: number };
}

describe("aws-guardrails check", () => {
    it("exits 0 and prints the resource tree for a clean program", () => {
        const run = runCli(["check", fixture("clean")]);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /aws-guardrails:iam:AccountPasswordPolicy account/);
        assert.match(run.stdout, /└─ aws:iam\/accountPasswordPolicy:AccountPasswordPolicy account/);
        assert.match(run.stdout, /PASSED: 3 resources, 0 mandatory/);
        assert.doesNotMatch(run.stdout, /\u001b\[/, "no colour when stdout is not a TTY");
    });

    it("exits 1 with --json listing a mandatory violation with its policy name and URN", () => {
        const run = runCli(["check", fixture("violating"), "--json"]);
        assert.equal(run.status, 1, run.stderr);
        const doc = JSON.parse(run.stdout) as JsonDoc;
        assert.deepEqual(Object.keys(doc).sort(), ["resources", "summary", "violations"]);
        const urn = "urn:pulumi:dev::fixture-violating::pulumi:pulumi:Stack$aws:ec2/instance:Instance::web";
        const violation = doc.violations.find((v) => v.policy === "imdsv2-required");
        assert.ok(violation, JSON.stringify(doc.violations));
        assert.equal(violation.urn, urn);
        assert.equal(violation.pack, "aws-guardrails");
        assert.equal(violation.enforcementLevel, "mandatory");
        assert.equal(violation.severity, "high");
        assert.match(violation.message, /IMDSv1 stays enabled/);
        assert.equal(doc.summary.mandatory, doc.violations.filter((v) => v.enforcementLevel === "mandatory" && !v.exemption).length);
        assert.equal(doc.summary.resources, doc.resources.length);
        const web = doc.resources.find((r) => r.urn === urn);
        assert.ok(web);
        assert.deepEqual(Object.keys(web).sort(), ["inputs", "name", "parent", "provider", "type", "urn"]);
        assert.equal(web.provider, null, "the default provider is not an explicit one");
        assert.equal(web.inputs.instanceType, "t3.micro", "config defaults from Pulumi.yaml reach the program");
    });

    it("applies --config overrides after the stack file", () => {
        const run = runCli(["check", fixture("violating"), "--json", "--config", "instanceType=t3.nano"]);
        const doc = JSON.parse(run.stdout) as JsonDoc;
        assert.equal(doc.resources.find((r) => r.name === "web")?.inputs.instanceType, "t3.nano");
    });

    it("prints SARIF 2.1.0 that code scanning accepts", () => {
        const run = runCli(["check", fixture("violating"), "--sarif"]);
        assert.equal(run.status, 1, run.stderr);
        const sarif = JSON.parse(run.stdout) as {
            version: string; $schema: string;
            runs: { tool: { driver: { name: string; rules: { id: string; help: { text: string }; properties: { "security-severity"?: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
        };
        assert.equal(sarif.version, "2.1.0");
        assert.match(sarif.$schema, /sarif-2\.1\.0/);
        const [run0] = sarif.runs;
        assert.equal(run0.tool.driver.name, "aws-guardrails");
        const result = run0.results.find((r) => r.ruleId === "imdsv2-required");
        assert.ok(result);
        assert.equal(result.level, "error");
        assert.equal(run0.tool.driver.rules[result.ruleIndex].id, "imdsv2-required");
        assert.equal(run0.tool.driver.rules[result.ruleIndex].properties["security-severity"], "8.0");
        assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /test\/fixtures\/programs\/violating\/index\.ts$/);
        assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    });

    it("shows an exempted finding as exempted, with its reason, and does not block", () => {
        const run = runCli(["check", fixture("exempted"), "--json"]);
        assert.equal(run.status, 0, run.stdout + run.stderr);
        const doc = JSON.parse(run.stdout) as JsonDoc;
        const finding = doc.violations.find((v) => v.policy === "imdsv2-required");
        assert.ok(finding, "the exempted finding is still listed");
        assert.equal(finding.exemption?.reason, "vendor AMI without IMDSv2 support");
        assert.match(finding.exemption?.expires ?? "", /^\d{4}-\d{2}-\d{2}$/, "the fixture's tag runs 180 days from today");
        assert.equal(doc.summary.exempted, 1);
        assert.equal(doc.summary.mandatory, 0);
    });

    it("exits 2 with the program's own message and no stack trace when the program throws", () => {
        const run = runCli(["check", fixture("throws")]);
        assert.equal(run.status, 2);
        assert.equal(run.stderr.trim(), "error: the program failed: allowedCidrs is missing from the stack config");
        assert.equal(run.stdout, "");
    });

    it("exits 2 on bad usage, naming the bad option and the allowed ones", () => {
        const run = runCli(["check", "--yaml"]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^error: unknown option "--yaml"; allowed: --json, --sarif, --policy-pack, --policy-pack-config, --config, --stack/);
    });

    it("exits 2 when the folder is not a Pulumi program", () => {
        const run = runCli(["check", fixture("does-not-exist")]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /is not a Pulumi program: no Pulumi\.yaml found/);
    });
});

describe("npm start", () => {
    it("passes flags through: `npm start --silent -- --json` prints only the JSON report of the root program", () => {
        const run = spawnSync("npm", ["start", "--silent", "--", "--json"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
        assert.equal(run.status, 0, run.stderr);
        const doc = JSON.parse(run.stdout) as JsonDoc;
        assert.equal(doc.summary.mandatory, 0);
        assert.ok(doc.resources.some((r) => r.type === "aws-guardrails:index:GuardrailBaseline"));
        assert.ok(doc.resources.some((r) => r.type === "pulumi:providers:aws" && r.inputs.region === "eu-west-1"), "providers are listed with their region");
    });
});

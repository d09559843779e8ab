import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { REPO_ROOT, runCliInProcess } from "../support/cli";

interface Report {
    resources: { type: string }[];
    violations: { policy: string; enforcementLevel: string; exemption?: unknown }[];
    summary: { resources: number; mandatory: number; advisory: number };
}

const EXAMPLES = path.join(REPO_ROOT, "examples");
// The TypeScript examples; python-service-user and yaml-baseline go through the component package (test/provider).
const names = fs.readdirSync(EXAMPLES).filter((n) => fs.existsSync(path.join(EXAMPLES, n, "package.json"))).sort();

/** Runs an example under `check --json` (in this process, with the shared pack), with its own policy-pack config when it ships one. */
async function checkExample(name: string): Promise<{ status: number | null; report: Report; stderr: string }> {
    const dir = path.join(EXAMPLES, name);
    const config = path.join(dir, "policy-pack-config.json");
    const args = ["check", dir, "--json", ...(fs.existsSync(config) ? ["--policy-pack-config", config] : [])];
    const run = await runCliInProcess(args);
    assert.notEqual(run.stdout, "", `check printed nothing for ${name}: ${run.stderr}`);
    return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe("the examples under check", () => {
    it("has the five documented examples, each a Pulumi project with a README that imports the package by name", () => {
        assert.deepEqual(names, ["baseline", "ec2-role", "organization", "per-service-user", "unsafe"]);
        for (const name of names) {
            assert.ok(fs.existsSync(path.join(EXAMPLES, name, "README.md")), `${name} has no README`);
            const pkg = JSON.parse(fs.readFileSync(path.join(EXAMPLES, name, "package.json"), "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
            assert.ok({ ...pkg.dependencies, ...pkg.devDependencies }["aws-guardrails"], `${name} does not depend on aws-guardrails`);
        }
    });

    it("each compiles with its own tsconfig.json, read as ts-node reads it, with nothing from outside its folder", () => {
        for (const name of names) {
            const dir = path.join(EXAMPLES, name);
            const file = path.join(dir, "tsconfig.json");
            const read = ts.readConfigFile(file, ts.sys.readFile);
            assert.equal(read.error, undefined, `${name}: ${ts.flattenDiagnosticMessageText(read.error?.messageText ?? "", "\n")}`);
            const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, file);
            assert.deepEqual(parsed.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")), [], name);
            assert.deepEqual(parsed.fileNames.map((f) => path.relative(dir, f)), ["index.ts"], name);
            assert.equal((read.config as { extends?: unknown }).extends, undefined, `${name} extends a file outside the example, which a copied example would not have`);
        }
    });

    for (const name of names.filter((n) => n !== "unsafe")) {
        it(`${name} is clean: exit 0 and no findings at any level`, async () => {
            const { status, report, stderr } = await checkExample(name);
            assert.equal(status, 0, stderr);
            assert.deepEqual(report.violations, []);
            assert.ok(report.summary.resources > 1);
            if (name === "baseline") {
                const types = new Set(report.resources.map((r) => r.type));
                assert.ok(types.has("aws-guardrails:index:GuardrailBaseline") && types.has("aws-guardrails:index:IpRestrictionGroup"), "the example builds the whole baseline");
            }
        });
    }

    it("unsafe is blocked (exit 1) by the policies it exists to show", async () => {
        const { status, report } = await checkExample("unsafe");
        assert.equal(status, 1);
        const mandatory = new Set(report.violations.filter((v) => v.enforcementLevel === "mandatory").map((v) => v.policy));
        for (const policy of [
            "iam-no-admin-wildcard", "iam-no-admin-managed-policies", "iam-key-users-fenced", "secrets-no-plaintext-aws-keys",
            "imdsv2-required", "security-group-no-public-admin-ports", "security-group-no-public-all-traffic",
            "cloudtrail-trail-hardened", "account-password-policy",
        ]) {
            assert.ok(mandatory.has(policy), `expected a mandatory ${policy} finding; got ${[...mandatory].sort().join(", ")}`);
        }
    });
});

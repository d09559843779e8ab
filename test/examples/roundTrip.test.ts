import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import type { JsonReport } from "../../cli/report/json";
import { REPO_ROOT, runCliInProcess } from "../support/cli";

const EXAMPLES = path.join(REPO_ROOT, "examples");

/** The examples whose program `check` runs under mocks (TypeScript, `runtime: nodejs`). */
export function typeScriptExamples(): string[] {
    return fs.readdirSync(EXAMPLES).filter((name) => {
        const file = path.join(EXAMPLES, name, "Pulumi.yaml");
        if (!fs.existsSync(file)) {
            return false;
        }
        const runtime = (parseYaml(fs.readFileSync(file, "utf8")) as { runtime?: string | { name?: string } }).runtime;
        return (typeof runtime === "string" ? runtime : runtime?.name) === "nodejs";
    }).sort();
}

/** A finding, as both inputs must report it. */
function findingsOf(report: JsonReport): string[] {
    return report.violations.map((v) => JSON.stringify([v.policy, v.urn, v.enforcementLevel, v.severity, v.message, v.exemption ?? null])).sort();
}

describe("the round trip: check DIR = check --state (check DIR --emit-state), for every TypeScript example", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-round-trip-"));
    after(() => fs.rmSync(work, { recursive: true, force: true }));

    for (const name of typeScriptExamples()) {
        it(`${name}: the same findings from the program and from the stack export it emits`, async () => {
            const dir = path.join(EXAMPLES, name);
            const packConfig = path.join(dir, "policy-pack-config.json");
            const config = fs.existsSync(packConfig) ? ["--policy-pack-config", packConfig] : [];
            const state = path.join(work, `${name}.json`);
            const program = await runCliInProcess(["check", dir, "--json", "--emit-state", state, ...config]);
            const fromProgram = JSON.parse(program.stdout) as JsonReport;
            const exported = JSON.parse(fs.readFileSync(state, "utf8")) as { version: number; deployment: { resources: { type: string }[] } };
            assert.equal(exported.version, 3);
            assert.equal((fs.statSync(state).mode & 0o777).toString(8), "600", "the export may hold secrets: its owner's only");
            const fromState = JSON.parse((await runCliInProcess(["check", "--state", state, "--json", ...config])).stdout) as JsonReport;
            assert.deepEqual(findingsOf(fromState), findingsOf(fromProgram));
            assert.equal(fromState.summary.verdict, fromProgram.summary.verdict);
            // The export adds the default providers the engine would register; everything the program registered is in it.
            const defaults = exported.deployment.resources.length - fromProgram.resources.length;
            assert.equal(fromState.resources.length, fromProgram.resources.length + defaults);
            assert.ok(fromProgram.resources.every((r) => fromState.resources.some((s) => s.urn === r.urn && JSON.stringify(s.inputs) === JSON.stringify(r.inputs))));
            process.stdout.write(`      ${name}: ${fromProgram.resources.length} resources (+${defaults} default provider(s) in the export), ` +
                `${fromProgram.violations.length} findings both ways, ${fromProgram.summary.verdict}\n`);
        });
    }
});

import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CIS_V5_ONLY_CONTROLS, CIS_V7_CONTROLS } from "../../cli/docs/cisControls";
import { coverageOf, renderCis, unknownCisTags } from "../../cli/docs/renderCis";
import { renderPolicies } from "../../cli/docs/renderPolicies";
import type { PackInfo } from "../../cli/harness";
import { REPO_ROOT, runCli } from "../support/cli";
import { sharedPack } from "../support/pack";

function build(project: string): void {
    const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", project], { cwd: REPO_ROOT, encoding: "utf8" });
    assert.equal(result.status, 0, `tsc -p ${project} failed:\n${result.stdout}${result.stderr}`);
}

describe("generated docs (aws-guardrails docs)", () => {
    let info: PackInfo;

    before(async function () {
        this.timeout(180_000);
        build("tsconfig.build.json");
        build(path.join("policypack", "tsconfig.json"));
        info = await (await sharedPack()).info();
    });

    it("docs/policies.md and docs/cis.md on disk equal freshly generated ones (run `npm run docs` after changing a policy)", () => {
        const run = runCli(["docs", "--check"]);
        assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
        assert.match(run.stdout, /docs are up to date/);
    });

    it("--check exits 1 and names the stale file when a file differs; without --check it writes both files", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-docs-"));
        const stale = runCli(["docs", "--check", "--out", out]);
        assert.equal(stale.status, 1);
        assert.match(stale.stderr, /policies\.md is stale; run `npm run docs`/);
        const written = runCli(["docs", "--out", out]);
        assert.equal(written.status, 0, written.stderr);
        assert.equal(fs.readFileSync(path.join(out, "policies.md"), "utf8"), fs.readFileSync(path.join(REPO_ROOT, "docs", "policies.md"), "utf8"));
        assert.equal(runCli(["docs", "--check", "--out", out]).status, 0);
    });

    it("refuses unknown arguments with exit code 2 and the usage", () => {
        const run = runCli(["docs", "--chek"]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /unknown docs argument "--chek"; allowed: --policy-pack DIR, --out DIR, --check/);
    });

    it("lists every CIS v7.0.0 recommendation exactly once, each with a v5.0.0 ID at most once", () => {
        const ids = CIS_V7_CONTROLS.map((c) => c.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.equal(ids.length, 70);
        const v5 = [...CIS_V7_CONTROLS.map((c) => c.v5).filter((id): id is string => id !== undefined), ...CIS_V5_ONLY_CONTROLS.map((c) => c.v5)];
        assert.equal(new Set(v5).size, v5.length);
        const cis = renderCis(info, new Set());
        for (const id of ids) {
            assert.equal(cis.split("\n").filter((line) => line.startsWith(`| ${id} |`)).length, 1, id);
        }
    });

    it("keeps every policy's CIS tags within the benchmark, and marks controls by policy, component, account state or nothing", () => {
        assert.deepEqual(unknownCisTags(info), []);
        const covered = coverageOf(info, new Set(["CisAlarms"]));
        const find = (id: string) => covered.find((c) => c.control.id === id);
        assert.equal(find("2.14")?.coverage, "policy");
        assert.ok(find("2.14")?.policies.includes("iam-no-admin-wildcard"));
        assert.equal(find("5.4")?.coverage, "component");
        assert.equal(find("4.1")?.coverage === "component", false, "AllRegionsTrail is not exported in this call");
        assert.equal(find("2.2")?.coverage, "runtime");
        assert.equal(find("2.15")?.coverage, "none");
    });

    it("renders every policy under its area with its name as the anchor, and is independent of pack order", () => {
        const text = renderPolicies(info);
        for (const policy of info.policies) {
            assert.equal(text.split("\n").filter((line) => line === `### ${policy.name}`).length, 1, policy.name);
        }
        assert.equal(renderPolicies({ ...info, policies: [...info.policies].reverse() }), text);
        assert.match(text, /\| `minimumPasswordLength` \| integer \(14 to 128\) \| `14` \|/);
    });
});

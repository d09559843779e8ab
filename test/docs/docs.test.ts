import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CIS_V5_ONLY_CONTROLS, CIS_V7_CONTROLS } from "../../cli/docs/cisControls";
import { exportedComponents } from "../../cli/docs/componentExports";
import { coverageOf, renderCis, unknownCisTags } from "../../cli/docs/renderCis";
import { renderPolicies } from "../../cli/docs/renderPolicies";
import type { PackInfo } from "../../cli/harness";
import { REPO_ROOT, runCli } from "../support/cli";
import { sharedPackInfo } from "../support/pack";

function onDisk(name: string): string {
    return fs.readFileSync(path.join(REPO_ROOT, "docs", name), "utf8");
}

describe("generated docs (aws-guardrails docs)", () => {
    let info: PackInfo;

    // The pack was built by `npm test` (run `npm run build` first when running this file alone).
    before(async () => {
        info = await sharedPackInfo();
    });

    it("docs/policies.md and docs/cis.md on disk equal freshly generated ones (run `npm run docs` after changing a policy)", () => {
        assert.equal(renderPolicies(info), onDisk("policies.md"), "docs/policies.md is stale; run `npm run docs`");
        assert.equal(renderCis(info, exportedComponents()), onDisk("cis.md"), "docs/cis.md is stale; run `npm run docs`");
    });

    it("the docs command writes both files; --check exits 1 and names only the stale one", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-docs-"));
        const written = runCli(["docs", "--out", out]);
        assert.equal(written.status, 0, written.stderr);
        assert.equal(fs.readFileSync(path.join(out, "policies.md"), "utf8"), onDisk("policies.md"));
        assert.equal(fs.readFileSync(path.join(out, "cis.md"), "utf8"), onDisk("cis.md"));
        fs.appendFileSync(path.join(out, "policies.md"), "edited by hand\n");
        const stale = runCli(["docs", "--check", "--out", out]);
        assert.equal(stale.status, 1);
        assert.match(stale.stderr, /policies\.md is stale; run `npm run docs`/);
        assert.doesNotMatch(stale.stderr, /cis\.md/);
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

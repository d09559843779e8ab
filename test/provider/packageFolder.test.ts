import assert from "node:assert/strict";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { PROVIDER_DIR } from "./support/componentHost";

const manifest = JSON.parse(fs.readFileSync(path.join(PROVIDER_DIR, "package.json"), "utf8")) as {
    name: string; main: string; engines: { node: string }; scripts: Record<string, string>;
};

describe("the component package folder", () => {
    it("declares a Node.js plugin named aws-guardrails, whose entry the host loads", () => {
        assert.deepEqual(parse(fs.readFileSync(path.join(PROVIDER_DIR, "PulumiPlugin.yaml"), "utf8")), { runtime: "nodejs" });
        assert.equal(manifest.name, "aws-guardrails", "the package name is the schema's package name and the tokens' first part");
        assert.equal(manifest.main, "index.js");
        assert.equal(manifest.engines.node, ">=20");
        assert.ok(fs.existsSync(path.join(PROVIDER_DIR, "index.ts")), "the analyser reads index.ts, the TypeScript beside the entry");
    });

    it("says what to do when the package at the repository root is not built", () => {
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-unbuilt-"));
        try {
            fs.mkdirSync(path.join(copy, "provider"));
            fs.copyFileSync(path.join(PROVIDER_DIR, "index.js"), path.join(copy, "provider", "index.js"));
            const run = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(path.join(copy, "provider"))})`], { encoding: "utf8" });
            assert.notEqual(run.status, 0);
            assert.match(run.stderr, new RegExp(`aws-guardrails: .*dist/components/index\\.js does not exist; run "npm install" in ${copy} \\(it builds the package\\)`));
        } finally {
            fs.rmSync(copy, { recursive: true, force: true });
        }
    });

    it("installs nothing on npm install when the repository is already installed and built", () => {
        assert.equal(manifest.scripts.install, "node prepare.js");
        const run = spawnSync(process.execPath, [path.join(PROVIDER_DIR, "prepare.js")], { encoding: "utf8" });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, `aws-guardrails: ${path.dirname(PROVIDER_DIR)} is installed and built\n`);
    });
});

import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { startInBackground } from "../support/background";
import { installIntoConsumer, packThisCheckout, type PackResult } from "./consumerRun";

/** Key ids AWS publishes as documentation examples; they may appear in docs and tests of the detector. */
const DOCUMENTATION_KEY_IDS = new Set(["AKIAIOSFODNN7EXAMPLE"]);

// Packing and the consumer's install start as soon as this file loads, and run
// while the rest of the suite does: about 25 s that would otherwise be waited for.
const packing = startInBackground(packThisCheckout);
const consumerRun = startInBackground(async () => installIntoConsumer(await packing));

describe("the published package", function () {
    this.timeout(600_000);
    let work: string;
    let packed: PackResult;

    before(async () => {
        ({ work, result: packed } = await packing);
        process.stdout.write(`      tarball ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${packed.files.length} files\n`);
    });

    after(async () => {
        await consumerRun.catch(() => undefined);
        if (work) {
            fs.rmSync(work, { recursive: true, force: true });
        }
    });

    it("contains the built library, the CLI and the compiled policy pack, and no tests", () => {
        const files = packed.files.map((f) => f.path);
        for (const required of ["package.json", "README.md", "LICENSE", "dist/components/index.js", "dist/components/index.d.ts", "dist/components/documents/index.js", "dist/cli/main.js", "policypack/PulumiPolicy.yaml", "policypack/package.json", "policypack/bin/policypack/index.js"]) {
            assert.ok(files.includes(required), `${required} is missing from the tarball`);
        }
        assert.deepEqual(files.filter((f) => /^(test|bench|examples)\//.test(f) || /\.test\.(ts|js)$/.test(f)), []);
    });

    it("ships no TypeScript source without its declaration, and a declaration for every module", () => {
        const files = new Set(packed.files.map((f) => f.path));
        assert.deepEqual([...files].filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")), []);
        const missing = [...files].filter((f) => f.startsWith("dist/") && f.endsWith(".js") && !files.has(f.replace(/\.js$/, ".d.ts")));
        assert.deepEqual(missing, []);
    });

    it("ships no secrets", () => {
        const dir = path.join(work, "unpacked");
        fs.mkdirSync(dir);
        execFileSync("tar", ["-xzf", path.join(work, packed.filename), "-C", dir]);
        const findings: string[] = [];
        for (const file of packed.files) {
            assert.doesNotMatch(file.path, /(^|\/)(\.env|\.npmrc|id_rsa|.*\.pem|.*\.key)$/, `${file.path} looks like a credentials file`);
            const text = fs.readFileSync(path.join(dir, "package", file.path), "utf8");
            for (const match of text.matchAll(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g)) {
                if (!DOCUMENTATION_KEY_IDS.has(match[0])) {
                    findings.push(`${file.path}: ${match[0]}`);
                }
            }
            if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
                findings.push(`${file.path}: a private key block`);
            }
        }
        assert.deepEqual(findings, []);
    });

    it("installs into a consumer project that compiles with tsc and passes the check under mocks", async () => {
        const consumer = await consumerRun;
        assert.equal(consumer.install.status, 0, `npm install failed:\n${consumer.install.stderr}`);
        assert.equal(consumer.compiled.status, 0, `tsc failed:\n${consumer.compiled.stdout}${consumer.compiled.stderr}`);
        assert.equal(consumer.check.status, 0, `check failed:\n${consumer.check.stdout.slice(0, 4000)}${consumer.check.stderr}`);
        const doc = JSON.parse(consumer.check.stdout) as { resources: { type: string }[]; violations: unknown[] };
        assert.deepEqual(doc.violations, []);
        // Every exported component is built by the consumer.
        const components = JSON.parse(consumer.listed.stdout) as string[];
        const built = new Set(doc.resources.map((r) => r.type.split(":").pop()));
        assert.deepEqual(components.filter((name) => !built.has(name)), [], "exported components the consumer does not build");
    });
});

import { strict as assert } from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT } from "../support/cli";

interface PackResult {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string; size: number }[];
}

const CONSUMER_SOURCE = path.join(__dirname, "consumer");
/** Key ids AWS publishes as documentation examples; they may appear in docs and tests of the detector. */
const DOCUMENTATION_KEY_IDS = new Set(["AKIAIOSFODNN7EXAMPLE"]);

function npm(args: string[], cwd: string): string {
    return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}

describe("the published package", function () {
    this.timeout(600_000);
    let work: string;
    let packed: PackResult;

    before(() => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-pack-"));
        const out = npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], REPO_ROOT);
        packed = (JSON.parse(out) as PackResult[])[0];
        process.stdout.write(`      tarball ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${packed.files.length} files\n`);
    });

    after(() => {
        fs.rmSync(work, { recursive: true, force: true });
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

    it("installs into a consumer project that compiles with tsc and passes the check under mocks", () => {
        const consumer = path.join(work, "consumer");
        fs.cpSync(CONSUMER_SOURCE, consumer, { recursive: true });
        const rootPkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
        fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify({
            name: "guardrails-consumer",
            private: true,
            main: "bin/index.js",
            dependencies: {
                "aws-guardrails": `file:${path.join(work, packed.filename)}`,
                "@pulumi/aws": rootPkg.dependencies["@pulumi/aws"],
                "@pulumi/pulumi": rootPkg.dependencies["@pulumi/pulumi"],
            },
        }, null, 2));
        npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], consumer);
        const tsc = path.join(consumer, "node_modules", "typescript", "bin", "tsc");
        const compiled = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8" });
        assert.equal(compiled.status, 0, `tsc failed:\n${compiled.stdout}${compiled.stderr}`);
        const check = spawnSync(process.execPath, [path.join(consumer, "node_modules", "aws-guardrails", "dist", "cli", "main.js"), "check", ".", "--json"], {
            cwd: consumer, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024,
        });
        assert.equal(check.status, 0, `check failed:\n${check.stdout.slice(0, 4000)}${check.stderr}`);
        const doc = JSON.parse(check.stdout) as { resources: { type: string }[]; violations: unknown[] };
        assert.deepEqual(doc.violations, []);
        // Every exported component is built by the consumer (the abstract GuardrailGroup through its subclasses).
        const installed = path.join(consumer, "node_modules", "aws-guardrails");
        const listed = spawnSync(process.execPath, ["-e", `
            const pulumi = require("@pulumi/pulumi");
            const lib = require(${JSON.stringify(installed)});
            const names = Object.entries(lib).filter(([, v]) => typeof v === "function" && v.prototype instanceof pulumi.ComponentResource).map(([k]) => k);
            console.log(JSON.stringify(names));`], { cwd: consumer, encoding: "utf8" });
        const components = JSON.parse(listed.stdout) as string[];
        const built = new Set(doc.resources.map((r) => r.type.split(":").pop()));
        assert.deepEqual(components.filter((name) => name !== "GuardrailGroup" && !built.has(name)), [], "exported components the consumer does not build");
    });
});

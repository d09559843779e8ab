import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadProgramProject } from "../../cli/harness";

function program(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-program-"));
    for (const [name, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

describe("program config", () => {
    it("layers Pulumi.yaml defaults, the stack file and overrides, later winning", () => {
        const dir = program({
            "Pulumi.yaml": "name: demo\nruntime: nodejs\nconfig:\n  tier:\n    type: string\n    default: small\n  regions:\n    default: [eu-west-1]\n  keep: kept\n",
            "Pulumi.prod.yaml": "config:\n  demo:tier: large\n  aws:region: eu-west-1\n",
            "index.ts": "export {};\n",
        });
        const project = loadProgramProject(dir, "prod", ["tier=huge", "other:key=1"]);
        assert.equal(project.name, "demo");
        assert.equal(project.entry, path.join(dir, "index.ts"));
        assert.equal(project.moduleType, "commonjs");
        assert.deepEqual(project.config, {
            "demo:tier": "huge",
            "demo:regions": "[\"eu-west-1\"]",
            "demo:keep": "kept",
            "aws:region": "eu-west-1",
            "other:key": "1",
        });
    });

    it("refuses encrypted stack values with a way out", () => {
        const dir = program({
            "Pulumi.yaml": "name: demo\nruntime: nodejs\n",
            "Pulumi.dev.yaml": "config:\n  demo:token:\n    secure: AAABAxyz\n",
            "index.ts": "export {};\n",
        });
        assert.throws(() => loadProgramProject(dir, "dev"), /"demo:token" is encrypted \(secure:\); the offline check cannot decrypt it\. Pass a stand-in with --config demo:token=\.\.\./);
        const project = loadProgramProject(dir, "dev", ["token=stand-in"]);
        assert.equal(project.config["demo:token"], "stand-in", "the way out the message names works");
        assert.deepEqual(project.secretKeys, ["demo:token"], "and the stand-in stays a secret");
    });

    it("finds the entry as the language host does: Pulumi.yaml main (a folder), package.json exports, index.mts", () => {
        const withMain = program({ "Pulumi.yaml": "name: demo\nruntime: nodejs\nmain: app/\n", "index.ts": "export {};\n" });
        fs.mkdirSync(path.join(withMain, "app"));
        fs.writeFileSync(path.join(withMain, "app", "index.js"), "exports.x = 1;\n");
        assert.equal(loadProgramProject(withMain, "dev").entry, path.join(withMain, "app", "index.js"));
        const withExports = program({ "Pulumi.yaml": "name: demo\nruntime: nodejs\n", "package.json": JSON.stringify({ type: "module", exports: { ".": { import: "./src/main.ts" } } }), "index.ts": "export {};\n" });
        fs.mkdirSync(path.join(withExports, "src"));
        fs.writeFileSync(path.join(withExports, "src", "main.ts"), "export {};\n");
        const esm = loadProgramProject(withExports, "dev");
        assert.equal(esm.entry, path.join(withExports, "src", "main.ts"));
        assert.equal(esm.moduleType, "module");
        const mts = program({ "Pulumi.yaml": "name: demo\nruntime: nodejs\n", "index.mts": "export {};\n" });
        assert.equal(loadProgramProject(mts, "dev").entry, path.join(mts, "index.mts"));
    });

    it("refuses --config keys it cannot apply and unknown regions, naming the way out", () => {
        const dir = program({ "Pulumi.yaml": "name: demo\nruntime: nodejs\n", "index.ts": "export {};\n" });
        assert.throws(() => loadProgramProject(dir, "dev", ["cidrs[0]=203.0.113.0/24"]), /"cidrs\[0\]" is a --path key .*--config 'cidrs=\["…"\]'/);
        assert.throws(() => loadProgramProject(dir, "dev", ["db:password[0]=hunter2-secret"]), (err: Error) => !err.message.includes("hunter2"), "a value is never repeated: it may be a password");
        assert.throws(() => loadProgramProject(dir, "dev", ["a:b:c=1"]), /"a:b:c" is not a configuration key; keys are <name> or <namespace>:<name>/);
        assert.throws(() => loadProgramProject(dir, "dev", ["aws:region=eu-west-9"]), /aws:region "eu-west-9" is not a known AWS region/);
        assert.equal(loadProgramProject(dir, "dev", ["aws:region=eu-west-1"]).config["aws:region"], "eu-west-1");
    });

    it("names a folder that is not a Pulumi program", () => {
        const dir = program({ "index.ts": "export {};\n" });
        assert.throws(() => loadProgramProject(dir, "dev"), { name: "ProgramSetupError", message: `${dir} is not a Pulumi program: no Pulumi.yaml found` });
        const missing = path.join(dir, "no-such-folder");
        assert.throws(() => loadProgramProject(missing, "dev"), { name: "ProgramSetupError", message: `${missing} is not a Pulumi program: no such folder` });
        const file = path.join(dir, "index.ts");
        assert.throws(() => loadProgramProject(file, "dev"), { name: "ProgramSetupError", message: `${file} is not a Pulumi program: it is a file; give the folder that holds Pulumi.yaml` });
    });
});

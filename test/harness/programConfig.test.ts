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
    });

    it("names a folder that is not a Pulumi program", () => {
        const dir = program({ "index.ts": "export {};\n" });
        assert.throws(() => loadProgramProject(dir, "dev"), { name: "ProgramSetupError", message: `${dir} is not a Pulumi program: no Pulumi.yaml found` });
    });
});

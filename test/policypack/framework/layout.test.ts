import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { PackInfo } from "../../../cli/harness";
import { PACK_DIR, sharedPackInfo } from "../../support/pack";

const ROOT = path.resolve(PACK_DIR, "..");
const MAX_LINES = 300;

/** `iam-no-admin-wildcard` → `iamNoAdminWildcard`. */
function camelCase(name: string): string {
    return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            return ["node_modules", "bin"].includes(entry.name) ? [] : sourceFiles(full);
        }
        return entry.name.endsWith(".ts") ? [full] : [];
    });
}

function readJson(file: string): Record<string, Record<string, string> | undefined> {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, string> | undefined>;
}

let info: PackInfo;

describe("the pack's layout", () => {
    before(async () => {
        info = await sharedPackInfo();
    });

    it("keeps each policy in <area>/<camelCase of its name>.ts, its area's folder", () => {
        for (const policy of info.policies) {
            const area = policy.tags.find((t) => t.startsWith("area:"))?.slice("area:".length) ?? "";
            const file = path.join(PACK_DIR, area, `${camelCase(policy.name)}.ts`);
            assert.ok(fs.existsSync(file), `${policy.name} lives in ${path.relative(ROOT, file)}`);
            assert.match(fs.readFileSync(file, "utf8"), new RegExp(`name: "${policy.name}"`), `${path.relative(ROOT, file)} defines ${policy.name}`);
        }
    });

    it("holds nothing but policies, index.ts and support/ in an area folder", () => {
        const names = new Set(info.policies.map((p) => camelCase(p.name)));
        const areas = new Set(info.policies.map((p) => p.tags.find((t) => t.startsWith("area:"))?.slice("area:".length) ?? ""));
        for (const area of areas) {
            for (const entry of fs.readdirSync(path.join(PACK_DIR, area), { withFileTypes: true })) {
                const ok = entry.isDirectory() ? entry.name === "support" : entry.name === "index.ts" || names.has(entry.name.replace(/\.ts$/, ""));
                assert.ok(ok, `${area}/${entry.name} is a policy, index.ts or support/`);
            }
        }
    });

    it("keeps every source file of the pack and of components/documents under 300 lines", () => {
        const files = [...sourceFiles(PACK_DIR), ...sourceFiles(path.join(ROOT, "components", "documents")), ...sourceFiles(path.join(ROOT, "scripts"))];
        const long = files
            .map((file) => ({ file: path.relative(ROOT, file), lines: fs.readFileSync(file, "utf8").split("\n").length - 1 }))
            .filter((f) => f.lines > MAX_LINES);
        assert.deepEqual(long, []);
    });

    it("pins @pulumi/policy to one exact version in both package.json files, and installs that version", () => {
        const root = readJson(path.join(ROOT, "package.json")).dependencies?.["@pulumi/policy"];
        const pack = readJson(path.join(PACK_DIR, "package.json")).dependencies?.["@pulumi/policy"];
        assert.match(root ?? "", /^\d+\.\d+\.\d+$/, `root package.json pins @pulumi/policy exactly (got ${root})`);
        assert.equal(pack, root, "policypack/package.json pins the same version");
        const installed = readJson(require.resolve("@pulumi/policy/package.json", { paths: [PACK_DIR] })) as unknown as { version: string };
        assert.equal(installed.version.replace(/^v/, ""), root, "the pack runs the pinned version");
    });
});

import * as fs from "fs";
import * as path from "path";

/**
 * Generates the list of taggable AWS resource types from the installed
 * `@pulumi/aws`: every resource class whose `<Class>Args` interface has a
 * top-level `tags` property. The pack cannot load `@pulumi/aws` at run time
 * (start-up cost), so the list is written as data to
 * `policypack/tagging/support/taggableTypes.json`; a test keeps it fresh.
 *
 * Regenerate: `npm run generate:taggable-types`
 */

/** The installed @pulumi/aws package folder. */
export function awsPackageDir(): string {
    return path.dirname(require.resolve("@pulumi/aws/package.json"));
}

/** The generated file inside the pack. */
export const GENERATED_FILE = path.resolve(__dirname, "..", "policypack", "tagging", "support", "taggableTypes.json");

const TOKEN = /static __pulumiType = '([^']+)'/;
const ARGS = /export interface (\w+)Args \{\n([\s\S]*?)\n\}/g;

/** Every taggable type token of the package, sorted. */
export function scanTaggableTypes(awsDir = awsPackageDir()): string[] {
    const tokens = new Set<string>();
    for (const module of fs.readdirSync(awsDir, { withFileTypes: true })) {
        if (!module.isDirectory() || module.name === "node_modules" || module.name === "types" || module.name === "config") {
            continue;
        }
        const dir = path.join(awsDir, module.name);
        for (const file of fs.readdirSync(dir)) {
            if (!file.endsWith(".d.ts")) {
                continue;
            }
            const js = path.join(dir, file.replace(/\.d\.ts$/, ".js"));
            if (!fs.existsSync(js)) {
                continue;
            }
            const token = TOKEN.exec(fs.readFileSync(js, "utf8"));
            if (!token) {
                continue;
            }
            const dts = fs.readFileSync(path.join(dir, file), "utf8");
            for (const match of dts.matchAll(ARGS)) {
                if (/^    tags\?: /m.test(match[2])) {
                    tokens.add(token[1]);
                }
            }
        }
    }
    return [...tokens].sort();
}

/** The generated data file's text: the @pulumi/aws version and the sorted type tokens. */
export function renderTaggableTypes(tokens: string[], version: string): string {
    return `${JSON.stringify({ awsVersion: version, types: tokens }, null, 2)}\n`;
}

/** The installed @pulumi/aws version. */
export function awsVersion(): string {
    const pkg = JSON.parse(fs.readFileSync(path.join(awsPackageDir(), "package.json"), "utf8")) as { version: string };
    return pkg.version;
}

if (require.main === module && process.argv.includes("--write")) {
    const tokens = scanTaggableTypes();
    fs.writeFileSync(GENERATED_FILE, renderTaggableTypes(tokens, awsVersion()));
    process.stdout.write(`wrote ${tokens.length} taggable types to ${GENERATED_FILE}\n`);
}

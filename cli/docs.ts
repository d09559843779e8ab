import * as fs from "fs";
import * as path from "path";
import { PolicyPackClient } from "./harness";
import { exportedComponents } from "./docs/componentExports";
import { parseDocsArgs } from "./docs/docsArgs";
import { renderCis, unknownCisTags } from "./docs/renderCis";
import { renderPolicies } from "./docs/renderPolicies";

/** One generated file: where it goes and what it holds. */
interface GeneratedFile {
    /** Absolute path. */
    file: string;
    /** The full text. */
    text: string;
}

function readOrUndefined(file: string): string | undefined {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return undefined;
    }
}

/**
 * `aws-guardrails docs [--policy-pack DIR] [--out DIR] [--check]`: starts the
 * pack as the Pulumi CLI does, reads every policy's metadata through
 * `GetAnalyzerInfo`, and writes `policies.md` and `cis.md`. With `--check` it
 * writes nothing and exits 1 when a file on disk differs from what it would
 * write (the staleness test runs this). Exit 0 otherwise.
 */
export async function runDocs(argv: string[], defaultPackDir: string): Promise<number> {
    const args = parseDocsArgs(argv);
    const packDir = path.resolve(args.packDir ?? defaultPackDir);
    const outDir = path.resolve(args.outDir ?? path.join(path.dirname(packDir), "docs"));
    const client = await PolicyPackClient.start(packDir);
    let info;
    try {
        info = await client.info();
    } finally {
        await client.close();
    }
    for (const { policy, id } of unknownCisTags(info)) {
        process.stderr.write(`warning: policy ${policy} names CIS v7.0.0 "${id}", which the benchmark does not have\n`);
    }
    const files: GeneratedFile[] = [
        { file: path.join(outDir, "policies.md"), text: renderPolicies(info) },
        { file: path.join(outDir, "cis.md"), text: renderCis(info, exportedComponents()) },
    ];
    if (args.check) {
        const stale = files.filter((f) => readOrUndefined(f.file) !== f.text);
        for (const f of stale) {
            process.stderr.write(`${path.relative(process.cwd(), f.file) || f.file} is stale; run \`npm run docs\` to regenerate it\n`);
        }
        if (stale.length === 0) {
            process.stdout.write(`docs are up to date (${info.policies.length} policies)\n`);
        }
        return stale.length > 0 ? 1 : 0;
    }
    fs.mkdirSync(outDir, { recursive: true });
    for (const f of files) {
        fs.writeFileSync(f.file, f.text);
        process.stdout.write(`wrote ${path.relative(process.cwd(), f.file) || f.file}\n`);
    }
    return 0;
}

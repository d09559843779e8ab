import { UsageError } from "../args";

/** Parsed `aws-guardrails docs` arguments. */
export interface DocsArgs {
    /** Policy pack folder, when not the bundled one. */
    packDir?: string;
    /** Where to write policies.md and cis.md (default: `docs/` beside the pack folder). */
    outDir?: string;
    /** Compare with the files on disk instead of writing them. */
    check: boolean;
}

/** The usage of the docs command. */
export const DOCS_USAGE = "usage: aws-guardrails docs [--policy-pack DIR] [--out DIR] [--check]";

/** Parses the arguments after `docs`. */
export function parseDocsArgs(argv: string[]): DocsArgs {
    const args: DocsArgs = { check: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        const take = (): string => {
            if (eq > 0) {
                return arg.slice(eq + 1);
            }
            const value = argv[i + 1];
            if (value === undefined || value.startsWith("--")) {
                throw new UsageError(`${flag} needs a value\n${DOCS_USAGE}`);
            }
            i++;
            return value;
        };
        switch (flag) {
            case "--policy-pack":
                args.packDir = take();
                break;
            case "--out":
                args.outDir = take();
                break;
            case "--check":
                args.check = true;
                break;
            default:
                throw new UsageError(`unknown docs argument "${arg}"; allowed: --policy-pack DIR, --out DIR, --check\n${DOCS_USAGE}`);
        }
    }
    return args;
}

import * as fs from "fs";
import * as path from "path";

/**
 * The component classes the library exports, so that `docs/cis.md` says
 * "satisfied by component X" only for components that exist. Read from the
 * built library next to this command (`dist/components`), or the sources when
 * run through ts-node. Loading it loads `@pulumi/aws`, which takes a second;
 * the docs command is not on anyone's hot path.
 */
export function exportedComponents(): Set<string> {
    const candidates = [path.resolve(__dirname, "..", "..", "components"), path.resolve(__dirname, "..", "..", "..", "components")];
    for (const dir of candidates) {
        if (fs.existsSync(path.join(dir, "index.js")) || fs.existsSync(path.join(dir, "index.ts"))) {
            try {
                // eslint-disable-next-line @typescript-eslint/no-var-requires
                const loaded: unknown = require(dir);
                return new Set(typeof loaded === "object" && loaded !== null ? Object.keys(loaded) : []);
            } catch (err) {
                process.stderr.write(`warning: could not load the components from ${dir} (${err instanceof Error ? err.message : String(err)}); cis.md lists no components\n`);
                return new Set();
            }
        }
    }
    return new Set();
}

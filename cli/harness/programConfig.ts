import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";

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

/** Finds the entry module as the Node.js language host would: package.json `main`, else index.ts or index.js. */
function findEntry(dir: string, main: unknown): string {
    const candidates: string[] = [];
    if (typeof main === "string") {
        candidates.push(path.resolve(dir, main));
    }
    const pkgFile = path.join(dir, "package.json");
    if (fs.existsSync(pkgFile)) {
        const pkg: unknown = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
        if (isRecord(pkg) && typeof pkg.main === "string") {
            candidates.push(path.resolve(dir, pkg.main));
        }
    }
    candidates.push(path.join(dir, "index.ts"), path.join(dir, "index.js"));
    for (const candidate of candidates) {
        for (const file of [candidate, `${candidate}.ts`, `${candidate}.js`, path.join(candidate, "index.ts"), path.join(candidate, "index.js")]) {
            if (fs.existsSync(file) && fs.statSync(file).isFile()) {
                return file;
            }
        }
    }
    throw new ProgramSetupError(`no program entry found in ${dir} (looked for package.json "main", index.ts and index.js)`);
}

/**
 * Reads a Pulumi project: its Pulumi.yaml (name, main, declared config with
 * defaults), the stack file `Pulumi.<stack>.yaml`, and overrides given as
 * `key=value`, in that order of precedence (later wins), exactly as the CLI
 * layers them.
 */
export function loadProgramProject(programDir: string, stack: string, overrides: string[] = []): ProgramProject {
    const dir = path.resolve(programDir);
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
    if (fs.existsSync(stackFile)) {
        const stackConfig = readYaml(stackFile).config;
        if (isRecord(stackConfig)) {
            for (const [key, value] of Object.entries(stackConfig)) {
                const full = qualify(name, key);
                if (isRecord(value) && typeof value.secure === "string") {
                    throw new ProgramSetupError(`${stackFile}: "${key}" is encrypted (secure:); the offline check cannot decrypt it. Pass a stand-in with --config ${key}=...`);
                }
                config[full] = configString(value);
            }
        }
    }
    for (const override of overrides) {
        const eq = override.indexOf("=");
        if (eq <= 0) {
            throw new ProgramSetupError(`--config "${override}" must be KEY=VALUE`);
        }
        config[qualify(name, override.slice(0, eq))] = override.slice(eq + 1);
    }
    return { name, entry: findEntry(dir, project.main), dir, config, secretKeys: [...secretKeys] };
}

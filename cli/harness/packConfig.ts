import * as fs from "fs";
import Ajv, { type ValidateFunction } from "ajv";
import type { PackInfo, ResolvedPolicyConfig } from "./policyPackClient";
import type { Violation } from "./types";

/** Thrown when a policy-pack config file is unreadable or does not match the pack's schemas. */
export class PackConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PackConfigError";
    }
}

const LEVELS = new Set(["advisory", "mandatory", "disabled", "remediate"]);

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a `--policy-pack-config` JSON file. */
export function readPackConfigFile(file: string): Record<string, unknown> {
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        throw new PackConfigError(`policy pack config ${file} ${fs.existsSync(file) ? "is a folder; name the JSON file itself" : "does not exist"}`);
    }
    let parsed: unknown;
    try {
        // A UTF-8 byte order mark (some Windows editors write one) is not part of the JSON.
        parsed = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    } catch (err) {
        throw new PackConfigError(`policy pack config ${file} is not valid JSON: ${(err as Error).message}`);
    }
    if (!isRecord(parsed)) {
        throw new PackConfigError(`policy pack config ${file} must be a JSON object keyed by policy name`);
    }
    return parsed;
}

function schemaDefaults(schema: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema)) {
        if (isRecord(prop) && "default" in prop) {
            out[key] = prop.default;
        }
    }
    return out;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();

/**
 * The validator of one policy's config schema, compiled once per schema and
 * process: compiling is most of the cost of resolving a config, and a pack
 * sends the same schemas on every start.
 */
function validatorFor(schema: NonNullable<PackInfo["policies"][number]["configSchema"]>): ValidateFunction {
    const wanted = { type: "object", properties: schema.properties, required: schema.required };
    const key = JSON.stringify(wanted);
    let validate = validators.get(key);
    if (!validate) {
        validate = ajv.compile(wanted);
        validators.set(key, validate);
    }
    return validate;
}

/**
 * Resolves a policy-pack config the way the Pulumi CLI does for
 * `--policy-pack-config`: `all` sets every policy's level, a string value sets one
 * policy's level, an object sets its level and properties; schema defaults fill
 * the rest, and every policy's properties are validated against its
 * `configSchema`. All problems are reported at once.
 */
export function resolvePackConfig(info: PackInfo, raw: Record<string, unknown>): ResolvedPolicyConfig {
    const problems: string[] = [];
    const known = new Set(info.policies.map((p) => p.name));
    for (const key of Object.keys(raw)) {
        if (key !== "all" && !known.has(key)) {
            problems.push(`"${key}" is not a policy in ${info.name} (known: ${[...known].sort().join(", ")})`);
        }
    }
    let allLevel: Violation["enforcementLevel"] | undefined;
    if (raw.all !== undefined) {
        const level = isRecord(raw.all) ? raw.all.enforcementLevel : raw.all;
        if (typeof level === "string" && LEVELS.has(level)) {
            allLevel = level as Violation["enforcementLevel"];
        } else {
            problems.push(`"all" must be one of advisory, mandatory, disabled, remediate; got ${JSON.stringify(raw.all)}`);
        }
    }
    const resolved: ResolvedPolicyConfig = {};
    for (const policy of info.policies) {
        const entry = raw[policy.name];
        let level = allLevel ?? policy.enforcementLevel;
        let props: Record<string, unknown> = {};
        if (typeof entry === "string") {
            if (LEVELS.has(entry)) {
                level = entry as Violation["enforcementLevel"];
            } else {
                problems.push(`${policy.name}: enforcement level "${entry}" is not one of advisory, mandatory, disabled, remediate`);
            }
        } else if (isRecord(entry)) {
            const { enforcementLevel, ...rest } = entry;
            if (enforcementLevel !== undefined) {
                if (typeof enforcementLevel === "string" && LEVELS.has(enforcementLevel)) {
                    level = enforcementLevel as Violation["enforcementLevel"];
                } else {
                    problems.push(`${policy.name}: enforcementLevel ${JSON.stringify(enforcementLevel)} is not one of advisory, mandatory, disabled, remediate`);
                }
            }
            props = rest;
        } else if (entry !== undefined) {
            problems.push(`${policy.name}: config must be an enforcement level or an object; got ${JSON.stringify(entry)}`);
        }
        const schema = policy.configSchema;
        if (schema) {
            props = { ...schemaDefaults(schema.properties), ...props };
            const validate = validatorFor(schema);
            if (!validate(props)) {
                for (const error of validate.errors ?? []) {
                    problems.push(`${policy.name}: ${error.instancePath || "config"} ${error.message}`);
                }
            }
        } else if (Object.keys(props).length > 0) {
            problems.push(`${policy.name}: takes no config properties; got ${Object.keys(props).join(", ")}`);
        }
        resolved[policy.name] = { enforcementLevel: level, properties: props };
    }
    if (problems.length > 0) {
        throw new PackConfigError(`policy pack config has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    }
    return resolved;
}

import type { PyNode, PyProgram } from "./pythonReader";
import { isEnum, refToken, type ObjectSpec, type PackageSchema, type PropertySpec } from "./schemaTypes";

/**
 * Checks what an example program uses against the package schema: every
 * component and type exists, every property it sets is an input of the right
 * kind (enum values included), every required input is set, and every output
 * it reads exists. Python names are snake_case in the generated SDK, YAML's are
 * the schema's own.
 */

/** The outcome: problems (empty when the program fits the schema) and what was checked. */
export interface ProgramCheck {
    /** One line per mismatch, naming where it is. */
    problems: string[];
    /** `Component.property` and `Type.property` for every property checked. */
    checked: Set<string>;
}

const PACKAGE = "aws-guardrails";

/** `rotate_after_days` → `rotateAfterDays`, as the Python SDK maps names back. */
export function snakeToCamel(name: string): string {
    return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** An enum member's name in the Python SDK: `StandardOnDemand` → `STANDARD_ON_DEMAND`. */
export function pythonEnumMember(name: string): string {
    return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

class Checker {
    readonly result: ProgramCheck = { problems: [], checked: new Set() };

    constructor(readonly schema: PackageSchema) {}

    problem(where: string, message: string): void {
        this.result.problems.push(`${where}: ${message}`);
    }

    resource(name: string): ObjectSpec | undefined {
        return this.schema.resources[`${PACKAGE}:index:${name}`];
    }

    type(name: string): ReturnType<Checker["typeOf"]> {
        return this.typeOf(`${PACKAGE}:index:${name}`);
    }

    typeOf(token: string): PackageSchema["types"][string] | undefined {
        return this.schema.types[token];
    }

    /** Checks set property names against an object's properties and required list; returns each set property's spec. */
    properties(where: string, owner: string, set: string[], properties: Record<string, PropertySpec> | undefined, required: string[] | undefined): Map<string, PropertySpec> {
        const specs = new Map<string, PropertySpec>();
        for (const name of set) {
            const spec = properties?.[name];
            if (!spec) this.problem(where, `${owner} has no input ${name}`);
            else {
                specs.set(name, spec);
                this.result.checked.add(`${owner}.${name}`);
            }
        }
        for (const name of required ?? []) if (!set.includes(name)) this.problem(where, `${owner} needs ${name}`);
        return specs;
    }
}

/** Checks a Python program written against the generated SDK (module `pulumi_aws_guardrails`). */
export function checkPythonProgram(program: PyProgram, schema: PackageSchema): ProgramCheck {
    const checker = new Checker(schema);
    const alias = [...program.imports].find(([, module]) => module === "pulumi_aws_guardrails")?.[0];
    if (!alias) {
        checker.problem("imports", "the program does not import pulumi_aws_guardrails");
        return checker.result;
    }
    const components = new Map<string, string>();
    const isOurs = (node: PyNode): boolean => node.kind === "name" && node.path[0] === alias;

    const visit = (node: PyNode, where: string, spec?: PropertySpec): void => {
        if (node.kind === "logical") {
            visit(node.left, where, spec);
            visit(node.right, where, spec);
            return;
        }
        if (node.kind === "name") {
            if (isOurs(node)) return checkEnumReference(node.path, where, spec);
            const component = components.get(node.path[0]);
            if (component && node.path.length > 1) {
                const output = snakeToCamel(node.path[1]);
                if (!checker.resource(component)?.properties?.[output]) checker.problem(where, `${component} has no output ${output}`);
                else checker.result.checked.add(`${component}.${output}`);
            }
            return;
        }
        if (node.kind === "call" && isOurs(node.callee)) return checkOurCall(node, `line ${node.line}`, spec);
        if (node.kind === "call") {
            visit(node.callee, where);
            node.args.forEach((arg) => visit(arg, where));
            Object.values(node.kwargs).forEach((arg) => visit(arg, where));
            return;
        }
        if (spec?.$ref) {
            const type = checker.typeOf(refToken(spec.$ref));
            if (type && isEnum(type) && node.kind === "string" && !type.enum.some((m) => m.value === node.value)) {
                checker.problem(where, `${JSON.stringify(node.value)} is not a ${refToken(spec.$ref).split(":")[2]}`);
            } else if (type && !isEnum(type) && node.kind === "dict") {
                const entries = node.entries.map(([key, value]) => [key.kind === "string" ? snakeToCamel(key.value) : "?", value] as const);
                const specs = checker.properties(where, refToken(spec.$ref).split(":")[2], entries.map(([key]) => key), type.properties, (type as ObjectSpec).required);
                for (const [key, value] of entries) visit(value, where, specs.get(key));
            } else if (node.kind !== "string" || (type && !isEnum(type))) {
                checker.problem(where, `expected ${refToken(spec.$ref).split(":")[2]}, found a ${node.kind}`);
            }
            return;
        }
        if (node.kind === "list") {
            if (spec && spec.type !== "array") checker.problem(where, `expected ${spec.type}, found a list`);
            node.items.forEach((item) => visit(item, where, spec?.items));
        } else if (node.kind === "dict") {
            if (spec && !spec.additionalProperties) checker.problem(where, `expected ${spec.type}, found a dict`);
            for (const [key, value] of node.entries) {
                visit(key, where);
                visit(value, where, spec?.additionalProperties);
            }
        } else if (spec && node.kind !== "subscript") {
            const found = node.kind === "string" ? "string" : node.kind === "number" ? "number" : typeof node.value === "boolean" ? "boolean" : "None";
            if (found !== spec.type) checker.problem(where, `expected ${spec.type}, found ${found}`);
        }
    };

    const checkEnumReference = (path: string[], where: string, spec?: PropertySpec): void => {
        const [, typeName, member] = path;
        const type = checker.type(typeName);
        if (!type || !isEnum(type) || path.length !== 3) return checker.problem(where, `${path.join(".")} is not an enum member of the SDK`);
        if (!type.enum.some((m) => pythonEnumMember(m.name) === member)) checker.problem(where, `${typeName} has no member ${member}`);
        if (spec?.$ref && refToken(spec.$ref) !== `${PACKAGE}:index:${typeName}`) checker.problem(where, `expected ${refToken(spec.$ref)}, found ${typeName}`);
    };

    const checkOurCall = (node: PyNode & { kind: "call" }, where: string, spec?: PropertySpec): void => {
        const name = (node.callee as { path: string[] }).path.slice(1).join(".");
        const component = checker.resource(name);
        const typeName = name.endsWith("Args") ? name.slice(0, -"Args".length) : undefined;
        const type = typeName ? checker.type(typeName) : undefined;
        const inputs = Object.keys(node.kwargs).filter((key) => key !== "opts");
        if (component) {
            if (node.args.length !== 1 || node.args[0].kind !== "string") checker.problem(where, `${name} takes its resource name as the one positional argument`);
            const specs = checker.properties(where, name, inputs.map(snakeToCamel), component.inputProperties, component.requiredInputs);
            for (const key of inputs) visit(node.kwargs[key], where, specs.get(snakeToCamel(key)));
        } else if (type && !isEnum(type) && typeName) {
            if (spec?.$ref && refToken(spec.$ref) !== `${PACKAGE}:index:${typeName}`) checker.problem(where, `expected ${refToken(spec.$ref)}, found ${name}`);
            const specs = checker.properties(where, typeName, inputs.map(snakeToCamel), type.properties, type.required);
            for (const key of inputs) visit(node.kwargs[key], where, specs.get(snakeToCamel(key)));
        } else {
            checker.problem(where, `${name} is neither a component nor an input type of the SDK`);
        }
    };

    for (const statement of program.statements) {
        visit(statement.value, `line ${statement.line}`);
        const value = statement.value;
        const callee = value.kind === "call" && isOurs(value.callee) ? (value.callee as { path: string[] }).path[1] : undefined;
        if (statement.target && callee && checker.resource(callee)) components.set(statement.target, callee);
    }
    return checker.result;
}

/** Checks a Pulumi YAML program (its parsed Pulumi.yaml) against the schema. */
export function checkYamlProgram(document: Record<string, unknown>, schema: PackageSchema): ProgramCheck {
    const checker = new Checker(schema);
    const resources = (document.resources ?? {}) as Record<string, { type?: string; properties?: Record<string, unknown> }>;
    const config = Object.keys((document.config ?? {}) as object);
    const typeOfResource = new Map<string, string>();
    for (const [name, resource] of Object.entries(resources)) {
        const match = /^aws-guardrails:(?:index:)?([A-Za-z]+)$/.exec(resource.type ?? "");
        if (match && checker.resource(match[1])) typeOfResource.set(name, match[1]);
        else checker.problem(`resources.${name}`, `${resource.type} is not a component of the package`);
    }

    const checkInterpolations = (text: string, where: string): void => {
        for (const [, reference] of text.matchAll(/\$\{([^}]+)\}/g)) {
            const [target, property] = reference.split(".");
            const component = typeOfResource.get(target);
            if (property === undefined) {
                if (!config.includes(target) && !component) checker.problem(where, `\${${reference}} names no config key or resource`);
            } else if (!component || !checker.resource(component)?.properties?.[property]) {
                checker.problem(where, `\${${reference}}: ${component ?? target} has no output ${property}`);
            } else {
                checker.result.checked.add(`${component}.${property}`);
            }
        }
    };

    const visit = (value: unknown, where: string, spec: PropertySpec | undefined): void => {
        if (typeof value === "string" && value.includes("${")) return checkInterpolations(value, where);
        if (!spec) return;
        const type = spec.$ref ? checker.typeOf(refToken(spec.$ref)) : undefined;
        if (type && isEnum(type)) {
            if (!type.enum.some((m) => m.value === value)) checker.problem(where, `${JSON.stringify(value)} is not a ${refToken(spec.$ref ?? "").split(":")[2]}`);
        } else if (type) {
            if (typeof value !== "object" || value === null || Array.isArray(value)) return checker.problem(where, `expected an object ${refToken(spec.$ref ?? "")}`);
            const entries = Object.entries(value);
            const specs = checker.properties(where, refToken(spec.$ref ?? "").split(":")[2], entries.map(([key]) => key), type.properties, type.required);
            for (const [key, item] of entries) visit(item, `${where}.${key}`, specs.get(key));
        } else if (spec.type === "array") {
            if (!Array.isArray(value)) return checker.problem(where, "expected a list");
            value.forEach((item, index) => visit(item, `${where}[${index}]`, spec.items));
        } else if (spec.additionalProperties) {
            if (typeof value !== "object" || value === null || Array.isArray(value)) return checker.problem(where, "expected a map");
            for (const [key, item] of Object.entries(value)) visit(item, `${where}.${key}`, spec.additionalProperties);
        } else if (typeof value !== spec.type) {
            checker.problem(where, `expected a ${spec.type}, found ${JSON.stringify(value)}`);
        }
    };

    for (const [name, resource] of Object.entries(resources)) {
        const component = typeOfResource.get(name);
        if (!component) continue;
        const spec = checker.resource(component);
        const properties = resource.properties ?? {};
        const specs = checker.properties(`resources.${name}`, component, Object.keys(properties), spec?.inputProperties, spec?.requiredInputs);
        for (const [key, value] of Object.entries(properties)) visit(value, `resources.${name}.${key}`, specs.get(key));
    }
    for (const [key, value] of Object.entries((document.outputs ?? {}) as Record<string, unknown>)) visit(value, `outputs.${key}`, undefined);
    return checker.result;
}

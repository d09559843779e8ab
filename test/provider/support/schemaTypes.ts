/** The parts of a Pulumi package schema the tests read (https://www.pulumi.com/docs/iac/extending-pulumi/schema/). */

/** A property: a primitive, an array, a map or a reference to a type. */
export interface PropertySpec {
    /** "string", "number", "boolean", "array" or "object" (a map). */
    type?: string;
    /** A reference, like `#/types/aws-guardrails:index:IamStatement`. */
    $ref?: string;
    /** The item type of an array. */
    items?: PropertySpec;
    /** The value type of a map. */
    additionalProperties?: PropertySpec;
    /** The value must be known when the program runs (no output). */
    plain?: boolean;
    /** Documentation. */
    description?: string;
}

/** An object type, or a resource. */
export interface ObjectSpec {
    /** "object". */
    type: string;
    /** Output properties (for a type, its properties). */
    properties?: Record<string, PropertySpec>;
    /** Required output properties. */
    required?: string[];
    /** Input properties of a resource. */
    inputProperties?: Record<string, PropertySpec>;
    /** Required inputs. */
    requiredInputs?: string[];
    /** Set for a component resource. */
    isComponent?: boolean;
    /** Documentation. */
    description?: string;
}

/** An enum type. */
export interface EnumSpec {
    /** "string" or "number". */
    type: string;
    /** The members. */
    enum: { name: string; value: string | number; description?: string }[];
    /** Documentation. */
    description?: string;
}

/** A package schema. */
export interface PackageSchema {
    /** The package name. */
    name: string;
    /** Its version. */
    version: string;
    /** Resources (here: components) by type token. */
    resources: Record<string, ObjectSpec>;
    /** Object and enum types by token. */
    types: Record<string, ObjectSpec | EnumSpec>;
}

/** Whether a type is an enum. */
export function isEnum(spec: ObjectSpec | EnumSpec): spec is EnumSpec {
    return Array.isArray((spec as EnumSpec).enum);
}

const LOCAL_REF = "#/types/";

/** The token a local `$ref` points to. */
export function refToken(ref: string): string {
    if (!ref.startsWith(LOCAL_REF)) throw new Error(`not a reference to a type of this package: ${ref}`);
    return ref.slice(LOCAL_REF.length);
}

/**
 * A property in short notation: `string`, `number`, `boolean`, a type's name,
 * `T[]` for arrays, `map<T>` for maps. With `markInputs`, `~` follows a part
 * that may be an output (not plain): `string~[]` is a list whose items may be
 * outputs. Outputs are never plain, so they are shown without marks.
 */
export function notation(spec: PropertySpec, markInputs = true): string {
    const input = markInputs && spec.plain !== true ? "~" : "";
    if (spec.$ref) return `${refToken(spec.$ref).split(":").pop()}${input}`;
    if (spec.type === "array" && spec.items) return `${notation(spec.items, markInputs)}[]${input}`;
    if (spec.type === "object" && spec.additionalProperties) return `map<${notation(spec.additionalProperties, markInputs)}>${input}`;
    return `${spec.type ?? "?"}${input}`;
}

/** Properties in short notation, `name: notation` with `!` for required ones, sorted by name. */
export function describeProperties(properties: Record<string, PropertySpec> | undefined, required: string[] | undefined, markInputs = true): string[] {
    return Object.entries(properties ?? {})
        .map(([name, spec]) => `${name}${(required ?? []).includes(name) ? "!" : ""}: ${notation(spec, markInputs)}`)
        .sort();
}

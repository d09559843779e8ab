/** The type of the root stack resource, which never appears in a child's type chain. */
export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** The parts of a URN: `urn:pulumi:<stack>::<project>::<type chain>::<name>`. */
export interface UrnParts {
    /** The stack name. */
    stack: string;
    /** The project name. */
    project: string;
    /** The parent types from the outermost component down, then the resource's own type, joined by `$`. */
    typeChain: string;
    /** The logical name (which may itself contain `::`). */
    name: string;
}

/** Splits a URN into its parts, or returns undefined when it is not a Pulumi URN. */
export function parseUrn(urn: string): UrnParts | undefined {
    if (!urn.startsWith("urn:pulumi:")) {
        return undefined;
    }
    const parts = urn.slice("urn:pulumi:".length).split("::");
    if (parts.length < 4) {
        return undefined;
    }
    return { stack: parts[0], project: parts[1], typeChain: parts[2], name: parts.slice(3).join("::") };
}

/**
 * The URN the Pulumi engine gives a resource: the parent's type chain (unless
 * the parent is the root stack), `$`, the resource's own type, and its name.
 */
export function engineUrn(stack: string, project: string, parentUrn: string, type: string, name: string): string {
    const parentChain = parentUrn ? parseUrn(parentUrn)?.typeChain : undefined;
    const chain = parentChain && parentChain !== ROOT_STACK_TYPE ? `${parentChain}$${type}` : type;
    return `urn:pulumi:${stack}::${project}::${chain}::${name}`;
}

/** The engine's message for a second registration of the same URN. */
export function duplicateUrnMessage(urn: string): string {
    return `Duplicate resource URN '${urn}'; try giving it a unique name`;
}

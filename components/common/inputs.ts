import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";

/**
 * Arguments that may hold outputs. A component checks every value it knows
 * before it registers anything; a value that is an output of another resource
 * (or a secret, or a value sent by another language's SDK with dependencies)
 * is known only at deployment, so it is checked then, by the same code.
 */

/** Whether `value` is known now: neither an Output nor a Promise. */
export function isKnown(value: unknown): boolean {
    return !pulumi.Output.isInstance(value) && !(value instanceof Promise);
}

/** Whether `value`, or anything inside its arrays and plain objects, is not known yet. */
export function holdsUnknowns(value: unknown): boolean {
    if (!isKnown(value)) return true;
    if (Array.isArray(value)) return value.some(holdsUnknowns);
    if (typeof value === "object" && value !== null) return Object.values(value).some(holdsUnknowns);
    return false;
}

/**
 * A copy of `value` with every unknown value replaced by `placeholder(path)`,
 * where `path` names the field with dots and no indices (`statements.resources`).
 */
export function withPlaceholders(value: unknown, placeholder: (path: string) => unknown, path = ""): unknown {
    if (!isKnown(value)) return placeholder(path);
    if (Array.isArray(value)) return value.map((item) => withPlaceholders(item, placeholder, path));
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withPlaceholders(item, placeholder, path ? `${path}.${key}` : key)]));
    }
    return value;
}

/**
 * Builds a value (usually a policy document) from arguments that may hold
 * outputs. `build` runs at once on the arguments with each unknown value
 * replaced by a valid stand-in from `placeholder`, so every known value is
 * validated before any resource is registered and a bad one throws now. When
 * nothing is unknown, that result is the value. Otherwise the value is built
 * again from the real arguments once they resolve, and checked again.
 */
export function buildFromInputs<A, R>(args: A, placeholder: (path: string) => unknown, build: (args: pulumi.Unwrap<A>) => R): pulumi.Output<R> {
    const now = build(withPlaceholders(args, placeholder) as pulumi.Unwrap<A>);
    if (!holdsUnknowns(args)) return pulumi.output(now) as pulumi.Output<R>;
    return pulumi.output(args).apply((resolved) => build(resolved as pulumi.Unwrap<A>)) as pulumi.Output<R>;
}

/**
 * The placeholder for a field that takes no outputs: it throws, naming the field.
 * Such fields decide which resources exist, or name them, so they must be known
 * before anything is registered.
 */
export function refuseOutput(where: string, path: string): never {
    throw new GuardrailInputError(
        `${where}: ${path || "args"} must be a plain value known before deployment (it decides which resources are created, or names them); got an output of another resource or a secret`,
    );
}

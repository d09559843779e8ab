import type { Resource } from "@pulumi/pulumi";

/** A resource class as @pulumi/policy's typed helpers take it. */
export type ResourceClass = new (...rest: unknown[]) => Resource;

/**
 * A stand-in resource class that carries only a type token, for
 * `validateResourceOfType` and `validateStackResourcesOfType`: the pack filters
 * on type tokens without loading `@pulumi/aws` (about 1.5 s of start-up), and the
 * helpers still mark the validation with its type, so that the policy server
 * skips it for other types without deserializing anything.
 */
export function resourceClassOf(type: string): ResourceClass {
    const token = class {};
    Object.defineProperty(token, "__pulumiType", { value: type, enumerable: false });
    return token as unknown as ResourceClass;
}

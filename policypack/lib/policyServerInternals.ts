/**
 * Access to the @pulumi/policy server's own modules, for the pack's speed-up
 * hooks (serverFastPath, singleStackPass). Every module is resolved from the
 * server's location, so the hooks touch the very instances the server uses;
 * a module that cannot be found comes back empty and the hook stays off.
 */

/** Loads a module as the policy server would resolve it, or an empty object. */
export function loadFromPolicyServer<T>(id: string): Partial<T> {
    try {
        const anchor = require.resolve("@pulumi/policy/server");
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        return require(require.resolve(id, { paths: [anchor] })) as Partial<T>;
    } catch {
        return {};
    }
}

/** The `__pulumiType` the server's fast path reads from a validation function (or a resource class). */
export function pulumiTypeOf(value: unknown): string | undefined {
    const type = (typeof value === "function" || (typeof value === "object" && value !== null))
        ? (value as { __pulumiType?: unknown }).__pulumiType
        : undefined;
    return typeof type === "string" && type.length > 0 ? type : undefined;
}

/** The pack version, read as PolicyPack reads it: from package.json in the working directory. */
export function packVersion(): string {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return String((require(`${process.cwd()}/package.json`) as { version?: unknown }).version ?? "");
}

/** A `PolicyNotApplicable` protobuf message. */
export interface NotApplicableMessage {
    setPolicyName(value: string): void;
    setReason(value: string): void;
}

/** The protobuf constructor of {@link NotApplicableMessage}. */
export type NotApplicableConstructor = new () => NotApplicableMessage;

/** The entry the server reports for a policy skipped by its type fast path, with the server's wording. */
export function typeNotApplicable(NotApplicable: NotApplicableConstructor, policyName: string, type: string): NotApplicableMessage {
    const message = new NotApplicable();
    message.setPolicyName(policyName);
    message.setReason(`Policy only applies to resources of type '${type}'`);
    return message;
}

/**
 * Members of a component that only TypeScript callers see: the child resource
 * objects and the documents as data.
 *
 * Pulumi's multi-language component host turns every property a component
 * class declares into an output of the package schema, and the generated SDKs
 * could not express these (a resource object would make every SDK depend on
 * one exact `@pulumi/aws` version). So a component keeps them here, keyed by
 * the instance, and exposes them through getters, which the schema leaves out.
 */
export class TypeScriptOnly<Owner extends object, Members> {
    private readonly byOwner = new WeakMap<Owner, Members>();

    /** @param component the component's class name, for the error below. */
    constructor(private readonly component: string) {}

    /** Stores the members of one instance; its constructor calls this once. */
    set(owner: Owner, members: Members): void {
        this.byOwner.set(owner, members);
    }

    /** The members of one instance. */
    get(owner: Owner): Members {
        const members = this.byOwner.get(owner);
        if (members === undefined) {
            throw new Error(`${this.component}: its resources are read before its constructor created them`);
        }
        return members;
    }
}

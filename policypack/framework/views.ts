import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import type { StackResourceView } from "./definition";
import { asRecord, isUnknownError, type Props, type PropValue, snapshot, tagsOf, UNKNOWN } from "./props";

/** Plain, unknown-free properties: a copy of the engine's unknown-checking proxy. */
export function plainProps(props: unknown): Props {
    return asRecord(snapshot(props)) ?? {};
}

/** What the policy server hands a policy about one resource (a `ResourceValidationArgs` or a stack's `PolicyResource`). */
type ResourceSource = Pick<ResourceValidationArgs, "type" | "urn" | "name" | "props" | "provider">;

/**
 * A resource as a policy sees it. Properties are copied out of the server's
 * proxy on first read only: a policy that returns early on the type, or a stack
 * policy that reads three types out of a thousand resources, never pays for the
 * copy of the rest.
 */
export class LazyResourceView implements StackResourceView {
    private plain: Props | undefined;
    private provider: { props: Props | undefined } | undefined;

    constructor(
        private readonly source: ResourceSource,
        /** The parent URN, if any. */
        readonly parent?: string,
        /** URNs this resource depends on. */
        readonly dependencies: readonly string[] = [],
    ) {}

    /** The type token. */
    get type(): string {
        return this.source.type;
    }

    /** The URN. */
    get urn(): string {
        return this.source.urn;
    }

    /** The logical name. */
    get name(): string {
        return this.source.name;
    }

    /** Plain properties, copied once. */
    get props(): Props {
        this.plain ??= plainProps(this.source.props);
        return this.plain;
    }

    /** The provider's inputs, when the engine sent them. */
    get providerProps(): Props | undefined {
        if (!this.provider) {
            let props: Props | undefined;
            try {
                props = this.source.provider ? plainProps(this.source.provider.props) : undefined;
            } catch {
                props = undefined;
            }
            this.provider = { props };
        }
        return this.provider.props;
    }

    /** The provider's region, when the engine sent it. */
    get region(): string | undefined {
        const region = this.providerProps?.region;
        return typeof region === "string" ? region : undefined;
    }

    /**
     * The resource's tags (`tags`, falling back to `tagsAll`). Read on their own
     * when the rest of the properties has not been copied: a policy that only
     * looks at tags never copies a 1 MB user-data script.
     */
    get tags(): Record<string, string> {
        if (this.plain) {
            return tagsOf(this.plain);
        }
        return tagsOf({ tags: this.field("tags"), tagsAll: this.field("tagsAll") });
    }

    private field(key: string): PropValue {
        try {
            return snapshot((this.source.props as Record<string, unknown>)[key]);
        } catch (err) {
            if (isUnknownError(err)) {
                return UNKNOWN;
            }
            throw err;
        }
    }
}

/** Views of every resource in a stack, with parents and dependencies as URNs. */
export function stackViews(resources: readonly PolicyResource[]): LazyResourceView[] {
    return resources.map((r) => new LazyResourceView(r, r.parent?.urn, r.dependencies.map((d) => d.urn)));
}

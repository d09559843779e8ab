import type { NotApplicable, PackInfo, PolicyMetadata, ResolvedPolicyConfig } from "../harness/policyPackClient";

/** A policy that judges deployed state, and whether this stack gave it any. */
export interface StateRead {
    /** The policy. */
    policy: string;
    /** What it reads (from its `reads-state:` tag), e.g. "createDate of an access key". */
    reads: string;
    /** Whether the stack showed that state, so that the policy judged it. */
    read: boolean;
    /** Why not, as the pack said (not applicable) or because it is disabled. */
    reason?: string;
}

const JUDGES = "judges:";
const READS_STATE = "reads-state:";

function tagValues(policy: PolicyMetadata, prefix: string): string[] {
    return policy.tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
}

/** Policies that only carry other policies' findings (the exemption machinery) judge nothing themselves. */
function judgesAnything(policy: PolicyMetadata): boolean {
    return !policy.tags.includes("area:exemptions");
}

/**
 * Which policy judged which resource, from what the pack says: a policy that
 * is enabled, whose `judges:` tags (if any) name the resource's type, and that
 * did not report itself not applicable to it. The exemption machinery is left
 * out: it reports other policies' findings.
 */
export class JudgedPolicies {
    private readonly resourcePolicies: { name: string; types?: Set<string> }[];
    private readonly stackPolicies: string[];

    constructor(private readonly pack: PackInfo, private readonly config: ResolvedPolicyConfig) {
        const enabled = pack.policies.filter((p) => judgesAnything(p) && (config[p.name]?.enforcementLevel ?? p.enforcementLevel) !== "disabled");
        this.resourcePolicies = enabled.filter((p) => p.policyType === "resource").map((p) => {
            const types = tagValues(p, JUDGES);
            return { name: p.name, ...(types.length > 0 ? { types: new Set(types) } : {}) };
        });
        this.stackPolicies = enabled.filter((p) => p.policyType === "stack").map((p) => p.name);
    }

    /** The resource policies that judged a resource of `type` in one `Analyze`. */
    forResource(type: string, notApplicable: readonly NotApplicable[]): string[] {
        const skipped = new Set(notApplicable.map((n) => n.policy));
        return this.resourcePolicies.filter((p) => !skipped.has(p.name) && (!p.types || p.types.has(type))).map((p) => p.name);
    }

    /** The stack policies that ran in `AnalyzeStack`. */
    forStack(notApplicable: readonly NotApplicable[]): string[] {
        const skipped = new Set(notApplicable.map((n) => n.policy));
        return this.stackPolicies.filter((name) => !skipped.has(name));
    }

    /** Every policy that reads deployed state of a type the stack has, and whether `AnalyzeStack` gave it any. */
    stateReads(stackNotApplicable: readonly NotApplicable[], typesPresent: ReadonlySet<string>): StateRead[] {
        const reasons = new Map(stackNotApplicable.map((n) => [n.policy, n.reason]));
        const relevant = (p: PolicyMetadata) => tagValues(p, JUDGES).length === 0 || tagValues(p, JUDGES).some((t) => typesPresent.has(t));
        return this.pack.policies.filter(relevant).flatMap((p) => tagValues(p, READS_STATE).map((reads) => {
            if ((this.config[p.name]?.enforcementLevel ?? p.enforcementLevel) === "disabled") {
                return { policy: p.name, reads, read: false, reason: "disabled by the policy-pack config" };
            }
            const reason = reasons.get(p.name);
            return reason === undefined ? { policy: p.name, reads, read: true } : { policy: p.name, reads, read: false, reason };
        }));
    }
}

import type { EnforcementLevel, PolicyConfigSchema, Severity } from "@pulumi/policy";
import type { Props } from "./props";

/** The areas policies are grouped by, one folder each. */
export type PolicyArea = "iam" | "secrets" | "compute" | "network" | "storage" | "logging" | "account" | "regions" | "tagging" | "exemptions";

/** CIS AWS Foundations Benchmark controls a policy checks, in v7.0.0 numbering and the previous v5.0.0 numbering. */
export interface CisMapping {
    /** Control IDs in CIS AWS Foundations Benchmark v7.0.0. */
    v7: string[];
    /** The same controls' IDs in v5.0.0. */
    v5: string[];
}

/** Metadata every guardrail policy carries; it reaches the CLI through `GetAnalyzerInfo`. */
export interface GuardrailPolicyMeta {
    /** Kebab-case policy name, unique in the pack; the policy's file is its camelCase. */
    name: string;
    /** One sentence: what the policy blocks and why. */
    description: string;
    /** The folder and area the policy belongs to. */
    area: PolicyArea;
    /** How bad a violation is. */
    severity: Severity;
    /** Default enforcement level. */
    enforcementLevel: EnforcementLevel;
    /** How to fix a violation, in a few sentences. */
    remediationSteps: string;
    /** CIS controls, where they apply. */
    cis?: CisMapping;
    /** JSON schema of the policy's own config properties, where it is configurable. */
    configSchema?: PolicyConfigSchema;
}

/** What a resource policy sees: plain, unknown-free properties and where the resource lives. */
export interface ResourceView {
    /** The type token, e.g. `aws:iam/user:User`. */
    readonly type: string;
    /** The resource URN. */
    readonly urn: string;
    /** The logical name. */
    readonly name: string;
    /** Inputs as plain data; unknowns are `UNKNOWN`. Copied on first read only. */
    readonly props: Props;
    /** The region of the resource's provider, when the engine sent it. */
    readonly region?: string;
    /** The inputs of the resource's provider (for example `defaultTags`), when the engine sent them. */
    readonly providerProps?: Props;
    /** The resource's own tags (`tags`, else `tagsAll`), as strings; read without copying the other properties. */
    readonly tags: Readonly<Record<string, string>>;
}

/** What a stack policy sees of one resource. */
export interface StackResourceView extends ResourceView {
    /** The parent URN, if any. */
    readonly parent?: string;
    /** URNs this resource depends on. */
    readonly dependencies: readonly string[];
}

/** Reports a finding; the wrapper applies exemptions before it reaches the engine. */
export type Report = (message: string) => void;

/** Reports a stack-level finding about the resource `urn` (or the stack when omitted). */
export type StackReport = (message: string, urn?: string) => void;

/** A resource policy definition: metadata, the types it applies to, and a check that never throws. */
export interface ResourcePolicyDefinition<C> extends GuardrailPolicyMeta {
    /** Type tokens the policy inspects, or "*" for every resource. */
    types: readonly string[] | "*";
    /** The check; call `report` once per finding. */
    check: (resource: ResourceView, report: Report, config: C) => void;
}

/** A stack policy definition. */
export interface StackPolicyDefinition<C> extends GuardrailPolicyMeta {
    /**
     * A type without which the policy has nothing to check (for example access
     * keys): the check is skipped when no resource of that type exists. Default: always run.
     */
    onlyWithType?: string;
    /**
     * Deployed state the check reads (such as an access key's `createDate`),
     * which only a stack's state shows: `describes` names it, and `present`
     * says whether the stack shows any. Without it the policy reports itself
     * not applicable, so that a report can say which policies had state to read.
     */
    readsState?: { describes: string; present: (resources: readonly StackResourceView[]) => boolean };
    /** The check over every resource in the stack. */
    check: (resources: readonly StackResourceView[], report: StackReport, config: C) => void;
}

import type {
    EnforcementLevel, PolicyConfigSchema, ReportViolation, ResourceValidationArgs, ResourceValidationPolicy,
    Severity, StackValidationArgs, StackValidationPolicy,
} from "@pulumi/policy";
import { exemptedMessage, exemptions, STACK_QUEUE } from "./exemptions";
import { Props, asRecord, snapshot } from "./props";
import { installDeserializationMemo, plainSnapshot, proxyTarget } from "./serverFastPath";

installDeserializationMemo();

const snapshots = new WeakMap<object, Props>();

/**
 * Plain, unknown-free properties. The same deserialized object reaches every
 * policy within a request (see serverFastPath), so its snapshot is made once.
 */
export function plainProps(props: unknown): Props {
    const target = proxyTarget(props);
    if (!target) {
        return asRecord(snapshot(props)) ?? {};
    }
    let cached = snapshots.get(target);
    if (!cached) {
        cached = asRecord(plainSnapshot(target)) ?? {};
        snapshots.set(target, cached);
    }
    return cached;
}

/** The areas policies are grouped by, one folder each. */
export type PolicyArea = "iam" | "secrets" | "compute" | "network" | "storage" | "logging" | "account" | "regions" | "tagging" | "exemptions";

/** CIS AWS Foundations Benchmark controls a policy checks, in v7.0.0 numbering and the v5.0.0 IDs Security Hub reports. */
export interface CisMapping {
    /** Control IDs in CIS AWS Foundations Benchmark v7.0.0. */
    v7: string[];
    /** The same controls' IDs in v5.0.0. */
    v5: string[];
}

/** Metadata every guardrail policy carries; it reaches the CLI through `GetAnalyzerInfo`. */
export interface GuardrailPolicyMeta {
    /** Kebab-case policy name, unique in the pack. */
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
    /** JSON schema of the policy's config properties, where it is configurable. */
    configSchema?: PolicyConfigSchema;
}

/** What a resource policy sees: plain, unknown-free properties and where the resource lives. */
export interface ResourceView {
    /** The type token, e.g. `aws:iam/user:User`. */
    type: string;
    /** The resource URN. */
    urn: string;
    /** The logical name. */
    name: string;
    /** Inputs as plain data; unknowns are {@link UNKNOWN}. */
    props: Props;
    /** The region of the resource's provider, when the engine sent it. */
    region?: string;
    /** The inputs of the resource's provider (for example `defaultTags`), when the engine sent them. */
    providerProps?: Props;
}

/** What a stack policy sees of one resource. */
export interface StackResourceView extends ResourceView {
    /** The parent URN, if any. */
    parent?: string;
    /** URNs this resource depends on. */
    dependencies: string[];
}

/** Reports a finding; the wrapper applies exemptions before it reaches the engine. */
export type Report = (message: string) => void;

/** Reports a stack-level finding about the resource `urn` (or the stack when omitted). */
export type StackReport = (message: string, urn?: string) => void;

/** A resource policy definition: metadata, the types it applies to, and a check that never throws. */
export interface ResourcePolicyDefinition<C> extends GuardrailPolicyMeta {
    /** Type tokens the policy inspects, or "*" for every resource. */
    types: string[] | "*";
    /** The check; call `report` once per finding. */
    check: (resource: ResourceView, report: Report, config: C) => void;
}

/** A stack policy definition. */
export interface StackPolicyDefinition<C> extends GuardrailPolicyMeta {
    /**
     * A type without which the policy has nothing to check (for example access
     * keys). The policy server then skips the policy, without deserializing the
     * stack, when no resource of that type exists. Default: always run.
     */
    onlyWithType?: string;
    /** The check over every resource in the stack. */
    check: (resources: StackResourceView[], report: StackReport, config: C) => void;
}

const CIS_NAME = "CIS AWS Foundations Benchmark";

function frameworkOf(meta: GuardrailPolicyMeta) {
    if (!meta.cis) {
        return undefined;
    }
    return {
        name: CIS_NAME,
        version: "7.0.0",
        reference: meta.cis.v7.join(", "),
        specification: `CIS AWS Foundations Benchmark v7.0.0 ${meta.cis.v7.join(", ")}; v5.0.0 ${meta.cis.v5.join(", ") || "none"}`,
    };
}

function tagsOfMeta(meta: GuardrailPolicyMeta): string[] {
    const tags = [`area:${meta.area}`];
    for (const id of meta.cis?.v7 ?? []) {
        tags.push(`cis-v7:${id}`);
    }
    for (const id of meta.cis?.v5 ?? []) {
        tags.push(`cis-v5:${id}`);
    }
    return tags;
}

function policyBase(meta: GuardrailPolicyMeta) {
    return {
        name: meta.name,
        description: meta.description,
        enforcementLevel: meta.enforcementLevel,
        severity: meta.severity,
        remediationSteps: meta.remediationSteps,
        framework: frameworkOf(meta),
        tags: tagsOfMeta(meta),
        configSchema: meta.configSchema,
        url: `https://github.com/aws-guardrails/aws-guardrails/blob/main/docs/policies.md#${meta.name}`,
    };
}

function isUnknownError(err: unknown): boolean {
    return err instanceof Error && err.name === "UnknownValueError";
}

function describeError(err: unknown): string {
    return err instanceof Error ? err.message : String(err);
}

function providerPropsOf(args: { provider?: { props: Record<string, unknown> } }): Props | undefined {
    try {
        const props = args.provider?.props;
        return props ? plainProps(props) : undefined;
    } catch {
        return undefined;
    }
}

function regionOf(providerProps: Props | undefined): string | undefined {
    const region = providerProps?.region;
    return typeof region === "string" ? region : undefined;
}

/**
 * The exemption policies themselves (the loader and the exempted-findings
 * reporters) are never exempted: a `policies: ["*"]` exemption would otherwise
 * swallow the very report that shows exempted findings, or hide a malformed
 * exemption behind itself.
 */
function isExemptionMachinery(meta: GuardrailPolicyMeta): boolean {
    return meta.area === "exemptions";
}

/** Sends a finding to the engine, or records it as exempted, or re-reports it with an expired exemption's date. */
function deliver(policy: string, urn: string, props: Props | undefined, message: string, queue: string, send: (m: string) => void): void {
    const found = exemptions.lookup(policy, urn, props);
    if (found.status === "active") {
        exemptions.recordExempted(queue, exemptedMessage(policy, found.expires, found.reason, message), urn);
    } else if (found.status === "expired") {
        send(`${message} (the exemption "${found.reason}" from ${found.source} expired on ${found.expires})`);
    } else {
        send(message);
    }
}

/**
 * Builds a resource policy from a definition. The result filters by type (with
 * the fast path the policy server understands for a single type), hands the
 * check plain properties, applies exemptions, and turns an unexpected error in
 * the check into a reported finding instead of a failed `Analyze`.
 */
export function resourcePolicy<C = Record<string, never>>(def: ResourcePolicyDefinition<C>): ResourceValidationPolicy {
    const types = def.types === "*" ? undefined : new Set(def.types);
    const validate = (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
        if (types && !types.has(args.type)) {
            return;
        }
        const props = plainProps(args.props);
        const providerProps = providerPropsOf(args);
        const resource: ResourceView = { type: args.type, urn: args.urn, name: args.name, props, region: regionOf(providerProps), providerProps };
        const findings: string[] = [];
        try {
            def.check(resource, (message) => findings.push(message), args.getConfig<C & object>() as C);
        } catch (err) {
            if (isUnknownError(err)) {
                throw err;
            }
            findings.push(`the policy could not evaluate this resource (${describeError(err)}); treat it as unsafe until fixed`);
        }
        for (const message of findings) {
            if (isExemptionMachinery(def)) {
                reportViolation(message);
            } else {
                deliver(def.name, args.urn, props, message, args.urn, (m) => reportViolation(m));
            }
        }
    };
    if (types && types.size === 1) {
        (validate as unknown as { __pulumiType: string }).__pulumiType = [...types][0];
    }
    const policy: ResourceValidationPolicy = { ...policyBase(def), validateResource: validate };
    resourceTypesOfPolicy.set(policy, types ?? "*");
    return policy;
}

/** The types each resource policy inspects ("*" for all), for the per-type dispatch in serverFastPath. */
const resourceTypesOfPolicy = new WeakMap<object, ReadonlySet<string> | "*">();

/**
 * Whether a policy may have something to say about a resource of `type`:
 * resource policies built here know their types; anything else is assumed to.
 */
export function policyAppliesTo(policy: object, type: string): boolean {
    const types = resourceTypesOfPolicy.get(policy);
    return types === undefined || types === "*" || types.has(type);
}

/**
 * Views of a stack's resources. Within one `AnalyzeStack` every stack policy
 * receives the same deserialized objects (see serverFastPath), so the list is
 * built once per request and shared (policies never mutate it).
 */
const viewLists = new WeakMap<object, StackResourceView[]>();

function stackViews(args: StackValidationArgs): StackResourceView[] {
    const first = args.resources.length > 0 ? proxyTarget(args.resources[0].props) : undefined;
    const cached = first ? viewLists.get(first) : undefined;
    if (cached && cached.length === args.resources.length && cached.every((v, i) => v.urn === args.resources[i].urn)) {
        return cached;
    }
    const views = args.resources.map((r) => {
        const providerProps = providerPropsOf(r);
        return {
            type: r.type,
            urn: r.urn,
            name: r.name,
            props: plainProps(r.props),
            region: regionOf(providerProps),
            providerProps,
            parent: r.parent?.urn,
            dependencies: r.dependencies.map((d) => d.urn),
        };
    });
    if (first) {
        viewLists.set(first, views);
    }
    return views;
}

/** Builds a stack policy from a definition, with the same exemption and error handling as {@link resourcePolicy}. */
export function stackPolicy<C = Record<string, never>>(def: StackPolicyDefinition<C>): StackValidationPolicy {
    const validateStack = (args: StackValidationArgs, reportViolation: ReportViolation) => {
        const views = stackViews(args);
        const findings: { message: string; urn?: string }[] = [];
        try {
            def.check(views, (message, urn) => findings.push({ message, urn }), args.getConfig<C & object>() as C);
        } catch (err) {
            findings.push({ message: `the policy could not evaluate the stack (${describeError(err)}); treat it as unsafe until fixed` });
        }
        if (findings.length === 0) {
            return;
        }
        const byUrn = new Map(views.map((v) => [v.urn, v]));
        for (const { message, urn } of findings) {
            if (isExemptionMachinery(def)) {
                reportViolation(message, urn);
            } else {
                deliver(def.name, urn ?? "", urn ? byUrn.get(urn)?.props : undefined, message, STACK_QUEUE, (m) => reportViolation(m, urn));
            }
        }
    };
    if (def.onlyWithType) {
        (validateStack as unknown as { __pulumiType: string }).__pulumiType = def.onlyWithType;
    }
    return { ...policyBase(def), validateStack };
}

import type { Violation } from "../types";

/** Metadata of one policy, as `GetAnalyzerInfo` reports it. */
export interface PolicyMetadata {
    /** Policy name. */
    name: string;
    /** One-line description. */
    description: string;
    /** Default enforcement level. */
    enforcementLevel: Violation["enforcementLevel"];
    /** "low" … "critical", or "" when unset. */
    severity: string;
    /** "resource" or "stack". */
    policyType: "resource" | "stack" | "unknown";
    /** How to fix a violation. */
    remediationSteps: string;
    /** Compliance framework, for example CIS AWS Foundations Benchmark. */
    framework?: { name: string; version: string; reference: string; specification: string };
    /** The config JSON schema (`properties` and `required`). */
    configSchema?: { properties: Record<string, unknown>; required: string[] };
    /** Free-form tags. */
    tags: string[];
    /** Documentation URL. */
    url: string;
}

/** The pack's own description, from `GetAnalyzerInfo`. */
export interface PackInfo {
    /** Pack name. */
    name: string;
    /** Pack version. */
    version: string;
    /** Whether the pack accepts config. */
    supportsConfig: boolean;
    /** Every policy. */
    policies: PolicyMetadata[];
}

/** The resolved per-policy config sent with `Configure`. */
export type ResolvedPolicyConfig = Record<string, { enforcementLevel: Violation["enforcementLevel"]; properties: Record<string, unknown> }>;

/** How a provider looks to an analyzer: the type, name, URN and inputs (where the region lives). */
export interface ProviderView {
    /** Provider type, for example `pulumi:providers:aws`. */
    type: string;
    /** Provider name. */
    name: string;
    /** Provider URN. */
    urn: string;
    /** Provider inputs. */
    properties: Record<string, unknown>;
}

/** Plain JSON value, as resource inputs appear in reports. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Resource options, as the engine forwards them to an analyzer. */
export interface CapturedOptions {
    /** The parent URN, or an empty string for the stack itself. */
    parent: string;
    /** Whether the resource is protected from deletion. */
    protect: boolean;
    /** Property paths whose changes are ignored. */
    ignoreChanges: string[];
    /** Whether a replacement deletes before it creates. */
    deleteBeforeReplace: boolean;
    /** Output names that must be treated as secrets. */
    additionalSecretOutputs: string[];
    /** Alias URNs of the resource. */
    aliases: string[];
}

/** One resource registration, as the mock monitor saw it. */
export interface CapturedResource {
    /** The resource URN. */
    urn: string;
    /** The type token, for example `aws:iam/user:User`. */
    type: string;
    /** The logical name. */
    name: string;
    /** The parent URN, or null for the root stack. */
    parent: string | null;
    /** The URN of the explicit provider, or null when the default provider is used. */
    provider: string | null;
    /** Whether this is a custom (cloud) resource rather than a component. */
    custom: boolean;
    /** Set for a multi-language (remote) component: its children exist only in a real preview. */
    remote?: boolean;
    /** The id the mocks gave the resource. */
    id: string;
    /** Inputs with secrets shown as "[secret]" and resources as their URN or id. */
    inputs: { [key: string]: JsonValue };
    /** Inputs exactly as the engine forwards them to an analyzer (secrets kept as secrets). */
    analyzerInputs: { [key: string]: unknown };
    /** Outputs (inputs plus what the mocks computed), as the engine forwards them to AnalyzeStack. */
    analyzerOutputs: { [key: string]: unknown };
    /** URNs this resource depends on. */
    dependencies: string[];
    /** Per-property dependencies. */
    propertyDependencies: Record<string, string[]>;
    /** Options forwarded to the analyzer. */
    options: CapturedOptions;
    /** Where the program registered the resource, as the SDK reported it (generated positions until mapped). */
    source?: SourceLocation;
}

/** A position in a program's source. */
export interface SourceLocation {
    /** A `file://` URI. */
    uri: string;
    /** 1-based line. */
    line: number;
    /** 1-based column. */
    column: number;
}

/** A violation reported by the policy pack through the protocol. */
export interface Violation {
    /** The policy name. */
    policy: string;
    /** The policy pack name. */
    pack: string;
    /** The URN of the resource, or an empty string for stack-level findings without one. */
    urn: string;
    /** The violation message. */
    message: string;
    /** "advisory" or "mandatory" (as the pack reported it). */
    enforcementLevel: "advisory" | "mandatory" | "disabled" | "remediate";
    /** "low", "medium", "high", "critical" or "" when the policy set none. */
    severity: string;
    /** The policy description. */
    description: string;
    /** Set when the finding is exempted: the exemption's reason and expiry. */
    exemption?: { reason: string; expires: string };
}

import * as analyzerProto from "@pulumi/pulumi/proto/analyzer_pb";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import type { CapturedResource, Violation } from "../types";
import type { PackInfo, PolicyMetadata, ProviderView, ResolvedPolicyConfig } from "./packTypes";

/**
 * The CrossGuard analyzer messages, built and read exactly as the engine
 * builds and reads them: requests for `Analyze` and `AnalyzeStack` (options
 * always set, provider with its properties), `Configure`, and the pack's
 * metadata and diagnostics.
 */

const LEVELS: Violation["enforcementLevel"][] = ["advisory", "mandatory", "disabled", "remediate"];
const SEVERITIES = ["", "low", "medium", "high", "critical"];
const POLICY_TYPES: PolicyMetadata["policyType"][] = ["unknown", "resource", "stack"];

/** A policy that reported itself not applicable to a resource, with its reason. */
export interface NotApplicable {
    /** The policy name. */
    policy: string;
    /** Why it did not apply. */
    reason: string;
}

/** Everything an `Analyze` or `AnalyzeStack` answered. */
export interface AnalysisResult {
    /** The violations. */
    violations: Violation[];
    /** The policies that were not applicable, sorted by policy. */
    notApplicable: NotApplicable[];
}

function toStruct(value: Record<string, unknown>): structProto.Struct {
    return structProto.Struct.fromJavaScript(value as Record<string, structProto.JavaScriptValue>);
}

function optionsMessage(resource: CapturedResource): analyzerProto.AnalyzerResourceOptions {
    const options = new analyzerProto.AnalyzerResourceOptions();
    options.setParent(resource.options.parent);
    options.setProtect(resource.options.protect);
    options.setIgnorechangesList(resource.options.ignoreChanges);
    options.setDeletebeforereplace(resource.options.deleteBeforeReplace);
    options.setDeletebeforereplacedefined(resource.options.deleteBeforeReplace);
    options.setAdditionalsecretoutputsList(resource.options.additionalSecretOutputs);
    options.setAliasesList(resource.options.aliases);
    return options;
}

function providerMessage(provider: ProviderView): analyzerProto.AnalyzerProviderResource {
    const message = new analyzerProto.AnalyzerProviderResource();
    message.setType(provider.type);
    message.setName(provider.name);
    message.setUrn(provider.urn);
    message.setProperties(toStruct(provider.properties));
    return message;
}

/** The fields an `AnalyzeRequest` and a stack's `AnalyzerResource` share. */
interface ResourceMessage {
    setType(value: string): unknown;
    setName(value: string): unknown;
    setUrn(value: string): unknown;
    setProperties(value?: structProto.Struct): unknown;
    setOptions(value?: analyzerProto.AnalyzerResourceOptions): unknown;
    setProvider(value?: analyzerProto.AnalyzerProviderResource): unknown;
}

function fillResourceMessage(message: ResourceMessage, resource: CapturedResource, properties: Record<string, unknown>, provider: ProviderView | undefined): void {
    message.setType(resource.type);
    message.setName(resource.name);
    message.setUrn(resource.urn);
    message.setProperties(toStruct(properties));
    message.setOptions(optionsMessage(resource));
    if (provider) {
        message.setProvider(providerMessage(provider));
    }
}

/** Encodes an `Analyze` request for one resource with its inputs, options and provider, as the engine sends it before a step. */
export function encodeAnalyze(resource: CapturedResource, provider?: ProviderView): Uint8Array {
    const req = new analyzerProto.AnalyzeRequest();
    fillResourceMessage(req, resource, resource.analyzerInputs, provider);
    return req.serializeBinary();
}

/**
 * Encodes one resource of an `AnalyzeStack` request (an `AnalyzerResource`
 * with its outputs, parent and dependencies), so that a caller can encode each
 * resource as it arrives and join them once the stack is complete.
 */
export function encodeStackEntry(resource: CapturedResource, provider: ProviderView | undefined): Uint8Array {
    const message = new analyzerProto.AnalyzerResource();
    fillResourceMessage(message, resource, resource.analyzerOutputs, provider);
    message.setParent(resource.parent ?? "");
    message.setDependenciesList(resource.dependencies);
    const deps = message.getPropertydependenciesMap();
    for (const [key, urns] of Object.entries(resource.propertyDependencies)) {
        const entry = new analyzerProto.AnalyzerPropertyDependencies();
        entry.setUrnsList(urns);
        deps.set(key, entry);
    }
    return message.serializeBinary();
}

/** The tag of `AnalyzeStackRequest.resources` (field 1, length-delimited), its only field. */
const RESOURCES_TAG = 0x0a;

function varint(value: number): number[] {
    const bytes: number[] = [];
    let rest = value;
    while (rest > 0x7f) {
        bytes.push((rest & 0x7f) | 0x80);
        rest = Math.floor(rest / 128);
    }
    bytes.push(rest);
    return bytes;
}

/** Joins encoded entries into an `AnalyzeStackRequest`, byte for byte what the protobuf library writes for the same resources. */
export function joinStackEntries(entries: Uint8Array[]): Uint8Array {
    const heads = entries.map((entry) => Uint8Array.from([RESOURCES_TAG, ...varint(entry.length)]));
    const out = new Uint8Array(entries.reduce((sum, entry, i) => sum + heads[i].length + entry.length, 0));
    let at = 0;
    entries.forEach((entry, i) => {
        out.set(heads[i], at);
        out.set(entry, at + heads[i].length);
        at += heads[i].length + entry.length;
    });
    return out;
}

/** Encodes an `AnalyzeStack` request over every resource with its outputs, as the engine sends it after an update. */
export function encodeAnalyzeStack(resources: CapturedResource[], providerOf: (r: CapturedResource) => ProviderView | undefined): Uint8Array {
    return joinStackEntries(resources.map((r) => encodeStackEntry(r, providerOf(r))));
}

/** Encodes a `Configure` request: per-policy enforcement levels and properties, as `--policy-pack-config` sends them. */
export function configureRequest(config: ResolvedPolicyConfig): analyzerProto.ConfigureAnalyzerRequest {
    const req = new analyzerProto.ConfigureAnalyzerRequest();
    const map = req.getPolicyconfigMap();
    for (const [name, entry] of Object.entries(config)) {
        const policyConfig = new analyzerProto.PolicyConfig();
        policyConfig.setEnforcementlevel(Math.max(0, LEVELS.indexOf(entry.enforcementLevel)) as analyzerProto.EnforcementLevel);
        policyConfig.setProperties(toStruct(entry.properties));
        map.set(name, policyConfig);
    }
    return req;
}

/**
 * Reads a diagnostic. The policy server prefixes each message with the
 * policy description and a newline; the report shows the description apart.
 */
function diagnosticToViolation(d: analyzerProto.AnalyzeDiagnostic, fallbackUrn: string): Violation {
    const description = d.getDescription();
    const raw = d.getMessage();
    const message = description && raw.startsWith(`${description}\n`) ? raw.slice(description.length + 1) : raw;
    return {
        policy: d.getPolicyname(),
        pack: d.getPolicypackname(),
        urn: d.getUrn() || fallbackUrn,
        message,
        enforcementLevel: LEVELS[d.getEnforcementlevel()] ?? "advisory",
        severity: SEVERITIES[d.getSeverity()] ?? "",
        description,
    };
}

/** Reads an `AnalyzeResponse`; `urn` fills diagnostics that carry none. */
export function decodeAnalyzeResponse(res: analyzerProto.AnalyzeResponse, urn: string): AnalysisResult {
    return {
        violations: res.getDiagnosticsList().map((d) => diagnosticToViolation(d, urn)),
        notApplicable: res.getNotApplicableList()
            .map((n) => ({ policy: n.getPolicyName(), reason: n.getReason() }))
            .sort((a, b) => a.policy.localeCompare(b.policy)),
    };
}

/** Reads `GetAnalyzerInfo`: the pack's name, version and every policy's metadata. */
export function decodeAnalyzerInfo(res: analyzerProto.AnalyzerInfo): PackInfo {
    return {
        name: res.getName(),
        version: res.getVersion(),
        supportsConfig: res.getSupportsconfig(),
        policies: res.getPoliciesList().map((p) => {
            const framework = p.getFramework();
            const schema = p.getConfigschema();
            return {
                name: p.getName(),
                description: p.getDescription(),
                enforcementLevel: LEVELS[p.getEnforcementlevel()] ?? "advisory",
                severity: SEVERITIES[p.getSeverity()] ?? "",
                policyType: POLICY_TYPES[p.getPolicyType()] ?? "unknown",
                remediationSteps: p.getRemediationSteps(),
                framework: framework
                    ? { name: framework.getName(), version: framework.getVersion(), reference: framework.getReference(), specification: framework.getSpecification() }
                    : undefined,
                configSchema: schema
                    ? { properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>, required: schema.getRequiredList() }
                    : undefined,
                tags: p.getTagsList(),
                url: p.getUrl(),
            };
        }),
    };
}

import { toReportValue } from "../../harness/propertyValues";
import type { CapturedResource } from "../../harness/types";
import { parseUrn, type UrnParts } from "../../harness/urns";
import { EngineValueError, fromEngineProperties, type OpaqueReason } from "./engineValues";

/** A resource of a stack export or a preview step, read into what the engine hands an analyzer. */
export interface EngineResource {
    /** The resource, as the pack will see it. */
    resource: CapturedResource;
    /** Its URN's parts (stack, project, type chain, name). */
    urn: UrnParts;
    /** Marked `delete` (to be deleted, or a replaced original awaiting deletion). */
    deleted: boolean;
    /** Marked `external`: read with `.get()`, not managed by the stack (the engine analyzes no read). */
    external: boolean;
    /** Input secrets the pack cannot read, by property path and why. */
    opaque: { path: string; reason: OpaqueReason }[];
}

/** How a file's resources are read. */
export interface ResourceReading {
    /** Preview JSON blinds every secret as "[secret]". */
    blindedSecrets: boolean;
    /** `AnalyzeStack` sees outputs (a stack export: the deployed outputs) or inputs and outputs together (a preview, where outputs are mostly not yet known). */
    stackProperties: "outputs" | "inputsAndOutputs";
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function propertyDependencies(value: unknown): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    if (isRecord(value)) {
        for (const [key, urns] of Object.entries(value)) {
            out[key] = strings(urns);
        }
    }
    return out;
}

/** The provider URN of a provider reference `<provider URN>::<provider id>` (the id is after the last `::`). */
export function providerUrnOfReference(reference: string): string | undefined {
    const at = reference.lastIndexOf("::");
    const urn = at > 0 ? reference.slice(0, at) : "";
    return parseUrn(urn) ? urn : undefined;
}

function optionalString(raw: Record<string, unknown>, key: string, where: string): string | undefined {
    const value = raw[key];
    if (value === undefined || value === null || value === "") {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new EngineValueError(`${where}: "${key}" must be a string; got ${JSON.stringify(value).slice(0, 60)}`);
    }
    return value;
}

/**
 * Reads one resource (a `ResourceV3` of a stack export, or a preview step's
 * `newState`) into what the engine hands an analyzer: `Analyze` gets its
 * inputs with options (parent, protect, ignoreChanges, additional secret
 * outputs, aliases) and its provider; `AnalyzeStack` its outputs with parent
 * and dependencies. Anything the engine would refuse is an error naming `where`.
 */
export function readEngineResource(raw: unknown, where: string, reading: ResourceReading): EngineResource {
    if (!isRecord(raw)) {
        throw new EngineValueError(`${where} must be an object`);
    }
    const urnText = raw.urn;
    const urn = typeof urnText === "string" ? parseUrn(urnText) : undefined;
    if (!urn) {
        throw new EngineValueError(`${where}: "urn" ${JSON.stringify(urnText)?.slice(0, 80) ?? "is missing"}; a Pulumi URN reads urn:pulumi:<stack>::<project>::<type>::<name>`);
    }
    const at = `${where} (${urnText})`;
    const type = optionalString(raw, "type", at);
    if (!type) {
        throw new EngineValueError(`${at} has no "type"`);
    }
    const providerReference = optionalString(raw, "provider", at);
    const provider = providerReference === undefined ? null : providerUrnOfReference(providerReference);
    if (provider === undefined) {
        throw new EngineValueError(`${at}: "provider" ${JSON.stringify(providerReference)} is not a provider reference (<provider URN>::<provider id>)`);
    }
    const opaque: EngineResource["opaque"] = [];
    const inputs = fromEngineProperties(raw.inputs, `${at} "inputs"`, { blindedSecrets: reading.blindedSecrets, onOpaque: (path, reason) => opaque.push({ path, reason }) });
    const outputs = fromEngineProperties(raw.outputs, `${at} "outputs"`, { blindedSecrets: reading.blindedSecrets });
    const parent = optionalString(raw, "parent", at) ?? "";
    const report = toReportValue(inputs);
    const resource: CapturedResource = {
        urn: urnText as string,
        type,
        name: urn.name,
        parent: parent || null,
        provider,
        custom: raw.custom === true,
        id: optionalString(raw, "id", at) ?? "",
        inputs: isRecord(report) ? report : {},
        analyzerInputs: inputs,
        analyzerOutputs: reading.stackProperties === "outputs" ? outputs : { ...inputs, ...outputs },
        dependencies: strings(raw.dependencies),
        propertyDependencies: propertyDependencies(raw.propertyDependencies),
        options: {
            parent,
            protect: raw.protect === true,
            ignoreChanges: strings(raw.ignoreChanges),
            deleteBeforeReplace: false,
            additionalSecretOutputs: strings(raw.additionalSecretOutputs),
            aliases: strings(raw.aliases),
        },
    };
    return { resource, urn, deleted: raw.delete === true, external: raw.external === true, opaque };
}

import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import { providerUrnOf } from "./awsMocks";
import { toAnalyzerValue, toReportValue } from "./propertyValues";
import type { CapturedResource, SourceLocation } from "./types";

/** The part of a protobuf message the capture reads: anything with `toJavaScript`. */
export interface StructLike {
    toJavaScript(): Record<string, unknown>;
}

/** The getters of a RegisterResourceRequest that the capture reads. */
export interface RegisterRequest {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getRemote(): boolean;
    getProvider(): string;
    getObject(): StructLike | undefined;
    getDependenciesList(): string[];
    getPropertydependenciesMap(): { forEach(cb: (value: { getUrnsList(): string[] }, key: string) => void): void };
    getProtect(): boolean | undefined;
    getIgnorechangesList(): string[];
    getDeletebeforereplace(): boolean;
    getAdditionalsecretoutputsList(): string[];
    getAliasurnsList(): string[];
    getSourceposition(): { getUri(): string; getLine(): number; getColumn(): number } | undefined;
}

/** The getters of a RegisterResourceResponse that the capture reads, and the setters it uses. */
export interface RegisterResponse {
    getUrn(): string;
    setUrn(value: string): unknown;
    getId(): string;
    getObject(): StructLike | undefined;
    setObject(value: structProto.Struct): void;
}

/**
 * Marks the outputs named in `additionalSecretOutputs` as secrets in the
 * response, as the engine does (the SDK's mock monitor leaves them plain).
 */
export function markSecretOutputs(req: RegisterRequest, res: RegisterResponse): void {
    const names = req.getAdditionalsecretoutputsList();
    const object = res.getObject();
    if (names.length === 0 || !object) {
        return;
    }
    const state = object.toJavaScript();
    let changed = false;
    for (const name of names) {
        const value = state[name];
        const isSecret = typeof value === "object" && value !== null && (value as Record<string, unknown>)[specialSigKey] === specialSecretSig;
        if (value !== undefined && value !== null && !isSecret) {
            state[name] = { [specialSigKey]: specialSecretSig, value };
            changed = true;
        }
    }
    if (changed) {
        res.setObject(structProto.Struct.fromJavaScript(state as Record<string, structProto.JavaScriptValue>));
    }
}

function sourceOf(req: RegisterRequest): SourceLocation | undefined {
    const position = req.getSourceposition();
    if (!position || !position.getUri()) {
        return undefined;
    }
    return { uri: position.getUri(), line: position.getLine(), column: position.getColumn() };
}

/** Records one registration, as the engine would hand it to an analyzer, under the engine's URN. */
export function captureRegistration(req: RegisterRequest, res: RegisterResponse, urn: string): CapturedResource {
    const raw = req.getObject()?.toJavaScript() ?? {};
    const analyzerInputs = toAnalyzerValue(raw) as Record<string, unknown>;
    const outputsRaw = res.getObject()?.toJavaScript() ?? {};
    const analyzerOutputs = { ...analyzerInputs, ...(toAnalyzerValue(outputsRaw) as Record<string, unknown>) };
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps, key) => {
        propertyDependencies[key] = deps.getUrnsList();
    });
    const report = toReportValue(analyzerInputs);
    const source = sourceOf(req);
    return {
        urn,
        type: req.getType(),
        name: req.getName(),
        parent: req.getParent() || null,
        provider: providerUrnOf(req.getProvider()) ?? null,
        custom: req.getCustom(),
        ...(req.getRemote() ? { remote: true } : {}),
        id: res.getId(),
        inputs: (report !== null && typeof report === "object" && !Array.isArray(report)) ? report : {},
        analyzerInputs,
        analyzerOutputs,
        dependencies: req.getDependenciesList(),
        propertyDependencies,
        options: {
            parent: req.getParent(),
            protect: req.getProtect() === true,
            ignoreChanges: req.getIgnorechangesList(),
            deleteBeforeReplace: req.getDeletebeforereplace(),
            additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
            aliases: req.getAliasurnsList(),
        },
        ...(source ? { source } : {}),
    };
}

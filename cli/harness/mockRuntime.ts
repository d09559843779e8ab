import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import { AwsMocks, providerUrnOf } from "./awsMocks";
import { DEFAULT_MOCK_REGION } from "./mockAccount";
import type { ProgramProject } from "./programConfig";
import { revealSecrets, toAnalyzerValue, toReportValue } from "./propertyValues";
import type { CapturedResource, JsonValue } from "./types";

/** The part of a protobuf message the capture reads: anything with `toJavaScript`. */
interface StructLike {
    toJavaScript(): Record<string, unknown>;
}

/** The getters of a RegisterResourceRequest that the capture reads. */
interface RegisterRequest {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getProvider(): string;
    getObject(): StructLike | undefined;
    getDependenciesList(): string[];
    getPropertydependenciesMap(): { forEach(cb: (value: { getUrnsList(): string[] }, key: string) => void): void };
    getProtect(): boolean | undefined;
    getIgnorechangesList(): string[];
    getDeletebeforereplace(): boolean;
    getAdditionalsecretoutputsList(): string[];
    getAliasurnsList(): string[];
}

/** The getters of a RegisterResourceResponse that the capture reads, and the setter it uses. */
interface RegisterResponse {
    getUrn(): string;
    getId(): string;
    getObject(): StructLike | undefined;
    setObject(value: structProto.Struct): void;
}

type RegisterCallback = (err: unknown, response: RegisterResponse | undefined) => void;

/** The getters of a RegisterResourceOutputsRequest that the capture reads. */
interface OutputsRequest {
    getUrn(): string;
    getOutputs(): StructLike | undefined;
}

/** The mock monitor's methods that the capture wraps. */
interface WrappableMonitor {
    registerResource(req: RegisterRequest, callback: RegisterCallback): Promise<void>;
    registerResourceOutputs(req: OutputsRequest, callback: (err: unknown, res: unknown) => void): void;
}

/** What running a program (or a closure) under mocks produced. */
export interface MockRun {
    /** Every registered resource, in registration order. */
    resources: CapturedResource[];
    /** The stack outputs as the engine records them, rendered for a report (secrets shown as "[secret]"). */
    outputs: { [key: string]: JsonValue };
    /** Data sources the mocks had no specific answer for. */
    unansweredCalls: string[];
    /** The region of the default provider. */
    defaultRegion: string;
}

/** Thrown when the program under test fails; carries the program's own message. */
export class ProgramRunError extends Error {
    constructor(message: string, readonly cause?: unknown) {
        super(message);
        this.name = "ProgramRunError";
    }
}

/** Registers ts-node in transpile-only mode once, so TypeScript programs load as the language host loads them. */
function ensureTypeScriptLoader(): void {
    const registered = (process as unknown as Record<symbol, unknown>)[Symbol.for("ts-node.register.instance")];
    if (registered) {
        return;
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const tsNode: typeof import("ts-node") = require("ts-node");
    const defaultPrepareStackTrace = Error.prepareStackTrace;
    tsNode.register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
    // ts-node installs source-map support, which maps every captured stack trace.
    // The Pulumi SDK captures one per resource and the report never shows them,
    // so the mapping only costs time (most of a large program's run).
    Error.prepareStackTrace = defaultPrepareStackTrace;
}

/** Drops cached modules of a program (not its node_modules) so that a second run re-executes it. */
function forgetProgramModules(dir: string): void {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const key of Object.keys(require.cache)) {
        if (key.startsWith(prefix) && !key.includes(`${path.sep}node_modules${path.sep}`)) {
            delete require.cache[key];
        }
    }
}

/**
 * Marks the outputs named in `additionalSecretOutputs` as secrets in the
 * response, as the engine does (the SDK's mock monitor leaves them plain).
 */
function markSecretOutputs(req: RegisterRequest, res: RegisterResponse): void {
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

function captureRegistration(req: RegisterRequest, res: RegisterResponse, mocks: AwsMocks): CapturedResource {
    const raw = req.getObject()?.toJavaScript() ?? {};
    const analyzerInputs = toAnalyzerValue(raw) as Record<string, unknown>;
    const outputsRaw = res.getObject()?.toJavaScript() ?? {};
    const analyzerOutputs = { ...analyzerInputs, ...(toAnalyzerValue(outputsRaw) as Record<string, unknown>) };
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps, key) => {
        propertyDependencies[key] = deps.getUrnsList();
    });
    const type = req.getType();
    const urn = res.getUrn();
    if (type.startsWith("pulumi:providers:")) {
        mocks.rememberProvider(urn, revealSecrets(analyzerInputs) as Record<string, unknown>);
    }
    const report = toReportValue(analyzerInputs);
    return {
        urn,
        type,
        name: req.getName(),
        parent: req.getParent() || null,
        provider: providerUrnOf(req.getProvider()) ?? null,
        custom: req.getCustom(),
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
    };
}

/** Options for a mocked run. */
export interface MockRunOptions {
    /** Project name (default "project"). */
    project?: string;
    /** Stack name (default "dev"). */
    stack?: string;
    /** Fully qualified config map (`project:key` → value). */
    config?: Record<string, string>;
    /** Config keys holding secrets. */
    secretKeys?: string[];
    /** Run as a preview (default false, as `pulumi up`). */
    preview?: boolean;
}

/**
 * Runs `body` as a Pulumi program under mocks that answer like an AWS account,
 * and returns every resource registration with its full request (parent,
 * provider, options, dependencies), as the engine would see it.
 *
 * Only one run may be in flight at a time: the Pulumi runtime is process-global.
 */
export async function runUnderMocks(body: () => unknown, options: MockRunOptions = {}): Promise<MockRun> {
    const project = options.project ?? "project";
    const stack = options.stack ?? "dev";
    const config = options.config ?? {};
    const defaultRegion = config["aws:region"] || DEFAULT_MOCK_REGION;
    const mocks = new AwsMocks(defaultRegion);
    await pulumi.runtime.setMocks(mocks, project, stack, options.preview ?? false);
    pulumi.runtime.setAllConfig(config, options.secretKeys ?? []);
    const monitor = pulumi.runtime.getMonitor() as unknown as WrappableMonitor;
    const resources: CapturedResource[] = [];
    let stackOutputs: Record<string, unknown> | undefined;
    const originalOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, callback) => {
        if (req.getUrn().includes("::pulumi:pulumi:Stack::")) {
            stackOutputs = req.getOutputs()?.toJavaScript();
        }
        originalOutputs(req, callback);
    };
    const original = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) =>
        original(req, (err, res) => {
            if (!err && res) {
                markSecretOutputs(req, res);
                resources.push(captureRegistration(req, res, mocks));
            }
            callback(err, res);
        });

    // A program's error can surface as a rejection, an unhandled rejection, or an
    // uncaught exception thrown from the SDK's own callbacks; the first one wins.
    let fail: (err: unknown) => void = () => undefined;
    const failed = new Promise<never>((_resolve, reject) => {
        fail = reject;
    });
    failed.catch(() => undefined);
    const onFailure = (err: unknown) => fail(err);
    process.on("unhandledRejection", onFailure);
    process.on("uncaughtException", onFailure);
    let outputs: Record<string, unknown> | undefined;
    try {
        outputs = await Promise.race([
            (async () => {
                // The program's own error is caught here rather than inside the SDK,
                // which would re-raise it later as unhandled rejections.
                let programError: { error: unknown } | undefined;
                const result = await pulumi.runtime.runInPulumiStack(async () => {
                    try {
                        return await Promise.resolve(body());
                    } catch (error) {
                        programError = { error };
                        return undefined;
                    }
                });
                await pulumi.runtime.disconnect();
                if (programError) {
                    throw programError.error;
                }
                return result;
            })(),
            failed,
        ]);
    } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new ProgramRunError(message, err);
    } finally {
        process.removeListener("unhandledRejection", onFailure);
        process.removeListener("uncaughtException", onFailure);
    }
    // Stack outputs as the engine records them: secrets stay marked as secrets.
    const rendered = toReportValue(stackOutputs ? toAnalyzerValue(stackOutputs) : (outputs ?? {}));
    return {
        resources,
        outputs: rendered !== null && typeof rendered === "object" && !Array.isArray(rendered) ? rendered : {},
        unansweredCalls: [...mocks.unansweredCalls].sort(),
        defaultRegion,
    };
}

/**
 * Loads a Pulumi program from disk and runs it under mocks, with its stack
 * config. TypeScript programs are loaded with ts-node in transpile-only mode.
 */
export async function runProgramUnderMocks(project: ProgramProject, stack: string, preview = false): Promise<MockRun> {
    ensureTypeScriptLoader();
    forgetProgramModules(project.dir);
    const previousCwd = process.cwd();
    process.chdir(project.dir);
    try {
        return await runUnderMocks(() => {
            // eslint-disable-next-line @typescript-eslint/no-var-requires
            const loaded: unknown = require(project.entry);
            return typeof loaded === "function" ? (loaded as () => unknown)() : loaded;
        }, { project: project.name, stack, config: project.config, secretKeys: project.secretKeys, preview });
    } finally {
        process.chdir(previousCwd);
    }
}

import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as analyzerRpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerProto from "@pulumi/pulumi/proto/analyzer_pb";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import { EngineLogServer } from "./engineLogServer";
import type { CapturedResource, Violation } from "./types";

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

const LEVELS: Violation["enforcementLevel"][] = ["advisory", "mandatory", "disabled", "remediate"];
const SEVERITIES = ["", "low", "medium", "high", "critical"];
const POLICY_TYPES: PolicyMetadata["policyType"][] = ["unknown", "resource", "stack"];

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

const MAX_MESSAGE = 1024 * 1024 * 1024;

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

function providerMessage(provider: ProviderView | undefined): analyzerProto.AnalyzerProviderResource | undefined {
    if (!provider) {
        return undefined;
    }
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
    const providerMsg = providerMessage(provider);
    if (providerMsg) {
        message.setProvider(providerMsg);
    }
}

/** Where to find `run-policy-pack`: the @pulumi/pulumi that the pack itself depends on, as the CLI does. */
function runPolicyPackPath(packDir: string): string {
    const pkg = require.resolve("@pulumi/pulumi/package.json", { paths: [packDir] });
    return path.join(path.dirname(pkg), "cmd", "run-policy-pack");
}

/**
 * Converts a diagnostic. The policy server prefixes each message with the
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

/**
 * A policy pack served exactly as the Pulumi CLI serves it: `node
 * <@pulumi/pulumi>/cmd/run-policy-pack <engine address> .` in the pack folder, the
 * port read from the first line on stdout, and every call made over gRPC with
 * the stubs in `@pulumi/pulumi/proto/analyzer_grpc_pb`. Nothing of the pack is
 * loaded into this process.
 */
export class PolicyPackClient {
    private constructor(
        private readonly child: ChildProcess,
        private readonly client: analyzerRpc.AnalyzerClient,
        private readonly engine: EngineLogServer,
        /** The pack folder. */
        readonly packDir: string,
        /** What the pack wrote to stderr. */
        private readonly stderr: string[],
    ) {}

    /**
     * Starts the pack and connects to it. Rejects with the pack's stderr if it
     * fails to start. `env` adds environment variables for the pack process.
     */
    static async start(packDir: string, options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<PolicyPackClient> {
        const timeoutMs = options.timeoutMs ?? 120_000;
        const dir = path.resolve(packDir);
        const engine = await EngineLogServer.start();
        const child = spawn(process.execPath, [runPolicyPackPath(dir), engine.address, "."], {
            cwd: dir,
            stdio: ["ignore", "pipe", "pipe"],
            env: { ...process.env, ...options.env },
        });
        const stderr: string[] = [];
        child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
        let port: number;
        try {
            port = await new Promise<number>((resolve, reject) => {
                let out = "";
                const timer = setTimeout(() => reject(new Error(`policy pack in ${dir} printed no port within ${timeoutMs} ms`)), timeoutMs);
                child.stdout?.on("data", (chunk: Buffer) => {
                    out += chunk.toString();
                    const line = out.split("\n")[0];
                    if (out.includes("\n") && /^\d+$/.test(line.trim())) {
                        clearTimeout(timer);
                        resolve(Number(line.trim()));
                    }
                });
                child.on("exit", (code) => {
                    clearTimeout(timer);
                    reject(new Error(`policy pack in ${dir} exited with code ${code} before serving:\n${stderr.join("").trim()}`));
                });
            });
        } catch (err) {
            child.kill();
            await engine.stop();
            throw err;
        }
        const client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": MAX_MESSAGE,
            "grpc.max_send_message_length": MAX_MESSAGE,
        });
        return new PolicyPackClient(child, client, engine, dir, stderr);
    }

    private unary<Req, Res>(method: (req: Req, cb: (err: grpc.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
        return new Promise<Res>((resolve, reject) => {
            method.call(this.client, req, (err: grpc.ServiceError | null, res: Res) => (err ? reject(new Error(`${err.details || err.message}${this.stderrTail()}`)) : resolve(res)));
        });
    }

    private stderrTail(): string {
        const text = this.stderr.join("").trim();
        return text ? `\npolicy pack stderr:\n${text.slice(-4000)}` : "";
    }

    /** The process id of the served pack (for memory figures). */
    get pid(): number | undefined {
        return this.child.pid;
    }

    /** Messages the pack logged to the engine. */
    get engineLog(): readonly { severity: string; message: string; urn: string }[] {
        return this.engine.entries;
    }

    /** `GetAnalyzerInfo`: the pack's name, version and every policy's metadata. */
    async info(): Promise<PackInfo> {
        const res = await this.unary<emptyProto.Empty, analyzerProto.AnalyzerInfo>(this.client.getAnalyzerInfo, new emptyProto.Empty());
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

    /** `ConfigureStack`: the stack, project and tags, as the CLI sends them before analysis. */
    async configureStack(stack: string, project: string, dryRun: boolean): Promise<void> {
        const req = new analyzerProto.AnalyzerStackConfigureRequest();
        req.setStack(stack);
        req.setProject(project);
        req.setOrganization("organization");
        req.setDryRun(dryRun);
        try {
            await this.unary(this.client.configureStack, req);
        } catch {
            // Older packs do not implement ConfigureStack; the CLI tolerates that too.
        }
    }

    /** `Configure`: per-policy enforcement levels and properties, as `--policy-pack-config` sends them. */
    async configure(config: ResolvedPolicyConfig): Promise<void> {
        const req = new analyzerProto.ConfigureAnalyzerRequest();
        const map = req.getPolicyconfigMap();
        for (const [name, entry] of Object.entries(config)) {
            const policyConfig = new analyzerProto.PolicyConfig();
            policyConfig.setEnforcementlevel(Math.max(0, LEVELS.indexOf(entry.enforcementLevel)) as analyzerProto.EnforcementLevel);
            policyConfig.setProperties(toStruct(entry.properties));
            map.set(name, policyConfig);
        }
        await this.unary(this.client.configure, req);
    }

    /**
     * Encodes an `Analyze` request for one resource with its inputs, options and
     * provider, as the engine sends it before a step.
     */
    encodeAnalyze(resource: CapturedResource, provider?: ProviderView): Uint8Array {
        const req = new analyzerProto.AnalyzeRequest();
        fillResourceMessage(req, resource, resource.analyzerInputs, provider);
        return req.serializeBinary();
    }

    /** Encodes an `AnalyzeStack` request over every resource with its outputs, as the engine sends it after an update. */
    encodeAnalyzeStack(resources: CapturedResource[], providerOf: (r: CapturedResource) => ProviderView | undefined): Uint8Array {
        const req = new analyzerProto.AnalyzeStackRequest();
        for (const resource of resources) {
            const message = new analyzerProto.AnalyzerResource();
            fillResourceMessage(message, resource, resource.analyzerOutputs, providerOf(resource));
            message.setParent(resource.parent ?? "");
            message.setDependenciesList(resource.dependencies);
            const deps = message.getPropertydependenciesMap();
            for (const [key, urns] of Object.entries(resource.propertyDependencies)) {
                const entry = new analyzerProto.AnalyzerPropertyDependencies();
                entry.setUrnsList(urns);
                deps.set(key, entry);
            }
            req.addResources(message);
        }
        return req.serializeBinary();
    }

    /** Sends pre-encoded request bytes to an Analyzer method, as the engine does, and decodes the diagnostics. */
    private sendEncoded(method: "Analyze" | "AnalyzeStack", bytes: Uint8Array): Promise<analyzerProto.AnalyzeResponse> {
        return new Promise((resolve, reject) => {
            this.client.makeUnaryRequest<Uint8Array, analyzerProto.AnalyzeResponse>(
                `/pulumirpc.Analyzer/${method}`,
                (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
                (buffer) => analyzerProto.AnalyzeResponse.deserializeBinary(new Uint8Array(buffer)),
                bytes,
                (err, res) => (err || !res ? reject(new Error(`${err?.details || err?.message || "no response"}${this.stderrTail()}`)) : resolve(res)),
            );
        });
    }

    /** `Analyze` from pre-encoded bytes (see {@link encodeAnalyze}); `urn` fills diagnostics that carry none. */
    async analyzeEncoded(bytes: Uint8Array, urn: string): Promise<Violation[]> {
        const res = await this.sendEncoded("Analyze", bytes);
        return res.getDiagnosticsList().map((d) => diagnosticToViolation(d, urn));
    }

    /** `AnalyzeStack` from pre-encoded bytes (see {@link encodeAnalyzeStack}). */
    async analyzeStackEncoded(bytes: Uint8Array): Promise<Violation[]> {
        const res = await this.sendEncoded("AnalyzeStack", bytes);
        return res.getDiagnosticsList().map((d) => diagnosticToViolation(d, ""));
    }

    /** The policies an `Analyze` of this resource reports as not applicable, with their reasons, sorted by policy. */
    async notApplicable(resource: CapturedResource, provider?: ProviderView): Promise<{ policy: string; reason: string }[]> {
        const res = await this.sendEncoded("Analyze", this.encodeAnalyze(resource, provider));
        return res.getNotApplicableList()
            .map((n) => ({ policy: n.getPolicyName(), reason: n.getReason() }))
            .sort((a, b) => a.policy.localeCompare(b.policy));
    }

    /** The policies an `AnalyzeStack` of these resources reports as not applicable, with their reasons, sorted by policy. */
    async stackNotApplicable(resources: CapturedResource[], providerOf: (r: CapturedResource) => ProviderView | undefined): Promise<{ policy: string; reason: string }[]> {
        const res = await this.sendEncoded("AnalyzeStack", this.encodeAnalyzeStack(resources, providerOf));
        return res.getNotApplicableList()
            .map((n) => ({ policy: n.getPolicyName(), reason: n.getReason() }))
            .sort((a, b) => a.policy.localeCompare(b.policy));
    }

    /** `Analyze` one resource with its inputs, options and provider, as the engine does before a step. */
    analyze(resource: CapturedResource, provider?: ProviderView): Promise<Violation[]> {
        return this.analyzeEncoded(this.encodeAnalyze(resource, provider), resource.urn);
    }

    /** `AnalyzeStack` over every resource with its outputs, as the engine does at the end of an update. */
    analyzeStack(resources: CapturedResource[], providerOf: (r: CapturedResource) => ProviderView | undefined): Promise<Violation[]> {
        return this.analyzeStackEncoded(this.encodeAnalyzeStack(resources, providerOf));
    }

    /** Stops the pack process and the engine endpoint. */
    async close(): Promise<void> {
        this.client.close();
        if (this.child.exitCode === null) {
            const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
            this.child.kill();
            await exited;
        }
        await this.engine.stop();
    }
}

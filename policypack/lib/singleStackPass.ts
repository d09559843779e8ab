/**
 * One shared pass for every stack policy in `AnalyzeStack`.
 *
 * The @pulumi/policy server rebuilds, for each stack policy in turn, the whole
 * list of resources (deserialized properties, proxies, options, provider,
 * parent and dependency links). With ten stack policies over a large stack that
 * repeated work was most of `AnalyzeStack`. This handler builds the list once and
 * hands the same (never mutated) list to every stack policy, following the
 * server's own rules: enforcement levels from `Configure` (captured here from the
 * same request the server receives), the server's type fast path, its messages
 * for unknown values during a preview, and its response encoding. The server's
 * own handler stays in place if anything it needs has moved.
 */
import type { Policies, ReportViolation, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import {
    loadFromPolicyServer, type NotApplicableConstructor, type NotApplicableMessage, packVersion, pulumiTypeOf, typeNotApplicable,
} from "./policyServerInternals";

interface Deserializer { deserializeProperties(struct: object, proxySecrets: boolean): Record<string, unknown> }
interface ProxyModule { unknownCheckingProxy(value: object): Record<string, unknown>; UnknownValueError: new (...args: never[]) => Error }
interface ProtoUtil {
    convertEnforcementLevel(level: number): string;
    makeAnalyzeResponse(ds: Diagnostic[], notApplicable: unknown[] | undefined): unknown;
    asGrpcError(e: unknown, message?: string): unknown;
}
interface AnalyzerProto { PolicyNotApplicable: NotApplicableConstructor }
interface GrpcServerPrototype { addService(service: unknown, implementation: Record<string, unknown>): void }

/** A diagnostic, in the shape the server's response encoder takes. */
interface Diagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    message: string;
    urn?: string;
    description: string;
    enforcementLevel: string;
    severity?: string;
}

interface StructLike { toJavaScript(): Record<string, unknown> }
interface ResourceMessage {
    getType(): string; getUrn(): string; getName(): string; getParent(): string;
    getProperties(): object | undefined;
    getDependenciesList(): string[];
    getPropertydependenciesMap(): { entries(): Iterable<[string, { getUrnsList(): string[] }]> } | undefined;
    getProvider(): { getType(): string; getUrn(): string; getName(): string; getProperties(): object | undefined } | undefined;
    getOptions(): {
        getProtect(): boolean; getIgnorechangesList(): string[]; getAliasesList(): string[];
        getAdditionalsecretoutputsList(): string[]; getDeletebeforereplacedefined(): boolean; getDeletebeforereplace(): boolean;
        getParent(): string; getCustomtimeouts(): { getCreate(): number; getUpdate(): number; getDelete(): number } | undefined;
    } | undefined;
}
interface ConfigureRequest { getPolicyconfigMap(): { entries(): Iterable<[string, { getProperties(): StructLike | undefined; getEnforcementlevel(): number }]> } }
type Callback = (err: unknown, res?: unknown) => void;
type Handler = (call: { request: unknown }, callback: Callback) => unknown;


/** What the shared pass needs to know about the pack. */
export interface StackPassPack {
    /** The pack name. */
    name: string;
    /** The pack's default enforcement level. */
    enforcementLevel: string;
    /** Every policy, in order. */
    policies: Policies;
}


/** Installs the shared stack pass; call before `new PolicyPack`. Does nothing if the server's internals moved. */
export function installSingleStackPass(pack: StackPassPack): void {
    if (process.env.GUARDRAILS_NO_FAST_PATH === "1") {
        return;
    }
    const deserializer = loadFromPolicyServer<Deserializer>("@pulumi/policy/deserialize");
    const proxy = loadFromPolicyServer<ProxyModule>("@pulumi/policy/proxy");
    const protoutil = loadFromPolicyServer<ProtoUtil>("@pulumi/policy/protoutil");
    const analyzerProto = loadFromPolicyServer<AnalyzerProto>("@pulumi/pulumi/proto/analyzer_pb");
    const grpc = loadFromPolicyServer<{ Server: { prototype: GrpcServerPrototype } }>("@grpc/grpc-js");
    const prototype = grpc.Server?.prototype;
    if (!deserializer.deserializeProperties || !proxy.unknownCheckingProxy || !proxy.UnknownValueError || !protoutil.makeAnalyzeResponse
        || !protoutil.convertEnforcementLevel || !protoutil.asGrpcError || !analyzerProto.PolicyNotApplicable || !prototype) {
        return;
    }
    const tools = { deserializer: deserializer as Deserializer, proxy: proxy as ProxyModule, protoutil: protoutil as ProtoUtil, NotApplicable: analyzerProto.PolicyNotApplicable };
    const originalAddService = prototype.addService;
    prototype.addService = function (this: GrpcServerPrototype, service: unknown, implementation: Record<string, unknown>) {
        const configure = implementation?.configure;
        if (typeof configure === "function" && typeof implementation.analyzeStack === "function") {
            const config = new Map<string, Record<string, unknown>>();
            implementation = {
                ...implementation,
                configure: ((call, callback) => {
                    config.clear();
                    for (const [name, value] of (call.request as ConfigureRequest).getPolicyconfigMap().entries()) {
                        const props = value.getProperties()?.toJavaScript() ?? {};
                        config.set(name, { ...props, enforcementLevel: tools.protoutil.convertEnforcementLevel(value.getEnforcementlevel()) });
                    }
                    return (configure as Handler)(call, callback);
                }) as Handler,
                analyzeStack: stackHandler(pack, config, tools),
            };
        }
        return originalAddService.call(this, service, implementation);
    };
}

interface Tools {
    deserializer: Deserializer;
    proxy: ProxyModule;
    protoutil: ProtoUtil;
    NotApplicable: NotApplicableConstructor;
}

function stackHandler(pack: StackPassPack, config: Map<string, Record<string, unknown>>, tools: Tools): Handler {
    const version = packVersion();
    const stackPolicies = pack.policies.filter((p): p is StackValidationPolicy => typeof (p as StackValidationPolicy).validateStack === "function");
    return (call, callback) => {
        void (async () => {
            const messages = (call.request as { getResourcesList(): ResourceMessage[] }).getResourcesList();
            const ds: Diagnostic[] = [];
            const notApplicable: NotApplicableMessage[] = [];
            try {
                const resources = buildResources(messages, tools);
                for (const policy of stackPolicies) {
                    const configured = config.get(policy.name);
                    let level = String(configured?.enforcementLevel || policy.enforcementLevel || pack.enforcementLevel);
                    if (level === "disabled") {
                        continue;
                    }
                    if (level === "remediate") {
                        level = "mandatory";
                    }
                    const onlyType = pulumiTypeOf(policy.validateStack);
                    if (onlyType && !messages.some((m) => m.getType() === onlyType)) {
                        notApplicable.push(typeNotApplicable(tools.NotApplicable, policy.name, onlyType));
                        continue;
                    }
                    const report = reporter(policy, pack.name, version, level, ds);
                    const { enforcementLevel: _ignored, ...properties } = configured ?? {};
                    const args = {
                        resources,
                        getConfig: () => properties,
                        stackTags: new Map<string, string>(),
                        notApplicable: (reason?: string) => {
                            throw new Error(`notApplicable(${reason ?? ""}) is not supported in stack policies of this pack`);
                        },
                    } as unknown as StackValidationArgs;
                    try {
                        await Promise.resolve(policy.validateStack?.(args, report));
                    } catch (e) {
                        if (e instanceof tools.proxy.UnknownValueError) {
                            ds.push({
                                policyName: policy.name, policyPackName: pack.name, policyPackVersion: version,
                                message: `can't run policy '${policy.name}' from policy pack '${pack.name}@v${version}' during preview: ${e.message}`,
                                description: policy.description, enforcementLevel: "advisory", severity: policy.severity,
                            });
                        } else {
                            throw tools.protoutil.asGrpcError(e, `Error validating resource with policy '${policy.name}' from policy pack '${pack.name}@v${version}'`);
                        }
                    }
                }
            } catch (err) {
                callback(err, undefined);
                return;
            }
            callback(undefined, tools.protoutil.makeAnalyzeResponse(ds, notApplicable.length > 0 ? notApplicable : undefined));
        })();
    };
}

/** The server's reportViolation, for one stack policy: a string message, or the object form that overrides fields. */
function reporter(policy: StackValidationPolicy, packName: string, version: string, level: string, ds: Diagnostic[]): ReportViolation {
    return (message: unknown, urn?: string) => {
        if (typeof message === "object" && message !== null) {
            const info = message as Partial<Diagnostic> & { name?: string };
            ds.push({
                policyName: info.name || policy.name, policyPackName: packName, policyPackVersion: version,
                message: info.message || info.description || policy.description, urn: info.urn,
                description: info.description || policy.description, enforcementLevel: info.enforcementLevel || level,
                severity: info.severity || policy.severity,
            });
            return;
        }
        const text = typeof message === "string" && message ? `${policy.description}\n${message}` : policy.description;
        ds.push({ policyName: policy.name, policyPackName: packName, policyPackVersion: version, message: text, urn, description: policy.description, enforcementLevel: level, severity: policy.severity });
    };
}

/** The list the server would build for each stack policy, built once. */
function buildResources(messages: ResourceMessage[], tools: Tools): Record<string, unknown>[] {
    const byUrn = new Map<string, Record<string, unknown>>();
    const pending: { resource: Record<string, unknown>; parent: string; dependencies: string[]; propertyDependencies: Record<string, string[]> }[] = [];
    for (const r of messages) {
        const struct = r.getProperties();
        const props = tools.proxy.unknownCheckingProxy(struct ? tools.deserializer.deserializeProperties(struct, false) : {});
        const resource: Record<string, unknown> = {
            type: r.getType(), props, urn: r.getUrn(), name: r.getName(), opts: optionsOf(r),
            dependencies: [], propertyDependencies: {},
        };
        const type = r.getType();
        resource.isType = (resourceClass: unknown) => pulumiTypeOf(resourceClass) === type;
        resource.asType = (resourceClass: unknown) => (pulumiTypeOf(resourceClass) === type ? props : undefined);
        const provider = r.getProvider();
        if (provider) {
            const providerProps = provider.getProperties();
            resource.provider = {
                type: provider.getType(), urn: provider.getUrn(), name: provider.getName(),
                props: tools.proxy.unknownCheckingProxy(providerProps ? tools.deserializer.deserializeProperties(providerProps, false) : {}),
            };
        }
        const propertyDependencies: Record<string, string[]> = {};
        for (const [key, value] of r.getPropertydependenciesMap()?.entries() ?? []) {
            propertyDependencies[key] = value.getUrnsList();
        }
        byUrn.set(r.getUrn(), resource);
        pending.push({ resource, parent: r.getParent(), dependencies: r.getDependenciesList(), propertyDependencies });
    }
    for (const item of pending) {
        const parent = item.parent ? byUrn.get(item.parent) : undefined;
        if (parent) {
            item.resource.parent = parent;
        }
        item.resource.dependencies = item.dependencies.map((d) => byUrn.get(d)).filter((d) => d !== undefined);
        const deps: Record<string, unknown[]> = {};
        for (const [key, urns] of Object.entries(item.propertyDependencies)) {
            deps[key] = urns.map((d) => byUrn.get(d)).filter((d) => d !== undefined);
        }
        item.resource.propertyDependencies = deps;
    }
    return pending.map((p) => p.resource);
}

function optionsOf(r: ResourceMessage): Record<string, unknown> {
    const opts = r.getOptions();
    if (!opts) {
        throw new Error("A more recent version of the Pulumi CLI is required. To upgrade, see https://www.pulumi.com/docs/get-started/install/");
    }
    const timeouts = opts.getCustomtimeouts();
    const result: Record<string, unknown> = {
        protect: opts.getProtect(),
        ignoreChanges: opts.getIgnorechangesList(),
        aliases: opts.getAliasesList(),
        customTimeouts: { createSeconds: timeouts?.getCreate() ?? 0, updateSeconds: timeouts?.getUpdate() ?? 0, deleteSeconds: timeouts?.getDelete() ?? 0 },
        additionalSecretOutputs: opts.getAdditionalsecretoutputsList(),
    };
    if (opts.getDeletebeforereplacedefined()) {
        result.deleteBeforeReplace = opts.getDeletebeforereplace();
    }
    if (opts.getParent()) {
        result.parent = opts.getParent();
    }
    return result;
}

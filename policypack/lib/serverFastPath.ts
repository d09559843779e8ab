/**
 * Speed-ups for the @pulumi/policy server, which deserializes a resource's
 * properties once per policy: for `Analyze` that is once per policy per
 * resource, and for `AnalyzeStack` every resource once per stack policy.
 *
 * Within one request the server hands every policy the same protobuf Struct, so
 * deserializing it once and sharing the (never mutated) result is safe. The
 * policies' plain snapshots are cached per deserialized object in the same way.
 *
 * These hooks touch internal modules of @pulumi/policy. If a future version
 * moves them, the hooks do nothing and the pack is merely slower: correctness
 * never depends on them (a test checks both paths give the same findings).
 */
import {
    loadFromPolicyServer, type NotApplicableConstructor, type NotApplicableMessage, packVersion, pulumiTypeOf, typeNotApplicable,
} from "./policyServerInternals";
import { PropValue, UNKNOWN } from "./props";

type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;

interface DeserializeModule {
    deserializeProperties: Deserialize;
}

interface ProxyModule {
    getSpecialProxyTarget: string;
    unknownBooleanValue: unknown;
    unknownNumberValue: unknown;
    unknownStringValue: unknown;
    unknownArrayValue: unknown;
    unknownAssetValue: unknown;
    unknownArchiveValue: unknown;
    unknownObjectValue: unknown;
}


const deserializeModule = loadFromPolicyServer<DeserializeModule>("@pulumi/policy/deserialize");
const proxyModule = loadFromPolicyServer<ProxyModule>("@pulumi/policy/proxy");

const unknownSentinels = new Set<unknown>([
    proxyModule.unknownBooleanValue, proxyModule.unknownNumberValue, proxyModule.unknownStringValue,
    proxyModule.unknownArrayValue, proxyModule.unknownAssetValue, proxyModule.unknownArchiveValue,
    proxyModule.unknownObjectValue,
].filter((v) => v !== undefined));

/** Whether the deserialization memo is installed (false if @pulumi/policy's internals moved). */
export let memoInstalled = false;

/** Installs the per-request deserialization memo into the policy server, once. */
export function installDeserializationMemo(): void {
    const original = deserializeModule.deserializeProperties;
    if (memoInstalled || typeof original !== "function" || process.env.GUARDRAILS_NO_FAST_PATH === "1") {
        return;
    }
    const memo = new WeakMap<object, Record<string, unknown>>();
    (deserializeModule as DeserializeModule).deserializeProperties = (struct, proxySecrets) => {
        if (proxySecrets || typeof struct !== "object" || struct === null) {
            return original(struct, proxySecrets);
        }
        let result = memo.get(struct);
        if (!result) {
            result = original(struct, proxySecrets);
            memo.set(struct, result);
        }
        return result;
    };
    memoInstalled = true;
}

/** The plain object behind the server's unknown-checking proxy, or undefined if it is not one. */
export function proxyTarget(props: unknown): object | undefined {
    const key = proxyModule.getSpecialProxyTarget;
    if (!key || typeof props !== "object" || props === null) {
        return undefined;
    }
    try {
        const target: unknown = (props as Record<string, unknown>)[key];
        return typeof target === "object" && target !== null ? target : undefined;
    } catch {
        return undefined;
    }
}

/** Converts deserialized properties to plain data without the proxy, turning unknown sentinels into {@link UNKNOWN}. */
export function plainSnapshot(value: unknown, depth = 0): PropValue {
    if (unknownSentinels.has(value)) {
        return UNKNOWN;
    }
    if (value === null || value === undefined || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        return value;
    }
    if (depth > 64) {
        return undefined;
    }
    if (Array.isArray(value)) {
        return value.map((v) => plainSnapshot(v, depth + 1));
    }
    if (typeof value === "object") {
        const out: { [key: string]: PropValue } = {};
        for (const [key, inner] of Object.entries(value)) {
            out[key] = plainSnapshot(inner, depth + 1);
        }
        return out;
    }
    return undefined;
}

/** A unary gRPC handler, as the policy server registers it. */
type UnaryHandler = (call: { request: { getType(): string } }, callback: (err: unknown, res: unknown) => void) => unknown;

interface ServerModule {
    makeAnalyzeRpcFun: (name: string, version: string, level: string, policies: readonly { name: string }[]) => UnaryHandler;
}

interface GrpcServerPrototype {
    addService(service: unknown, implementation: Record<string, unknown>): void;
}

interface AnalyzerProtoModule {
    PolicyNotApplicable: NotApplicableConstructor;
}

interface AnalyzeResponseLike {
    addNotApplicable(value: NotApplicableMessage): void;
}

/** What the per-type dispatch needs to know about the pack. */
export interface DispatchedPack {
    /** The pack name given to PolicyPack. */
    name: string;
    /** The pack's default enforcement level. */
    enforcementLevel: string;
    /** Every policy, in order. */
    policies: readonly { name: string }[];
    /** Whether a policy may apply to a type. */
    appliesTo: (policy: object, type: string) => boolean;
}


/** Whether the per-type dispatch is installed. */
export let dispatchInstalled = false;

/**
 * Serves `Analyze` with only the policies that can apply to the request's type.
 *
 * The policy server builds arguments for every resource policy whose check has
 * more than one type (deserialized properties, proxies, the provider) before
 * the check can say "not my type"; with forty policies that overhead dominated
 * `Analyze`. This hook registers, per resource type, a handler made by the
 * server's own `makeAnalyzeRpcFun` over the applicable policies (cached), and
 * adds the "not applicable" entries the full handler would have reported for
 * single-type policies, so the response stays the same. `AnalyzeStack`,
 * `GetAnalyzerInfo` and the rest are untouched. Call before `new PolicyPack`.
 */
export function installPerTypeDispatch(pack: DispatchedPack): void {
    if (dispatchInstalled || process.env.GUARDRAILS_NO_FAST_PATH === "1") {
        return;
    }
    const server = loadFromPolicyServer<ServerModule>("@pulumi/policy/server");
    const grpc = loadFromPolicyServer<{ Server: { prototype: GrpcServerPrototype } }>("@grpc/grpc-js");
    const proto = loadFromPolicyServer<AnalyzerProtoModule>("@pulumi/pulumi/proto/analyzer_pb");
    const make = server.makeAnalyzeRpcFun;
    const prototype = grpc.Server?.prototype;
    const NotApplicable = proto.PolicyNotApplicable;
    if (typeof make !== "function" || !prototype || typeof prototype.addService !== "function" || typeof NotApplicable !== "function") {
        return;
    }
    const originalAddService = prototype.addService;
    prototype.addService = function (this: GrpcServerPrototype, service: unknown, implementation: Record<string, unknown>) {
        if (typeof implementation?.analyze === "function" && typeof implementation.analyzeStack === "function") {
            implementation = { ...implementation, analyze: dispatcher(pack, make, NotApplicable) };
        }
        return originalAddService.call(this, service, implementation);
    };
    dispatchInstalled = true;
}


function dispatcher(pack: DispatchedPack, make: ServerModule["makeAnalyzeRpcFun"], NotApplicable: NotApplicableConstructor): UnaryHandler {
    const version = packVersion();
    const resourcePolicies = pack.policies.filter((p) => "validateResource" in p);
    const byType = new Map<string, { handler: UnaryHandler; notApplicable: NotApplicableMessage[] }>();
    return (call, callback) => {
        const type = call.request.getType();
        let entry = byType.get(type);
        if (!entry) {
            const applicable = resourcePolicies.filter((p) => pack.appliesTo(p, type));
            const notApplicable = resourcePolicies.filter((p) => !applicable.includes(p)).flatMap((p) => {
                const single = pulumiTypeOf((p as { validateResource?: unknown }).validateResource);
                return single ? [typeNotApplicable(NotApplicable, p.name, single)] : [];
            });
            entry = { handler: make(pack.name, version, pack.enforcementLevel, applicable), notApplicable };
            byType.set(type, entry);
        }
        const { handler, notApplicable } = entry;
        return handler(call, (err, res) => {
            if (!err && res && notApplicable.length > 0) {
                for (const message of notApplicable) {
                    (res as AnalyzeResponseLike).addNotApplicable(message);
                }
            }
            callback(err, res);
        });
    };
}

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

function load<T>(id: string): Partial<T> {
    try {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        return require(id) as Partial<T>;
    } catch {
        return {};
    }
}

const deserializeModule = load<DeserializeModule>("@pulumi/policy/deserialize");
const proxyModule = load<ProxyModule>("@pulumi/policy/proxy");

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

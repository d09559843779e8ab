import { ARCHIVE_SIG, ASSET_SIG, RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_VALUE } from "../../harness/signatures";

/** A value the engine itself would refuse to read (a malformed secret, an unknown signature); the message names where. */
export class EngineValueError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "EngineValueError";
    }
}

/** Why the pack could not read a secret value. */
export type OpaqueReason = "encrypted" | "blinded";

/** How a file writes its values, and where to record what the pack cannot read. */
export interface ValueReading {
    /** Preview JSON writes every secret as the string "[secret]" (the CLI blinds them). */
    blindedSecrets: boolean;
    /** Called with the path of each secret whose value the pack cannot read. */
    onOpaque?(path: string, reason: OpaqueReason): void;
}

/** The string `pulumi preview --json` writes in place of every secret. */
export const BLINDED_SECRET = "[secret]";

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function opaqueSecret(path: string, reason: OpaqueReason, reading: ValueReading): Record<string, unknown> {
    reading.onOpaque?.(path, reason);
    // A secret the pack cannot read: the server hands policies an unknown, which they skip as they skip a preview's.
    return { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_VALUE };
}

function secretOf(value: Record<string, unknown>, path: string, reading: ValueReading): unknown {
    const plaintext = value.plaintext;
    const ciphertext = value.ciphertext;
    if ((typeof plaintext === "string") === (typeof ciphertext === "string")) {
        throw new EngineValueError(`${path}: a secret must carry exactly one of "ciphertext" or "plaintext" (as \`pulumi stack export\` writes it)`);
    }
    if (typeof ciphertext === "string") {
        return opaqueSecret(path, "encrypted", reading);
    }
    let inner: unknown;
    try {
        inner = JSON.parse(plaintext as string);
    } catch {
        throw new EngineValueError(`${path}: a plaintext secret must hold its value as JSON text (for example "\\"value\\""); got ${JSON.stringify(String(plaintext).slice(0, 40))}`);
    }
    return { [SIG_KEY]: SECRET_SIG, value: fromEngineValue(inner, path, reading) };
}

function referenceOf(value: Record<string, unknown>, path: string): string {
    if (typeof value.id === "string" && value.id !== "") {
        return value.id;
    }
    if (typeof value.urn === "string") {
        return value.urn;
    }
    throw new EngineValueError(`${path}: a resource reference needs a "urn"`);
}

function childPath(path: string, key: string): string {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Converts a property value as a stack export or a preview writes it into the
 * value the engine hands an analyzer: secrets written in plaintext become
 * secrets again; encrypted ones (and preview's blinded "[secret]") become
 * secrets the pack cannot read, and are recorded; resource references become
 * the resource's id (or URN for a component), as the engine sends them;
 * assets, archives and unknowns are kept.
 */
export function fromEngineValue(value: unknown, path: string, reading: ValueReading): unknown {
    if (typeof value === "string") {
        return reading.blindedSecrets && value === BLINDED_SECRET ? opaqueSecret(path, "blinded", reading) : value;
    }
    if (Array.isArray(value)) {
        return value.map((item, i) => fromEngineValue(item, `${path}[${i}]`, reading));
    }
    if (!isRecord(value)) {
        return value;
    }
    const sig = value[SIG_KEY];
    if (sig === undefined) {
        const out: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
            out[key] = fromEngineValue(inner, childPath(path, key), reading);
        }
        return out;
    }
    switch (sig) {
        case SECRET_SIG:
            return secretOf(value, path, reading);
        case RESOURCE_SIG:
            return referenceOf(value, path);
        case ASSET_SIG:
        case ARCHIVE_SIG:
            return value;
        default:
            throw new EngineValueError(`${path}: unrecognized signature ${JSON.stringify(sig)} (known: secret, resource reference, asset, archive)`);
    }
}

/** {@link fromEngineValue} over a property map (inputs or outputs); anything but an object is an error. */
export function fromEngineProperties(value: unknown, what: string, reading: ValueReading): Record<string, unknown> {
    if (value === undefined || value === null) {
        return {};
    }
    if (!isRecord(value)) {
        throw new EngineValueError(`${what} must be an object; got ${Array.isArray(value) ? "an array" : typeof value}`);
    }
    return fromEngineValue(value, "", reading) as Record<string, unknown>;
}

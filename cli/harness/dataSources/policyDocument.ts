import {
    descending, documentFromJson, documentJson, goJson, mergeInto, PolicyDocumentError,
    type ConditionEntry, type ModelDocument, type ModelStatement, type PrincipalEntry,
} from "./policyDocumentModel";

export { PolicyDocumentError };

/** What `aws.iam.getPolicyDocument` returns: the rendered document, minified, and its id. */
export interface PolicyDocumentResult {
    /** The document, indented by two spaces. */
    json: string;
    /** The same document without whitespace. */
    minifiedJson: string;
    /** The provider's id: the CRC-32 of `json`, in decimal. */
    id: string;
}

const VERSIONS = ["2008-10-17", "2012-10-17"];

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function records(value: unknown): Record<string, unknown>[] {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A set of strings, as the provider's schema keeps them: duplicates dropped. */
function stringSet(value: unknown): string[] {
    return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === "string"))] : [];
}

/** One value stays a string; several are sorted in descending order. */
function decodeList(values: string[]): string | string[] {
    return values.length === 1 ? values[0] : descending(values);
}

/** AWS policy variables are written `&{...}` so that they survive interpolation; the provider turns them into `${...}`. */
function replaceVariables<T extends string | string[]>(value: T, version: string): T {
    const one = (text: string) => {
        if (version === "2008-10-17" && text.includes("&{")) {
            throw new PolicyDocumentError(`found &{ sequence in (${text}), which is not supported in document version 2008-10-17`);
        }
        return text.split("&{").join("${");
    };
    return (Array.isArray(value) ? value.map(one) : one(value)) as T;
}

function principals(value: unknown, version: string, what: string): PrincipalEntry[] {
    return records(value).map((p) => {
        if (typeof p.type !== "string") {
            throw new PolicyDocumentError(`reading ${what}: every entry needs a "type"`);
        }
        return { type: p.type, identifiers: replaceVariables(decodeList(stringSet(p.identifiers)), version) };
    });
}

function conditions(value: unknown, version: string): ConditionEntry[] {
    return records(value).map((c) => {
        if (typeof c.test !== "string" || typeof c.variable !== "string") {
            throw new PolicyDocumentError(`reading condition: every condition needs "test" and "variable"`);
        }
        const values = replaceVariables(Array.isArray(c.values) ? c.values.map((v) => String(v)) : [], version);
        return { test: c.test, variable: c.variable, values: values.length === 1 ? values[0] : values };
    });
}

function statement(input: Record<string, unknown>, version: string, sids: Set<string>): ModelStatement {
    const effect = input.effect === undefined || input.effect === null ? "Allow" : input.effect;
    if (effect !== "Allow" && effect !== "Deny") {
        throw new PolicyDocumentError(`expected statement effect to be one of ["Allow" "Deny"], got ${String(effect)}`);
    }
    const sid = typeof input.sid === "string" ? input.sid : "";
    if (!/^[a-zA-Z0-9]*$/.test(sid)) {
        throw new PolicyDocumentError(`statement sid "${sid}" must only include alphanumeric characters`);
    }
    if (sid && sids.has(sid)) {
        throw new PolicyDocumentError(`writing IAM Policy Document: duplicate Sid (${sid}). Remove the Sid or ensure the Sid is unique.`);
    }
    if (sid) {
        sids.add(sid);
    }
    const out: ModelStatement = {
        Sid: sid, Effect: effect, Principal: principals(input.principals, version, "principals"),
        NotPrincipal: principals(input.notPrincipals, version, "not_principals"), Condition: conditions(input.conditions, version),
    };
    const actions = stringSet(input.actions);
    const notActions = stringSet(input.notActions);
    const resources = stringSet(input.resources);
    const notResources = stringSet(input.notResources);
    if (actions.length > 0) out.Action = decodeList(actions);
    if (notActions.length > 0) out.NotAction = decodeList(notActions);
    if (resources.length > 0) out.Resource = replaceVariables(decodeList(resources), version);
    if (notResources.length > 0) out.NotResource = replaceVariables(decodeList(notResources), version);
    return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
});

/** CRC-32 (IEEE), the checksum the provider's string hash code is built on. */
export function crc32(text: string): number {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, "utf8")) {
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Renders `aws.iam.getPolicyDocument` arguments exactly as the AWS provider
 * does: source documents first (their Sids must be unique), then this
 * document's statements (Effect defaulting to Allow, lists deduplicated, single
 * values as strings, `&{` variables as `${`), then override documents, each
 * replacing statements with the same Sid.
 */
export function renderPolicyDocument(args: Record<string, unknown>): PolicyDocumentResult {
    for (const deprecated of ["sourceJson", "overrideJson"]) {
        if (typeof args[deprecated] === "string" && args[deprecated] !== "") {
            throw new PolicyDocumentError(`${deprecated} is no longer supported by the provider (it must be empty); use ${deprecated === "sourceJson" ? "sourcePolicyDocuments" : "overridePolicyDocuments"}`);
        }
    }
    const version = typeof args.version === "string" && args.version !== "" ? args.version : "2012-10-17";
    if (!VERSIONS.includes(version)) {
        throw new PolicyDocumentError(`expected version to be one of ["2008-10-17" "2012-10-17"], got ${version}`);
    }
    const merged: ModelDocument = { Version: "", Id: "", Statement: [] };
    const sourceSids = new Set<string>();
    stringList(args.sourcePolicyDocuments).forEach((text, index) => {
        const source = documentFromJson(text, `source document ${index}`);
        source.Statement.forEach((s, stmtIndex) => {
            if (s.Sid && sourceSids.has(s.Sid)) {
                throw new PolicyDocumentError(`writing IAM Policy Document: merging source document ${index}: duplicate Sid (${s.Sid}) in source_policy_documents (statement ${stmtIndex}). Remove the Sid or ensure Sids are unique.`);
            }
            if (s.Sid) sourceSids.add(s.Sid);
        });
        mergeInto(merged, source);
    });
    const sids = new Set<string>();
    const own: ModelDocument = {
        Version: version,
        Id: typeof args.policyId === "string" ? args.policyId : "",
        Statement: records(args.statements).map((s) => statement(s, version, sids)),
    };
    mergeInto(merged, own);
    stringList(args.overridePolicyDocuments).forEach((text, index) => mergeInto(merged, documentFromJson(text, `override document ${index}`)));
    const plain = documentJson(merged);
    const json = goJson(plain, 2);
    return { json, minifiedJson: goJson(plain), id: String(crc32(json)) };
}

function stringList(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

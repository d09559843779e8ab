/**
 * The statement model of the AWS provider's `aws_iam_policy_document` data
 * source, and how it serializes: struct fields in a fixed order, empty fields
 * left out, principals and conditions grouped into maps with sorted keys, and
 * single values written as strings. Source and override documents are read
 * into the same model, so merged documents render as the provider renders them.
 * Rules read from the provider's implementation (`internal/service/iam/policy_model.go`
 * in hashicorp/terraform-provider-aws) and proved on its documented examples.
 */

/** One `principals` entry: a type and its identifiers (a single string, or a list). */
export interface PrincipalEntry {
    type: string;
    identifiers: string | string[];
}

/** One `condition` entry. */
export interface ConditionEntry {
    test: string;
    variable: string;
    values: string | string[];
}

/** A statement in the provider's model. */
export interface ModelStatement {
    Sid: string;
    Effect: string;
    Action?: unknown;
    NotAction?: unknown;
    Resource?: unknown;
    NotResource?: unknown;
    Principal: PrincipalEntry[];
    NotPrincipal: PrincipalEntry[];
    Condition: ConditionEntry[];
}

/** A document in the provider's model. */
export interface ModelDocument {
    Version: string;
    Id: string;
    Statement: ModelStatement[];
}

/** Thrown for a document the provider would refuse; the message is the provider's. */
export class PolicyDocumentError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyDocumentError";
    }
}

/** Descending order, as the provider sorts then reverses string lists. */
export function descending(values: string[]): string[] {
    return [...values].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function principalsFromJson(value: unknown): PrincipalEntry[] {
    if (value === undefined || value === null) {
        return [];
    }
    if (typeof value === "string") {
        return [{ type: "*", identifiers: ["*"] }];
    }
    if (!isRecord(value)) {
        throw new PolicyDocumentError(`Unsupported data type ${typeof value} for IAMPolicyStatementPrincipalSet`);
    }
    return Object.entries(value).map(([type, ids]) => {
        if (typeof ids === "string") {
            return { type, identifiers: ids };
        }
        if (Array.isArray(ids) && ids.every((id): id is string => typeof id === "string")) {
            return { type, identifiers: [...ids].sort() };
        }
        throw new PolicyDocumentError(`Unsupported data type for IAMPolicyStatementPrincipalSet.Identifiers (principal type "${type}"): must be string`);
    });
}

function conditionsFromJson(value: unknown): ConditionEntry[] {
    const out: ConditionEntry[] = [];
    if (!isRecord(value)) {
        return out;
    }
    for (const [test, variables] of Object.entries(value)) {
        for (const [variable, values] of Object.entries(isRecord(variables) ? variables : {})) {
            if (typeof values === "string") {
                out.push({ test, variable, values: [values] });
            } else if (typeof values === "boolean") {
                out.push({ test, variable, values: String(values) });
            } else if (Array.isArray(values)) {
                out.push({ test, variable, values: values.map((v) => String(v)) });
            }
        }
    }
    return out;
}

function textField(value: unknown): string {
    return typeof value === "string" ? value : "";
}

/** Reads a JSON policy document (a source or override document) into the provider's model. */
export function documentFromJson(text: string, what: string): ModelDocument {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (err) {
        throw new PolicyDocumentError(`writing IAM Policy Document: merging ${what}: ${(err as Error).message}`);
    }
    if (!isRecord(parsed)) {
        throw new PolicyDocumentError(`writing IAM Policy Document: merging ${what}: not a JSON object`);
    }
    const statements = parsed.Statement ?? [];
    if (!Array.isArray(statements)) {
        throw new PolicyDocumentError(`writing IAM Policy Document: merging ${what}: Statement must be a list`);
    }
    return {
        Version: textField(parsed.Version),
        Id: textField(parsed.Id),
        Statement: statements.filter(isRecord).map((s) => ({
            Sid: textField(s.Sid),
            Effect: textField(s.Effect),
            Action: s.Action,
            NotAction: s.NotAction,
            Resource: s.Resource,
            NotResource: s.NotResource,
            Principal: principalsFromJson(s.Principal),
            NotPrincipal: principalsFromJson(s.NotPrincipal),
            Condition: conditionsFromJson(s.Condition),
        })),
    };
}

/** Merges `next` into `base` as the provider does: Id adopted, Version upgraded, statements with a matching Sid replaced in place. */
export function mergeInto(base: ModelDocument, next: ModelDocument): void {
    if (next.Id) {
        base.Id = next.Id;
    }
    if (next.Version > base.Version) {
        base.Version = next.Version;
    }
    for (const statement of next.Statement) {
        const at = statement.Sid ? base.Statement.findIndex((s) => s.Sid === statement.Sid) : -1;
        if (at >= 0) {
            base.Statement[at] = statement;
        } else {
            base.Statement.push(statement);
        }
    }
}

function principalJson(entries: PrincipalEntry[]): unknown {
    if (entries.length === 1 && entries[0].type === "*") {
        const ids = entries[0].identifiers;
        if (ids === "*" || (Array.isArray(ids) && ids.length === 1 && ids[0] === "*")) {
            return "*";
        }
    }
    const raw = new Map<string, string | string[]>();
    for (const { type, identifiers } of entries) {
        const existing = raw.get(type);
        if (Array.isArray(identifiers)) {
            const base = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
            raw.set(type, [...base, ...descending(identifiers)]);
        } else if (existing === undefined) {
            raw.set(type, identifiers);
        } else {
            raw.set(type, [...(Array.isArray(existing) ? existing : [existing]), identifiers]);
        }
    }
    return sortedObject(raw);
}

function conditionJson(entries: ConditionEntry[]): unknown {
    const raw = new Map<string, Map<string, string[]>>();
    for (const { test, variable, values } of entries) {
        const byVariable = raw.get(test) ?? new Map<string, string[]>();
        raw.set(test, byVariable);
        byVariable.set(variable, [...(byVariable.get(variable) ?? []), ...(Array.isArray(values) ? values : [values])]);
    }
    const flattened = new Map<string, unknown>();
    for (const [test, byVariable] of raw) {
        const inner = new Map<string, unknown>();
        for (const [variable, values] of byVariable) {
            inner.set(variable, values.length === 1 ? values[0] : values);
        }
        flattened.set(test, sortedObject(inner));
    }
    return sortedObject(flattened);
}

/** A plain object with keys in byte order, as Go writes maps. */
function sortedObject(map: Map<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        out[key] = map.get(key);
    }
    return out;
}

/** The document as plain JSON, with the provider's field order and omissions. */
export function documentJson(doc: ModelDocument): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (doc.Version) out.Version = doc.Version;
    if (doc.Id) out.Id = doc.Id;
    if (doc.Statement.length > 0) {
        out.Statement = doc.Statement.map((s) => {
            const st: Record<string, unknown> = {};
            if (s.Sid) st.Sid = s.Sid;
            if (s.Effect) st.Effect = s.Effect;
            for (const key of ["Action", "NotAction", "Resource", "NotResource"] as const) {
                if (s[key] !== undefined && s[key] !== null) st[key] = s[key];
            }
            if (s.Principal.length > 0) st.Principal = principalJson(s.Principal);
            if (s.NotPrincipal.length > 0) st.NotPrincipal = principalJson(s.NotPrincipal);
            if (s.Condition.length > 0) st.Condition = conditionJson(s.Condition);
            return st;
        });
    }
    return out;
}

/** JSON text as Go's encoder writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function goJson(value: unknown, indent?: number): string {
    return JSON.stringify(value, null, indent)
        .replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")
        .replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

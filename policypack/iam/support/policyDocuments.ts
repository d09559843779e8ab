import { parsePolicyDocument, type ParsedPolicyDocument, type ParsePolicyResult } from "../../../components/documents";
import {
    IAM_GROUP_POLICY, IAM_POLICY, IAM_ROLE, IAM_ROLE_POLICY, IAM_USER_POLICY, ORGANIZATIONS_POLICY,
} from "../../shared/iamTypes";
import { PropValue, Props, UNKNOWN, asList, asRecord, asString } from "../../framework/props";

/**
 * Finds the IAM policy documents a resource carries and reads them with the
 * shared `parsePolicyDocument`, so that every IAM policy of the pack sees the
 * same documents the same way. Documents may be JSON strings or objects.
 */

/** What a document is for, which decides how it is judged. */
export type DocumentKind = "identity" | "trust" | "organization";

/** A document as found in a resource's properties, before parsing. */
export interface FoundDocument {
    /** The property path, such as `policy` or `inlinePolicies[1].policy`. */
    where: string;
    /** Identity (grants), trust (who may assume a role) or organization (SCP/RCP filter). */
    kind: DocumentKind;
    /** The raw value: a JSON string or an object. */
    raw: PropValue;
}

/** A document after parsing: the statements, or why it could not be read. */
export type ReadDocument =
    | { where: string; kind: DocumentKind; ok: true; doc: ParsedPolicyDocument }
    | { where: string; kind: DocumentKind; ok: false; error: string };

/** Types whose `policy` property is an identity policy document. */
const POLICY_PROPERTY_TYPES = new Set([IAM_USER_POLICY, IAM_GROUP_POLICY, IAM_ROLE_POLICY, IAM_POLICY]);

/** Organizations policy types written in IAM policy grammar (the rest, like tag policies, are not). */
const IAM_GRAMMAR_ORGANIZATION_TYPES = new Set(["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"]);

/** Every resource type that carries an identity policy document. */
export const IDENTITY_DOCUMENT_TYPES: string[] = [IAM_USER_POLICY, IAM_GROUP_POLICY, IAM_ROLE_POLICY, IAM_POLICY, IAM_ROLE];

/** Whether a value holds an unknown anywhere inside (a preview of a computed document). */
export function containsUnknown(value: PropValue): boolean {
    const stack: PropValue[] = [value];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current === UNKNOWN) {
            return true;
        }
        const children = Array.isArray(current) ? current : Object.values(asRecord(current) ?? {});
        for (const child of children) {
            stack.push(child);
        }
    }
    return false;
}

function present(raw: PropValue): boolean {
    return raw !== undefined && raw !== null;
}

/** The identity policy documents of a resource: inline and managed policies, and a role's `inlinePolicies`. */
export function identityDocuments(type: string, props: Props): FoundDocument[] {
    if (POLICY_PROPERTY_TYPES.has(type)) {
        return present(props.policy) ? [{ where: "policy", kind: "identity", raw: props.policy }] : [];
    }
    if (type !== IAM_ROLE) {
        return [];
    }
    const found: FoundDocument[] = [];
    asList(props.inlinePolicies).forEach((entry, index) => {
        const policy = asRecord(entry)?.policy;
        // `inlinePolicies: [{}]` is the documented way to remove every inline policy: nothing to read.
        if (present(policy) && policy !== "") {
            found.push({ where: `inlinePolicies[${index}].policy`, kind: "identity", raw: policy });
        }
    });
    return found;
}

/** A role's trust policy (`assumeRolePolicy`), if it has one. */
export function trustDocuments(type: string, props: Props): FoundDocument[] {
    return type === IAM_ROLE && present(props.assumeRolePolicy)
        ? [{ where: "assumeRolePolicy", kind: "trust", raw: props.assumeRolePolicy }]
        : [];
}

/**
 * An Organizations policy's `content` when it is written in IAM grammar: a
 * service control policy (the default type) or a resource control policy.
 */
export function organizationDocuments(type: string, props: Props): FoundDocument[] {
    if (type !== ORGANIZATIONS_POLICY || !present(props.content)) {
        return [];
    }
    const policyType = props.type;
    if (policyType === UNKNOWN) {
        return [];
    }
    const name = asString(policyType) ?? "SERVICE_CONTROL_POLICY";
    return IAM_GRAMMAR_ORGANIZATION_TYPES.has(name) ? [{ where: "content", kind: "organization", raw: props.content }] : [];
}

/** Every IAM-grammar document of a resource, of any kind. */
export function allDocuments(type: string, props: Props): FoundDocument[] {
    return [...identityDocuments(type, props), ...trustDocuments(type, props), ...organizationDocuments(type, props)];
}

/** How many parsed JSON documents are kept: several policies read the same document of the same resource. */
const PARSED_CACHE_SIZE = 256;
const parsedText = new Map<string, ParsePolicyResult>();
const parsedObjects = new WeakMap<object, ParsePolicyResult>();

/**
 * Parses a document once for every policy that reads it. Results are shared,
 * so callers must not change them (none does).
 */
function parseShared(raw: PropValue): ParsePolicyResult {
    if (typeof raw === "string") {
        let parsed = parsedText.get(raw);
        if (!parsed) {
            parsed = parsePolicyDocument(raw);
            if (parsedText.size >= PARSED_CACHE_SIZE) {
                parsedText.delete(parsedText.keys().next().value as string);
            }
            parsedText.set(raw, parsed);
        }
        return parsed;
    }
    if (typeof raw === "object" && raw !== null) {
        let parsed = parsedObjects.get(raw);
        if (!parsed) {
            parsed = parsePolicyDocument(raw);
            parsedObjects.set(raw, parsed);
        }
        return parsed;
    }
    return parsePolicyDocument(raw);
}

/**
 * Parses a found document. Returns undefined when there is nothing to judge yet
 * (the document, or part of it, is unknown during a preview).
 */
export function readDocument(found: FoundDocument): ReadDocument | undefined {
    if (containsUnknown(found.raw)) {
        return undefined;
    }
    const parsed = parseShared(found.raw);
    return parsed.ok
        ? { where: found.where, kind: found.kind, ok: true, doc: parsed.doc }
        : { where: found.where, kind: found.kind, ok: false, error: parsed.error };
}

/** Parses every found document, dropping those that are unknown. */
export function readDocuments(found: FoundDocument[]): ReadDocument[] {
    const out: ReadDocument[] = [];
    for (const item of found) {
        const read = readDocument(item);
        if (read) {
            out.push(read);
        }
    }
    return out;
}

/** `Statement[2] (Sid "AllowAll")`: how a message names a statement. */
export function statementLabel(index: number, sid: string | undefined): string {
    return sid ? `Statement[${index}] (Sid ${JSON.stringify(sid)})` : `Statement[${index}]`;
}

/**
 * Visits every statement of every readable identity document of a resource, with
 * where it is (`policy`, `inlinePolicies[0].policy`, …). Unreadable documents are
 * skipped: `iam-no-admin-wildcard` reports them.
 */
export function forEachIdentityStatement(
    type: string,
    props: Props,
    visit: (statement: ParsedPolicyDocument["Statement"][number], index: number, where: string) => void,
): void {
    for (const read of readDocuments(identityDocuments(type, props))) {
        if (read.ok) {
            read.doc.Statement.forEach((statement, index) => visit(statement, index, read.where));
        }
    }
}

import { decodeBase64Text, findAwsKeys } from "../../components/documents/inspect";
import type { JsonValue } from "../harness/types";

/**
 * Masks every AWS key the shared key detector recognises, in any text a report
 * prints: access key ids keep their first four and last four characters
 * (`AKIA************MPLE`) and secret access keys their first and last two, as
 * the detector masks them. A base64 value that decodes to text holding a key is
 * replaced whole. Every report format is built from masked values only.
 */
export function maskText(text: string, propertyName = ""): string {
    const findings = findAwsKeys(text, propertyName);
    if (findings.length === 0) {
        const decoded = text.length >= 24 ? decodeBase64Text(text) : undefined;
        return decoded !== undefined && findAwsKeys(decoded).length > 0 ? "[base64 text holding an AWS key]" : text;
    }
    let out = "";
    let at = 0;
    for (const finding of findings) {
        if (finding.index < at) {
            continue;
        }
        // The detector's masked form has the length of the key it masks.
        out += text.slice(at, finding.index) + finding.masked;
        at = finding.index + finding.masked.length;
    }
    return out + text.slice(at);
}

/** Masks keys in a JSON value: in every string, and in object keys (a key id used as a tag key), with each property's name as context. */
export function maskValue(value: JsonValue, propertyName = ""): JsonValue {
    if (typeof value === "string") {
        return maskText(value, propertyName);
    }
    if (Array.isArray(value)) {
        return value.map((item) => maskValue(item, propertyName));
    }
    if (value === null || typeof value !== "object") {
        return value;
    }
    const out: { [key: string]: JsonValue } = {};
    for (const [key, inner] of Object.entries(value)) {
        out[maskText(key)] = maskValue(inner, key);
    }
    return out;
}

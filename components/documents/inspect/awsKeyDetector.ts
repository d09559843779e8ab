import { gunzipSync } from "zlib";

/**
 * Finds AWS access keys in text, precisely enough to be mandatory.
 *
 * - **Access key ids** are unmistakable: a four-letter prefix AWS gives access
 *   key ids (`AKIA` long-term, `ASIA` temporary, `ABIA` STS service bearer
 *   token, `ACCA` context-specific credential) and 16 upper-case letters or
 *   digits, not inside a longer word. Placeholders such as
 *   `AKIA` followed by sixteen `X` or sixteen `0` are not keys: the 16
 *   characters of a real id are random, so an id whose characters carry less
 *   than {@link MIN_ID_ENTROPY} bits each is skipped.
 * - **Secret access keys** are 40 random base64 characters, which alone look
 *   like many harmless things (hashes, ids, paths). A 40-character token counts
 *   only with context: a key-ish name nearby (`aws_secret_access_key = ...`,
 *   `"SecretAccessKey": "..."`, `aws_access_key`, `aws_secret`, `secret: ...`,
 *   `{"name": "AWS_SECRET_ACCESS_KEY", "value": "..."}`), a property named like
 *   one, or an access key id nearby. The token must mix upper- and lower-case
 *   letters with digits or `+`/`/`, as random base64 does and hex digests (git
 *   SHAs, SHA-1) do not, must carry enough entropy (not `aaaa...A1`), and must
 *   stand alone (a longer base64 run, or one followed by `=` padding, is a blob,
 *   not a key).
 *
 * Every scan is linear in the text: the regular expressions have bounded
 * repeats and never backtrack across the input, and the context checks read a
 * fixed window around each candidate. AWS's documentation examples
 * (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) are found,
 * on purpose: copying them into code is practice for copying real ones.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids — unique ID prefixes: ABIA (AWS STS service bearer token), ACCA (context-specific credential), AKIA (access key), ASIA (temporary AWS STS access key id), among others
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html — an access key is an access key id (like AKIAIOSFODNN7EXAMPLE) and a secret access key (like wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
 * @awsfact https://docs.aws.amazon.com/STS/latest/APIReference/API_AccessKey.html — an AccessKeyId is 16 to 128 characters of \w; the secret access key is a string returned once
 */

/** What kind of credential was found. */
export type KeyKind = "access key id" | "secret access key";

/** One finding in a text. */
export interface KeyFinding {
    /** Access key id or secret access key. */
    kind: KeyKind;
    /** Where in the text it starts. */
    index: number;
    /** A masked form for messages: never the secret itself. */
    masked: string;
}

/** The prefixes AWS gives access key ids. */
export const ACCESS_KEY_ID_PREFIXES: readonly string[] = Object.freeze(["AKIA", "ASIA", "ABIA", "ACCA"]);
const ACCESS_KEY_ID = new RegExp(`(?:${ACCESS_KEY_ID_PREFIXES.join("|")})[A-Z0-9]{16}`, "g");
const BASE64_RUN = /[A-Za-z0-9+/]{40,}/g;
/**
 * Names a secret access key goes by: `aws_secret_access_key`, `SecretAccessKey`,
 * `secret_key`, `aws_secret`, `aws_access_key` / `awsKey` (but not `..._id`),
 * and a bare `secret` being assigned (`secret: ...`, `"secret" = ...`).
 */
const KEYISH_NAME =
    /(?:aws[\W_]{0,2})?secret[\W_]{0,2}(?:access[\W_]{0,2})?key|aws[\W_]{0,2}secret|aws[\W_]{0,2}(?:access[\W_]{0,2})?key(?![\W_]{0,2}id)|\bsecret["']?\s{0,3}[:=]/i;
/** A property name that is only `secret` (in any case) also counts. */
const SECRET_PROPERTY = /^(?:aws[\W_]{0,2})?secret$/i;

/** Below this many bits per character, the 16 characters after an id's prefix are a placeholder. */
export const MIN_ID_ENTROPY = 2.5;
/** Below this many bits per character, a 40-character token is a placeholder, not a secret. */
export const MIN_SECRET_ENTROPY = 3;

/** Characters looked at before and after a candidate secret for a key-ish name. */
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 60;
/** Characters around a candidate secret in which an access key id counts as context. */
const ID_WINDOW = 200;

function isAlnum(char: string | undefined): boolean {
    return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/** Every access key id in the text, with its position. */
export function findAccessKeyIds(text: string): KeyFinding[] {
    const found: KeyFinding[] = [];
    ACCESS_KEY_ID.lastIndex = 0;
    for (let match = ACCESS_KEY_ID.exec(text); match !== null; match = ACCESS_KEY_ID.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (isAlnum(text[start - 1]) || isAlnum(text[end])) {
            ACCESS_KEY_ID.lastIndex = start + 1;
            continue;
        }
        if (shannonEntropy(match[0].slice(4)) < MIN_ID_ENTROPY) {
            continue;
        }
        found.push({ kind: "access key id", index: start, masked: `${match[0].slice(0, 4)}${"*".repeat(12)}${match[0].slice(16)}` });
    }
    return found;
}

/** Whether a sorted list of positions has one within `window` of `position` (binary search: no quadratic scans). */
function hasPositionNear(sorted: readonly number[], position: number, window: number): boolean {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < position - window) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low < sorted.length && sorted[low] <= position + window;
}

/** The Shannon entropy of a short string, in bits per character. */
export function shannonEntropy(text: string): number {
    const counts = new Map<string, number>();
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}

/** Whether a 40-character token has the character mix and the entropy of random base64. */
export function looksRandom(token: string): boolean {
    return /[A-Z]/.test(token) && /[a-z]/.test(token) && /[0-9+/]/.test(token) && shannonEntropy(token) >= MIN_SECRET_ENTROPY;
}

/** Whether a property name reads like it holds a secret access key. */
export function isKeyishName(name: string): boolean {
    return KEYISH_NAME.test(name) || SECRET_PROPERTY.test(name.trim());
}

/**
 * Every secret access key in the text. `propertyName` is the name of the
 * property holding the text, which counts as context when the text is the
 * token alone. `idPositions` are the access key ids already found in it.
 */
export function findSecretAccessKeys(text: string, propertyName = "", idPositions?: readonly number[]): KeyFinding[] {
    const ids = idPositions ?? findAccessKeyIds(text).map((f) => f.index);
    // A token counts only with context: with no access key id, no key-ish word
    // and no key-ish property name, nothing can qualify, so skip the scan.
    if (ids.length === 0 && !KEYISH_NAME.test(text) && !isKeyishName(propertyName)) {
        return [];
    }
    const found: KeyFinding[] = [];
    const wholeText = text.trim();
    BASE64_RUN.lastIndex = 0;
    for (let match = BASE64_RUN.exec(text); match !== null; match = BASE64_RUN.exec(text)) {
        const token = match[0];
        const start = match.index;
        const end = start + token.length;
        if (token.length !== 40 || text[end] === "=" || !looksRandom(token)) {
            continue;
        }
        const before = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
        const after = text.slice(end, end + WINDOW_AFTER);
        const named = KEYISH_NAME.test(before) || KEYISH_NAME.test(after) || (wholeText === token && isKeyishName(propertyName));
        const nearId = hasPositionNear(ids, start, ID_WINDOW);
        if (named || nearId) {
            found.push({ kind: "secret access key", index: start, masked: `${token.slice(0, 2)}${"*".repeat(36)}${token.slice(38)}` });
        }
    }
    return found;
}

/** Both kinds, in order of position. */
export function findAwsKeys(text: string, propertyName = ""): KeyFinding[] {
    const ids = findAccessKeyIds(text);
    const secrets = findSecretAccessKeys(text, propertyName, ids.map((f) => f.index));
    return secrets.length === 0 ? ids : [...ids, ...secrets].sort((a, b) => a.index - b.index);
}

/** The longest decoded text looked at: user data is at most 16 KB, launch templates 64 KB gzipped. */
const MAX_DECODED = 4 * 1024 * 1024;

/**
 * The text inside a base64 value (EC2 launch template `userData` must be
 * base64, and is often gzip-compressed cloud-init), or undefined when the value
 * is not base64 of mostly printable text. Decodes one level only.
 */
export function decodeBase64Text(value: string): string | undefined {
    // Most strings are plainly not base64: reject them before copying them.
    if (!/^[A-Za-z0-9+/=\s]*$/.test(value.slice(0, 256))) {
        return undefined;
    }
    const compact = value.replace(/\s+/g, "");
    if (compact.length < 24 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
        return undefined;
    }
    let bytes = Buffer.from(compact, "base64");
    if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
            bytes = gunzipSync(bytes, { maxOutputLength: MAX_DECODED });
        } catch {
            return undefined;
        }
    }
    const text = bytes.toString("utf8");
    let printable = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if ((code >= 32 && code < 127) || code === 9 || code === 10 || code === 13 || code > 159) {
            printable++;
        }
    }
    return text.length > 0 && printable / text.length >= 0.9 ? text : undefined;
}

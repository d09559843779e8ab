/**
 * Decides whether a parameter name says it holds a secret. Names are split
 * into words (`/prod/db/masterPassword` → prod, db, master, password), and a
 * secret word counts unless a following word says the parameter holds
 * something *about* the secret rather than the secret itself
 * (`password-policy`, `secret-arn`, `token-ttl`, `kms-key-id`).
 */

/** Words that on their own name a secret. */
export const SECRET_WORDS: readonly string[] = [
    "password", "passwords", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "tokens",
    "credential", "credentials", "creds", "apikey", "apikeys", "privatekey", "secretkey", "accesskey",
];

/** `key` alone: a secret unless a word before it makes it an identifier ({@link NON_SECRET_KEY_PREFIXES}). */
const KEY_WORDS = new Set(["key", "keys"]);

/** Words before `key` that make it an identifier, not a secret (`kms-key`, `public-key`, `sort-key`). */
const NON_SECRET_KEY_PREFIXES = new Set([
    "public", "pub", "kms", "cmk", "partition", "sort", "hash", "primary", "cache", "idempotency", "object", "s3",
    "lookup", "foreign", "composite", "routing", "ssh", "host", "license", "product",
]);

/** Words after a secret word that mean the value is about the secret, not the secret. */
const KEY_QUALIFIERS = new Set([
    "id", "ids", "arn", "arns", "name", "names", "alias", "prefix", "suffix", "length", "size", "type", "spec", "usage",
    "policy", "ttl", "expiry", "expiration", "expires", "lifetime", "duration", "url", "uri", "endpoint", "path",
    "version", "rotation", "enabled", "required", "hint", "format", "regex", "pattern", "count", "age", "issuer",
    "audience", "header", "location", "ref", "reference", "fingerprint", "hash",
]);

/** Splits a name into lower-case words at separators, digits and camelCase humps. */
export function nameWords(name: string): string[] {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w !== "");
}

/** Joins adjacent words so that `api key` and `apikey` read the same. */
function compounds(words: string[]): { word: string; next?: string; previous?: string }[] {
    const out: { word: string; next?: string; previous?: string }[] = [];
    words.forEach((word, i) => {
        out.push({ word, previous: words[i - 1], next: words[i + 1] });
        if (i + 1 < words.length) {
            out.push({ word: word + words[i + 1], previous: words[i - 1], next: words[i + 2] });
        }
    });
    return out;
}

/**
 * The word that makes `name` look like a secret, or undefined. `extraWords`
 * adds organization-specific words (compared in lower case).
 */
export function secretWordIn(name: string, extraWords: readonly string[] = []): string | undefined {
    const secretWords = new Set([...SECRET_WORDS, ...extraWords.map((w) => w.toLowerCase())]);
    for (const { word, next, previous } of compounds(nameWords(name))) {
        if (next !== undefined && KEY_QUALIFIERS.has(next)) {
            continue;
        }
        if (secretWords.has(word)) {
            return word;
        }
        if (KEY_WORDS.has(word) && !(previous !== undefined && NON_SECRET_KEY_PREFIXES.has(previous))) {
            return word;
        }
    }
    return undefined;
}

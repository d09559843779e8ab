/**
 * The text rules of exemptions that the policy pack applies and the `check`
 * report reads back: URN patterns (`*` matches any run of characters) and
 * the exemption tag (`guardrails:exempt:<policy> = "<reason> until <date>"`).
 * Pure text, no Pulumi: the pack and the CLI both compile this file.
 */

/** Tag key prefix of an in-code exemption: `guardrails:exempt:<policy-name>`. */
export const EXEMPTION_TAG_PREFIX = "guardrails:exempt:";

const UNTIL = " until ";

/** The tag key that exempts a resource from `policy`. */
export function exemptionTagKey(policy: string): string {
    return EXEMPTION_TAG_PREFIX + policy;
}

/** Splits a tag value `"<reason> until <YYYY-MM-DD>"` at its last ` until ` (both parts trimmed, not yet checked), or undefined when it has none. */
export function splitTagExemption(value: string): { reason: string; expires: string } | undefined {
    const text = value.trim();
    const at = text.lastIndexOf(UNTIL);
    return at < 0 ? undefined : { reason: text.slice(0, at).trim(), expires: text.slice(at + UNTIL.length).trim() };
}

/**
 * Glob matching where `*` stands for any run of characters and nothing else is
 * special: URN patterns of exemptions, instance-type patterns in config. No
 * regular expression, so a hostile pattern or text cannot backtrack: each part
 * between stars is found once, left to right.
 */
export function globMatches(pattern: string, text: string): boolean {
    const parts = pattern.split("*");
    if (parts.length === 1) {
        return pattern === text;
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) {
        return false;
    }
    let position = first.length;
    const end = text.length - last.length;
    for (const part of parts.slice(1, -1)) {
        const found = text.indexOf(part, position);
        if (found < 0 || found + part.length > end) {
            return false;
        }
        position = found + part.length;
    }
    return true;
}

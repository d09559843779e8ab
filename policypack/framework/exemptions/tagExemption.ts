import { checkReasonAndDate, type ReasonAndDate } from "./reasonAndDate";

/** Tag key prefix of an in-code exemption: `guardrails:exempt:<policy-name>`. */
export const EXEMPTION_TAG_PREFIX = "guardrails:exempt:";

const UNTIL = " until ";

/** Parses a tag value `"<reason> until <YYYY-MM-DD>"` (the last ` until ` splits it). */
export function parseTagExemption(value: string): ReasonAndDate | { problem: string } {
    const text = value.trim();
    const at = text.lastIndexOf(UNTIL);
    if (at < 0) {
        return { problem: `value ${JSON.stringify(value.slice(0, 200))} must read "<reason> until <YYYY-MM-DD>"` };
    }
    return checkReasonAndDate(text.slice(0, at), text.slice(at + UNTIL.length).trim());
}

/** The tag key that exempts a resource from `policy`. */
export function exemptionTagKey(policy: string): string {
    return EXEMPTION_TAG_PREFIX + policy;
}

/** What is wrong with each exemption tag among `tags`, as messages; empty when all are well formed. */
export function tagExemptionProblems(tags: Readonly<Record<string, string>>): string[] {
    const problems: string[] = [];
    for (const [key, value] of Object.entries(tags)) {
        if (!key.startsWith(EXEMPTION_TAG_PREFIX)) {
            continue;
        }
        if (key.length === EXEMPTION_TAG_PREFIX.length) {
            problems.push(`tag "${key}" names no policy; use ${EXEMPTION_TAG_PREFIX}<policy-name>`);
            continue;
        }
        const result = parseTagExemption(value);
        if ("problem" in result) {
            problems.push(`exemption tag "${key}": ${result.problem}`);
        }
    }
    return problems;
}

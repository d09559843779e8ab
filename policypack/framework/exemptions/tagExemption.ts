import { checkReasonAndDate, type ReasonAndDate } from "./reasonAndDate";
import { EXEMPTION_TAG_PREFIX, exemptionTagKey, splitTagExemption } from "../../../components/documents/findings/exemptionText";

export { EXEMPTION_TAG_PREFIX, exemptionTagKey };

/** Parses a tag value `"<reason> until <YYYY-MM-DD>"` (the last ` until ` splits it). */
export function parseTagExemption(value: string): ReasonAndDate | { problem: string } {
    const split = splitTagExemption(value);
    if (!split) {
        return { problem: `value ${JSON.stringify(value.slice(0, 200))} must read "<reason> until <YYYY-MM-DD>"` };
    }
    return checkReasonAndDate(split.reason, split.expires);
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

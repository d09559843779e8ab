import { AS_OF_KEY, AS_OF_SCHEMA, judgedDay } from "../framework/exemptions/dates";
import { EXEMPTION_TAG_PREFIX, parseTagExemption, tagExemptionProblems } from "../framework/exemptions/tagExemption";
import { daysFrom, MAX_EXEMPTION_DAYS_KEY, MAX_EXEMPTION_DAYS_SCHEMA, maxExemptionDays } from "../framework/exemptions/tagRules";
import { resourcePolicy } from "../framework/guardrailPolicy";

/** Config of {@link guardrailsExemptions}. */
export interface GuardrailsExemptionsConfig {
    /** The longest a tag exemption may run, in days from today. */
    maxExemptionDays?: number;
    /** Judge lifetimes as of this day (YYYY-MM-DD) instead of today. */
    asOf?: string;
}

/** Tag exemptions whose expiry is further away than `maxDays`: each is a finding, in the same words every time. */
function overlongTags(tags: Readonly<Record<string, string>>, maxDays: number, today: string): string[] {
    const found: string[] = [];
    for (const [key, value] of Object.entries(tags)) {
        const parsed = key.startsWith(EXEMPTION_TAG_PREFIX) ? parseTagExemption(value) : undefined;
        if (parsed === undefined || !("reason" in parsed)) {
            continue;
        }
        const days = daysFrom(today, parsed.expires);
        if (days > maxDays) {
            found.push(`exemption tag "${key}" runs until ${parsed.expires}, ${days.toLocaleString("en-US")} days from today; a tag exemption may run at most ${maxDays} days (maxExemptionDays): set an earlier date and renew it, or ask for a pack config exemption`);
        }
    }
    return found;
}

/**
 * Reports malformed exemption tags, so that a typo never silently hides or
 * un-hides a finding, and tag exemptions that run longer than
 * `maxExemptionDays` (default 365) from today, so that no exemption written in
 * the code lasts forever. It only reports: exemptions apply whether or not this
 * policy is enabled, because each policy reads its own exemptions.
 */
export const guardrailsExemptions = resourcePolicy<GuardrailsExemptionsConfig>({
    name: "guardrails-exemptions",
    area: "exemptions",
    description: "Exemption tags must carry a reason of at least 10 characters and an expiry date at most maxExemptionDays (365) away; malformed or overlong exemptions are violations.",
    severity: "medium",
    enforcementLevel: "mandatory",
    remediationSteps: `Write tag exemptions as \`${EXEMPTION_TAG_PREFIX}<policy-name> = "<reason of 10+ characters> until <YYYY-MM-DD>"\`, with a date at most maxExemptionDays (365) away; critical policies take no tag exemptions unless their config sets allowTagExemptions. Write config exemptions under the exempted policy's own "exemptions" key as { "urnPattern": "...", "reason": "...", "expires": "YYYY-MM-DD" }.`,
    configSchema: { properties: { [MAX_EXEMPTION_DAYS_KEY]: MAX_EXEMPTION_DAYS_SCHEMA, [AS_OF_KEY]: AS_OF_SCHEMA } },
    types: "*",
    check: (resource, report, config) => {
        tagExemptionProblems(resource.tags).forEach(report);
        overlongTags(resource.tags, maxExemptionDays(config), judgedDay(config)).forEach(report);
    },
});

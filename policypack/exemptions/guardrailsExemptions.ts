import { EXEMPTION_TAG_PREFIX, exemptions, isIsoDate, parseConfigExemption, parseTagExemption } from "../lib/exemptions";
import { resourcePolicy } from "../lib/guardrailPolicy";
import { tagsOf } from "../lib/props";

/** Config of {@link guardrailsExemptions}. */
export interface ExemptionsConfig {
    /** Exemptions by URN pattern: `{ policies, urnPattern, reason, expires }`. */
    exemptions?: unknown[];
    /** Judge expiry as of this date (YYYY-MM-DD) instead of today, for reproducible CI runs. */
    asOf?: string;
}

/**
 * Loads config exemptions for every other policy (it runs first in each
 * `Analyze`), and reports malformed exemptions, in tags or in config, so that a
 * typo never silently hides or un-hides a finding.
 */
export const guardrailsExemptions = resourcePolicy<ExemptionsConfig>({
    name: "guardrails-exemptions",
    area: "exemptions",
    description: "Exemptions must carry a reason of at least 10 characters and an expiry date; malformed exemptions are violations.",
    severity: "medium",
    enforcementLevel: "mandatory",
    remediationSteps: `Write tag exemptions as \`${EXEMPTION_TAG_PREFIX}<policy-name> = "<reason of 10+ characters> until <YYYY-MM-DD>"\`, and config exemptions as { "policies": [...], "urnPattern": "...", "reason": "...", "expires": "YYYY-MM-DD" } under this policy's "exemptions" key.`,
    configSchema: {
        properties: {
            exemptions: {
                type: "array",
                default: [],
                items: {
                    type: "object",
                    properties: {
                        policies: { type: "array", items: { type: "string" }, minItems: 1 },
                        urnPattern: { type: "string", minLength: 1 },
                        reason: { type: "string", minLength: 10 },
                        expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
                    },
                    required: ["policies", "urnPattern", "reason", "expires"],
                },
            },
            asOf: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
        },
    },
    types: "*",
    check: (resource, report, config) => {
        const parsed = (Array.isArray(config.exemptions) ? config.exemptions : []).map((e, i) => parseConfigExemption(e, i));
        exemptions.configExemptions = parsed.filter((p): p is Exclude<typeof p, { problem: string }> => !("problem" in p));
        exemptions.asOf = typeof config.asOf === "string" && isIsoDate(config.asOf) ? config.asOf : undefined;
        for (const p of parsed) {
            if ("problem" in p && resource.type === "pulumi:pulumi:Stack") {
                report(`${p.source}: ${p.problem}`);
            }
        }
        for (const [key, value] of Object.entries(tagsOf(resource.props))) {
            if (!key.startsWith(EXEMPTION_TAG_PREFIX)) {
                continue;
            }
            if (key.length === EXEMPTION_TAG_PREFIX.length) {
                report(`tag "${key}" names no policy; use ${EXEMPTION_TAG_PREFIX}<policy-name>`);
                continue;
            }
            const result = parseTagExemption(value);
            if ("problem" in result) {
                report(`exemption tag "${key}": ${result.problem}`);
            }
        }
    },
});

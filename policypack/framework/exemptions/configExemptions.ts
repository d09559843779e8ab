import type { PolicyConfigSchema } from "@pulumi/policy";
import { checkReasonAndDate, MIN_REASON_LENGTH, type ReasonAndDate } from "./reasonAndDate";

/** The config key, in every exemptable policy's own config, that lists its exemptions. */
export const CONFIG_EXEMPTIONS_KEY = "exemptions";

/** The JSON schema of that list, added to each exemptable policy's `configSchema`. */
export const CONFIG_EXEMPTIONS_SCHEMA: PolicyConfigSchema["properties"][string] = {
    type: "array",
    default: [],
    description: "Resources exempted from this policy: { urnPattern (`*` matches any run of characters), reason (10+ characters), expires (YYYY-MM-DD) }.",
    items: {
        type: "object",
        properties: {
            urnPattern: { type: "string", minLength: 1 },
            reason: { type: "string", minLength: MIN_REASON_LENGTH },
            expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
        },
        required: ["urnPattern", "reason", "expires"],
    },
};

/** One exemption from a policy's config: which URNs, why and until when. */
export interface ConfigExemption extends ReasonAndDate {
    /** A URN glob: `*` matches any run of characters. */
    urnPattern: string;
    /** Where it came from, for messages: `config exemptions[<index>]`. */
    source: string;
}

/** A config entry that is not a valid exemption, with what is wrong. */
export interface ConfigExemptionProblem {
    /** `config exemptions[<index>]`. */
    source: string;
    /** The URN pattern, when the entry has one, so the problem can be shown where it would have applied. */
    urnPattern?: string;
    /** What is wrong and what is expected. */
    problem: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validates one config entry. */
export function parseConfigExemption(entry: unknown, index: number): ConfigExemption | ConfigExemptionProblem {
    const source = `config ${CONFIG_EXEMPTIONS_KEY}[${index}]`;
    if (!isRecord(entry)) {
        return { source, problem: "must be an object with urnPattern, reason and expires" };
    }
    const urnPattern = typeof entry.urnPattern === "string" && entry.urnPattern.length > 0 ? entry.urnPattern : undefined;
    if (!urnPattern) {
        return { source, problem: `urnPattern must be a non-empty string; got ${JSON.stringify(entry.urnPattern)}` };
    }
    if (typeof entry.reason !== "string" || typeof entry.expires !== "string") {
        return { source, urnPattern, problem: "reason and expires must be strings" };
    }
    const checked = checkReasonAndDate(entry.reason, entry.expires);
    return "problem" in checked ? { source, urnPattern, problem: checked.problem } : { ...checked, urnPattern, source };
}

import type { PolicyConfigSchema, Severity } from "@pulumi/policy";
import { configBoolean, configNumber } from "../configReaders";

/**
 * The two limits on in-code (tag) exemptions, which the code under review
 * writes for itself:
 * - **lifetime**: a tag may exempt a finding for at most `maxExemptionDays`
 *   (default 365) from today; a later expiry is itself a violation, reported
 *   by `guardrails-exemptions`, whose config holds the limit;
 * - **critical policies**: a tag cannot exempt a finding of a critical policy
 *   (a plaintext key, an unfenced key, an admin wildcard...) unless that
 *   policy's config says `allowTagExemptions: true`. Only the pack config,
 *   which the platform team owns, exempts those by default.
 */

/** The config key, in each exemptable policy's config, that lets tags exempt its findings. */
export const ALLOW_TAG_EXEMPTIONS_KEY = "allowTagExemptions";

/** The config key, in `guardrails-exemptions`' config, of the longest tag exemption in days. */
export const MAX_EXEMPTION_DAYS_KEY = "maxExemptionDays";

/** The longest a tag exemption may run, in days from today, unless configured. */
export const DEFAULT_MAX_EXEMPTION_DAYS = 365;

/** Whether tags may exempt findings of a policy of this severity when its config does not say. */
export function tagExemptionsByDefault(severity: Severity): boolean {
    return severity !== "critical";
}

/** Whether a policy's config, or its severity's default, lets tags exempt its findings. */
export function tagExemptionsAccepted(config: unknown, severity: Severity): boolean {
    return configBoolean(config, ALLOW_TAG_EXEMPTIONS_KEY, tagExemptionsByDefault(severity));
}

/** The schema entry of {@link ALLOW_TAG_EXEMPTIONS_KEY}, with the severity's default. */
export function allowTagExemptionsSchema(severity: Severity): PolicyConfigSchema["properties"][string] {
    return {
        type: "boolean",
        default: tagExemptionsByDefault(severity),
        description: `Whether a ${"`guardrails:exempt:<policy>`"} tag on a resource may exempt its findings; critical policies accept exemptions from this config only unless set to true.`,
    };
}

/** The schema entry of {@link MAX_EXEMPTION_DAYS_KEY}. */
export const MAX_EXEMPTION_DAYS_SCHEMA: PolicyConfigSchema["properties"][string] = {
    type: "integer",
    minimum: 1,
    maximum: 3650,
    default: DEFAULT_MAX_EXEMPTION_DAYS,
    description: "The longest a tag exemption may run, in days from today; a later expiry is a violation.",
};

/** The configured longest tag exemption, in days. */
export function maxExemptionDays(config: unknown): number {
    const days = configNumber(config, MAX_EXEMPTION_DAYS_KEY, DEFAULT_MAX_EXEMPTION_DAYS);
    return Number.isInteger(days) && days >= 1 ? days : DEFAULT_MAX_EXEMPTION_DAYS;
}

/** Whole days from `today` to `expires` (both YYYY-MM-DD, UTC); negative when past. */
export function daysFrom(today: string, expires: string): number {
    return Math.round((Date.parse(`${expires}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

import { EXEMPTION_TAG_PREFIX, globMatches, splitTagExemption } from "../../components/documents/findings/exemptionText";
import { daysBetween, parseDay } from "../audit/dates";
import type { CapturedResource, Violation } from "../harness/types";
import { maskText } from "./redact";

/** How many days ahead an exemption counts as expiring soon. */
export const EXPIRING_WITHIN_DAYS = 30;

/** One exemption the stack or the pack config declares, and what became of it in this check. */
export interface ExemptionStatus {
    /** The exempted policy. */
    policy: string;
    /** Where it is written: the policy's config `exemptions` list, or a tag on a resource. */
    source: "config" | "tag";
    /** The URN pattern (config), or the URN of the tagged resource (tag). */
    target: string;
    /** Why. */
    reason: string;
    /** The last day it applies (YYYY-MM-DD). */
    expires: string;
    /** Days from today to its last day (negative once expired). */
    daysLeft: number;
    /** Findings of its policy on resources it names. */
    matched: number;
    /** Of those, the findings it exempted. */
    exempted: number;
    /** `active` (exempts findings), `stale` (matched nothing: it would silently hide a future finding), `expired` (its findings are reported again), `unused` (matched findings it did not exempt: another exemption did, or the policy refuses tag exemptions). */
    status: "active" | "stale" | "expired" | "unused";
    /** Active (or stale) and ending within {@link EXPIRING_WITHIN_DAYS} days. */
    expiringSoon: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function daysLeft(today: string, day: string): number {
    const [from, to] = [parseDay(today), parseDay(day)];
    return from && to ? daysBetween(from, to) : Number.NaN;
}

type Declared = Pick<ExemptionStatus, "policy" | "source" | "target" | "reason" | "expires"> & { covers: (urn: string) => boolean };

function fromConfig(rawPackConfig: Record<string, unknown>): Declared[] {
    const out: Declared[] = [];
    for (const [policy, entry] of Object.entries(rawPackConfig)) {
        const list = isRecord(entry) ? entry.exemptions : undefined;
        for (const item of Array.isArray(list) ? list : []) {
            if (isRecord(item) && typeof item.urnPattern === "string" && typeof item.reason === "string" && typeof item.expires === "string") {
                const pattern = item.urnPattern;
                out.push({ policy, source: "config", target: pattern, reason: item.reason.trim(), expires: item.expires, covers: (urn) => globMatches(pattern, urn) });
            }
        }
    }
    return out;
}

function fromTags(resources: readonly CapturedResource[]): Declared[] {
    const out: Declared[] = [];
    for (const resource of resources) {
        const tags = resource.analyzerInputs.tags;
        if (!isRecord(tags)) {
            continue;
        }
        for (const [key, value] of Object.entries(tags)) {
            const split = key.startsWith(EXEMPTION_TAG_PREFIX) && typeof value === "string" ? splitTagExemption(value) : undefined;
            if (split && key.length > EXEMPTION_TAG_PREFIX.length) {
                out.push({ policy: key.slice(EXEMPTION_TAG_PREFIX.length), source: "tag", target: resource.urn, ...split, covers: (urn) => urn === resource.urn });
            }
        }
    }
    return out;
}

/**
 * Every exemption the pack config and the resources' tags declare, with what
 * it did in this check: which findings of its policy it matched and exempted,
 * whether it is stale (matched nothing), expired, or expiring within 30 days
 * of `today`. Malformed ones are left to the pack, which reports them itself.
 */
export function exemptionInventory(rawPackConfig: Record<string, unknown>, resources: readonly CapturedResource[], violations: readonly Violation[], today: string): ExemptionStatus[] {
    return [...fromConfig(rawPackConfig), ...fromTags(resources)].map(({ covers, ...declared }) => {
        const findings = violations.filter((v) => v.policy === declared.policy && v.urn !== "" && covers(v.urn));
        const exempted = findings.filter((v) => v.exemption?.reason === declared.reason && v.exemption.expires === declared.expires).length;
        const left = daysLeft(today, declared.expires);
        const status = left < 0 ? "expired" : findings.length === 0 ? "stale" : exempted === 0 ? "unused" : "active";
        return {
            ...declared, target: maskText(declared.target), reason: maskText(declared.reason),
            daysLeft: left, matched: findings.length, exempted, status, expiringSoon: left >= 0 && left <= EXPIRING_WITHIN_DAYS,
        } satisfies ExemptionStatus;
    });
}

/** Where the exemption that covers an exempted finding is written, when the inventory knows it. */
export function exemptionSourceOf(inventory: readonly ExemptionStatus[], policy: string, exemption: { reason: string; expires: string }): "config" | "tag" | undefined {
    const reason = maskText(exemption.reason);
    return inventory.find((e) => e.policy === policy && e.exempted > 0 && e.reason === reason && e.expires === exemption.expires)?.source;
}

import type { PolicyMetadata } from "../harness";

/**
 * Facts about a policy read from its `GetAnalyzerInfo` metadata: the area and
 * CIS IDs live in its tags (`area:iam`, `cis-v7:2.14`, `cis-v5:1.15`).
 */

/** The order areas appear in the reference. */
export const AREA_ORDER = ["iam", "secrets", "compute", "network", "storage", "logging", "account", "regions", "tagging", "exemptions"];

/** The values of tags with a given prefix. */
function tagValues(policy: PolicyMetadata, prefix: string): string[] {
    return policy.tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
}

/** The policy's area, or "other". */
export function areaOf(policy: PolicyMetadata): string {
    return tagValues(policy, "area:")[0] ?? "other";
}

/** CIS v7.0.0 control IDs the policy checks. */
export function cisV7Of(policy: PolicyMetadata): string[] {
    return tagValues(policy, "cis-v7:");
}

/** CIS v5.0.0 control IDs the policy checks. */
export function cisV5Of(policy: PolicyMetadata): string[] {
    return tagValues(policy, "cis-v5:");
}

/** Policies sorted by area (in {@link AREA_ORDER}), then by name, so that output never depends on pack order. */
export function sortedPolicies(policies: PolicyMetadata[]): PolicyMetadata[] {
    const rank = (area: string) => (AREA_ORDER.includes(area) ? AREA_ORDER.indexOf(area) : AREA_ORDER.length);
    return [...policies].sort((a, b) => rank(areaOf(a)) - rank(areaOf(b)) || areaOf(a).localeCompare(areaOf(b)) || a.name.localeCompare(b.name));
}

/** Compares CIS IDs numerically part by part (2.9 before 2.10). */
export function compareCisIds(a: string, b: string): number {
    const left = a.split(".").map(Number);
    const right = b.split(".").map(Number);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
        const difference = (left[i] ?? -1) - (right[i] ?? -1);
        if (difference !== 0) {
            return difference;
        }
    }
    return 0;
}

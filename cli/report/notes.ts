import type { CheckReport } from "./model";

/** One sentence per thing the check could not see, with how to see it; shared by every format. */
export function coverageNotes(report: CheckReport): string[] {
    const notes: string[] = [];
    const { unansweredCalls, remoteComponents } = report.coverage;
    if (remoteComponents.length > 0) {
        notes.push(`${remoteComponents.length} multi-language component(s) registered remotely; their children exist only in a real preview and were not checked: ${remoteComponents.join(", ")}. ` +
            "To check them, run `pulumi preview --policy-pack` with this pack.");
    }
    if (unansweredCalls.length > 0) {
        notes.push(`${unansweredCalls.length} data source(s) had no faithful offline answer (typed stand-ins were used, so resources built from them were not seen as deployed): ` +
            `${unansweredCalls.map((c) => `${c.token} (${c.count}×)`).join(", ")}. To check them, run \`pulumi preview --policy-pack\` with this pack.`);
    }
    return notes;
}

/** One sentence per policy the pack config lowered or turned off. */
export function overrideNotes(report: CheckReport): string[] {
    return report.policyOverrides.map((o) => o.level === "disabled"
        ? `policy ${o.policy} is disabled by the policy-pack config (ships ${o.defaultLevel}); it checked nothing`
        : `policy ${o.policy} is lowered to ${o.level} by the policy-pack config (ships ${o.defaultLevel})`);
}

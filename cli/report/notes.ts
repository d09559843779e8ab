import type { CheckReport, ExemptionStatus } from "./model";

/** How reports name each kind of input. */
export const INPUT_NAMES: Record<CheckReport["input"]["kind"], string> = { program: "the program in", preview: "the preview", state: "the stack export" };

/** How many unreadable values a note names before it counts the rest. */
const MAX_LISTED = 10;

function unreadableNote(report: CheckReport): string | undefined {
    const { unreadable } = report.coverage;
    if (unreadable.length === 0) {
        return undefined;
    }
    const listed = unreadable.slice(0, MAX_LISTED).map((u) => (u.urn ? `${u.urn}: ${u.reason}` : u.reason));
    const more = unreadable.length > MAX_LISTED ? `; and ${unreadable.length - MAX_LISTED} more (all of them in --json)` : "";
    return `${unreadable.length} thing(s) in the ${report.input.kind === "preview" ? "preview" : "stack export"} could not be read by the pack: ${listed.join("; ")}${more}.`;
}

/** One sentence per thing the check could not see, with how to see it; shared by every format. */
export function coverageNotes(report: CheckReport): string[] {
    const notes: string[] = [];
    const { unansweredCalls, remoteComponents } = report.coverage;
    if (remoteComponents.length > 0) {
        notes.push(`${remoteComponents.length} multi-language component(s) registered remotely; their children exist only in a real preview and were not checked: ${remoteComponents.join(", ")}. ` +
            "To check them, run `pulumi preview --json --show-sames` and check its output with --preview-json.");
    }
    if (unansweredCalls.length > 0) {
        notes.push(`${unansweredCalls.length} data source(s) had no faithful offline answer (typed stand-ins were used, so resources built from them were not seen as deployed): ` +
            `${unansweredCalls.map((c) => `${c.token} (${c.count}×)`).join(", ")}. To check them, run \`pulumi preview --json --show-sames\` and check its output with --preview-json.`);
    }
    const unreadable = unreadableNote(report);
    if (unreadable) {
        notes.push(unreadable);
    }
    return notes;
}

/** One sentence per policy the pack config lowered or turned off. */
export function overrideNotes(report: CheckReport): string[] {
    return report.policyOverrides.map((o) => o.level === "disabled"
        ? `policy ${o.policy} is disabled by the policy-pack config (ships ${o.defaultLevel}); it checked nothing`
        : `policy ${o.policy} is lowered to ${o.level} by the policy-pack config (ships ${o.defaultLevel})`);
}

/** Where an exemption is written, for a sentence. */
export function exemptionPlace(e: ExemptionStatus): string {
    return e.source === "config" ? `the ${e.policy} config exemption for ${e.target}` : `the tag exemption from ${e.policy} on ${e.target}`;
}

/** One sentence per exemption that needs attention: stale (matched nothing), expiring within 30 days, expired, or unused. */
export function exemptionNotes(report: CheckReport): string[] {
    const notes: string[] = [];
    for (const e of report.exemptions) {
        const place = exemptionPlace(e);
        if (e.status === "stale") {
            notes.push(`${place} matched no finding (stale): remove it, or it will hide a future finding without anyone deciding to (until ${e.expires})`);
        } else if (e.status === "expired") {
            notes.push(`${place} expired on ${e.expires}${e.matched > 0 ? `; its ${e.matched} finding(s) are reported again` : " and matched no finding: remove it"}`);
        } else if (e.status === "unused") {
            notes.push(`${place} matched ${e.matched} finding(s) but exempted none (another exemption covered them, or the policy accepts no tag exemptions)`);
        }
        if (e.expiringSoon) {
            notes.push(`${place} expires in ${e.daysLeft} day(s), on ${e.expires} (reason: ${e.reason})`);
        }
    }
    return notes;
}

/** What the state-reading policies had to read, for the report. */
export function stateNotes(report: CheckReport): string[] {
    return report.stateReads.map((s) => {
        if (!s.read) {
            return `policy ${s.policy} had no state to read (${s.reason ?? `no ${s.reads}`}); check a stack export with --state to judge it`;
        }
        return report.input.kind === "program"
            ? `policy ${s.policy} read ${s.reads} as the mocks made it (the time of this run), not as deployed; check a stack export with --state to judge deployed state`
            : `policy ${s.policy} read ${s.reads} from the ${report.input.kind === "state" ? "stack export" : "preview"}, judged as of ${report.today}`;
    });
}

import type { ActivitySummary, Tally } from "./activity";
import type { Containment, StepOutcome } from "./containment";
import type { ExposedKey } from "./events";

/**
 * The message a human reads: what was reported, what the responder did, what
 * the key did in the last hours, and every error. Part of the Lambda
 * function's code.
 */

/** The outcome for one key: containment, activity, and the errors of either. */
export interface KeyReport {
    /** The key. */
    key: ExposedKey;
    /** What containment did, unless it failed. */
    containment?: Containment;
    /** The key's recent activity, unless the lookup failed. */
    activity?: ActivitySummary;
    /** Errors, each with the step it came from. */
    errors: string[];
}

// @awsfact https://docs.aws.amazon.com/sns/latest/api/API_Publish.html — an SNS message Subject is at most 100 characters
/** SNS subjects are at most 100 characters (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html). */
const SUBJECT_LIMIT = 100;

const STEP_TEXT: Record<StepOutcome, string> = {
    done: "done",
    already: "already done before (nothing changed)",
    would: "DRY RUN: would be done",
    skipped: "not done",
};

function tallyText(tally: Tally): string {
    return tally.length === 0 ? "none" : tally.map(([name, count]) => `${name} (${count})`).join(", ");
}

function keyLines(report: KeyReport, lookbackHours: number): string[] {
    const { key, containment, activity } = report;
    const lines = [`Access key ${key.accessKeyId}, reported by ${key.reportedBy} (${key.reference})`];
    if (containment) {
        lines.push(`  User: ${containment.userName ?? "unknown"}${containment.statusBefore ? `; key status before: ${containment.statusBefore}` : ""}`);
        if (containment.reportOnly) {
            lines.push(`  Reported only: ${containment.reportOnly}`);
        } else {
            lines.push(`  Deactivate the key: ${STEP_TEXT[containment.deactivate]}`);
            lines.push(`  Attach the deny-all quarantine policy to the user: ${STEP_TEXT[containment.quarantine]}`);
        }
    }
    if (activity) {
        lines.push(`  CloudTrail, last ${lookbackHours} h: ${activity.total} event(s)${activity.first ? ` from ${activity.first} to ${activity.last}` : ""}`);
        lines.push(`    Services: ${tallyText(activity.services)}`);
        lines.push(`    Regions: ${tallyText(activity.regions)}`);
        lines.push(`    Source IPs: ${tallyText(activity.sourceIps)}`);
        lines.push(`    Top actions: ${tallyText(activity.actions)}`);
        if (activity.truncatedRegions.length > 0) lines.push(`    More events than read in: ${activity.truncatedRegions.join(", ")} (counts there are a minimum)`);
        for (const failed of activity.failedRegions) lines.push(`    NOT READ: ${failed.region}: ${failed.error}`);
    }
    for (const error of report.errors) lines.push(`  ERROR: ${error}`);
    return lines;
}

/** Whether the run needs a human beyond reading: an error, or a region not read. */
export function hasErrors(reports: readonly KeyReport[]): boolean {
    return reports.some((report) => report.errors.length > 0 || (report.activity?.failedRegions.length ?? 0) > 0);
}

/** The subject and body of the alert. */
export function formatReport(reports: readonly KeyReport[], options: { dryRun: boolean; lookbackHours: number; account?: string }): { subject: string; message: string } {
    const keys = reports.map((report) => report.key.accessKeyId).join(", ");
    const prefix = hasErrors(reports) ? "ERROR in leaked-key response" : options.dryRun ? "DRY RUN leaked-key response" : "Leaked key contained";
    const subject = `${prefix}: ${keys}`.slice(0, SUBJECT_LIMIT);
    const message = [
        `aws-guardrails LeakedKeyResponder${options.account ? `, account ${options.account}` : ""}${options.dryRun ? " (dry run: nothing was changed)" : ""}`,
        "",
        ...reports.flatMap((report) => [...keyLines(report, options.lookbackHours), ""]),
        "Next: find where the key leaked, rotate it for its consumers, then delete it; detach the quarantine policy only when the user is clean.",
    ].join("\n");
    return { subject, message };
}

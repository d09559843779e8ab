import { encodeExemptedFinding } from "../../components/documents/findings/exemptionCodec";
import type { ExemptionSet } from "./exemptions/exemptionSet";
import { ExemptedFindingsQueue } from "./exemptions/exemptedFindingsQueue";

/** The pack's one hand-off from policies to the `exempted-findings` reporters. */
export const exemptedFindingsQueue = new ExemptedFindingsQueue();

/** Where a finding comes from and where it goes. */
export interface FindingRoute {
    /** The policy that found it. */
    policy: string;
    /** The resource it is about ("" for the stack). */
    urn: string;
    /** The resource's tags, read only if an exemption lookup needs them. */
    tags: () => Readonly<Record<string, string>>;
    /** The policy's exemptions, parsed from its configuration. */
    exemptions: ExemptionSet;
    /** Whether the policy lets tags exempt its findings (its config, or its severity's default). */
    acceptTags: boolean;
    /** The date exemptions are judged against (YYYY-MM-DD). */
    today: string;
    /** The queue key for an exempted finding: the URN, or the stack key. */
    queueKey: string;
    /** Sends a finding to the engine. */
    send: (message: string) => void;
}

/**
 * Sends a finding to the engine, or queues it as exempted (shown at advisory
 * level by the reporters), or sends it with the expired exemption's date. A
 * malformed config exemption that would have covered the resource is named in
 * the message, so a typo never silently un-hides or hides a finding.
 */
export function deliverFinding(route: FindingRoute, message: string): void {
    const found = route.exemptions.lookup(route.policy, route.urn, route.tags, route.today, route.acceptTags);
    if (found.status === "active") {
        const encoded = encodeExemptedFinding({ policy: route.policy, expires: found.expires, reason: found.reason, message });
        exemptedFindingsQueue.add(route.queueKey, { message: encoded, urn: route.urn });
        return;
    }
    const notes: string[] = [];
    if (found.status === "expired") {
        notes.push(`the exemption ${JSON.stringify(found.reason)} from ${found.source} expired on ${found.expires}`);
    }
    if (found.refusedTag !== undefined) {
        notes.push(`the tag ${found.refusedTag} is not applied: ${route.policy} accepts exemptions from the policy pack config only (its allowTagExemptions is false)`);
    }
    for (const problem of route.exemptions.problemsFor(route.urn)) {
        notes.push(`${problem.source} is not applied: ${problem.problem}`);
    }
    route.send(notes.length === 0 ? message : `${message} (${notes.join("; ")})`);
}

/** The message that replaces a check's unexpected error: a finding, never a failed request. */
export function evaluationFailure(what: "resource" | "stack", err: unknown): string {
    const detail = err instanceof Error ? err.message : String(err);
    return `the policy could not evaluate this ${what} (${detail.slice(0, 300)}); treat it as unsafe until fixed`;
}

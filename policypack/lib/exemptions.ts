import { Props, tagsOf } from "./props";

/** Tag key prefix of an in-code exemption: `guardrails:exempt:<policy-name>`. */
export const EXEMPTION_TAG_PREFIX = "guardrails:exempt:";

/** The shortest reason an exemption may carry. */
export const MIN_REASON_LENGTH = 10;

/** An exemption from config: which policies, which URNs, why and until when. */
export interface ConfigExemption {
    /** Policy names, or ["*"] for every policy. */
    policies: string[];
    /** A URN glob: `*` matches any run of characters. */
    urnPattern: string;
    /** Why the finding is accepted; at least 10 characters. */
    reason: string;
    /** The last day (YYYY-MM-DD, UTC) the exemption applies. */
    expires: string;
}

/** The outcome of looking up an exemption for a finding. */
export type ExemptionLookup =
    | { status: "none" }
    | { status: "active"; reason: string; expires: string; source: string }
    | { status: "expired"; reason: string; expires: string; source: string };

/** A malformed exemption, reported by the `guardrails-exemptions` policy. */
export interface ExemptionProblem {
    /** Where it came from: a tag key or a config entry. */
    source: string;
    /** What is wrong and what is expected. */
    problem: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TAG_VALUE = /^(.*\S)\s+until\s+(\d{4}-\d{2}-\d{2})$/s;

/** Whether a string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
    const m = DATE.exec(value);
    if (!m) {
        return false;
    }
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Parses a tag value `"<reason> until <YYYY-MM-DD>"`. */
export function parseTagExemption(value: string): { reason: string; expires: string } | { problem: string } {
    const m = TAG_VALUE.exec(value.trim());
    if (!m) {
        return { problem: `value ${JSON.stringify(value.slice(0, 200))} must read "<reason> until <YYYY-MM-DD>"` };
    }
    return checkReasonAndDate(m[1].trim(), m[2]);
}

function checkReasonAndDate(reason: string, expires: string): { reason: string; expires: string } | { problem: string } {
    if (reason.length < MIN_REASON_LENGTH) {
        return { problem: `reason ${JSON.stringify(reason)} is ${reason.length} characters; at least ${MIN_REASON_LENGTH} are required` };
    }
    if (reason.includes("]")) {
        return { problem: `reason ${JSON.stringify(reason)} must not contain "]"` };
    }
    if (!isIsoDate(expires)) {
        return { problem: `expiry ${JSON.stringify(expires)} is not a date in YYYY-MM-DD form` };
    }
    return { reason, expires };
}

/** Validates one config exemption entry, returning it typed or the problems found. */
export function parseConfigExemption(entry: unknown, index: number): ConfigExemption | ExemptionProblem {
    const source = `config exemptions[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
        return { source, problem: "must be an object with policies, urnPattern, reason and expires" };
    }
    const e = entry as Record<string, unknown>;
    const policies = e.policies;
    if (!Array.isArray(policies) || policies.length === 0 || !policies.every((p) => typeof p === "string" && p.length > 0)) {
        return { source, problem: `policies must be a non-empty list of policy names (or ["*"]); got ${JSON.stringify(policies)}` };
    }
    if (typeof e.urnPattern !== "string" || e.urnPattern.length === 0) {
        return { source, problem: `urnPattern must be a non-empty string; got ${JSON.stringify(e.urnPattern)}` };
    }
    if (typeof e.reason !== "string" || typeof e.expires !== "string") {
        return { source, problem: "reason and expires must be strings" };
    }
    const checked = checkReasonAndDate(e.reason.trim(), e.expires);
    if ("problem" in checked) {
        return { source, problem: checked.problem };
    }
    return { policies: policies as string[], urnPattern: e.urnPattern, reason: checked.reason, expires: checked.expires };
}

/** Whether a URN matches a glob where `*` stands for any run of characters. */
export function urnMatches(pattern: string, urn: string): boolean {
    const parts = pattern.split("*");
    if (parts.length === 1) {
        return pattern === urn;
    }
    if (!urn.startsWith(parts[0]) || !urn.endsWith(parts[parts.length - 1])) {
        return false;
    }
    let position = parts[0].length;
    const end = urn.length - parts[parts.length - 1].length;
    for (const part of parts.slice(1, -1)) {
        const found = urn.indexOf(part, position);
        if (found < 0 || found + part.length > end) {
            return false;
        }
        position = found + part.length;
    }
    return position <= end;
}

/** The finding-exemption state shared by every policy of the pack within one process. */
class ExemptionRegistry {
    /** Exemptions from the `guardrails-exemptions` policy config. */
    configExemptions: ConfigExemption[] = [];
    /** The date exemptions are judged against (YYYY-MM-DD); config may pin it for reproducible runs. */
    asOf: string | undefined;
    private readonly pending = new Map<string, { message: string; urn: string }[]>();
    private readonly listeners = new Map<string, (pending: boolean) => void>();

    /** Today's date in UTC, or the pinned one. */
    today(): string {
        return this.asOf ?? new Date().toISOString().slice(0, 10);
    }

    /** Finds the exemption, if any, that covers a finding of `policy` on the resource `urn` with `props`. */
    lookup(policy: string, urn: string, props: Props | undefined): ExemptionLookup {
        const candidates: { reason: string; expires: string; source: string }[] = [];
        if (props) {
            const tag = tagsOf(props)[EXEMPTION_TAG_PREFIX + policy];
            if (tag !== undefined) {
                const parsed = parseTagExemption(tag);
                if ("reason" in parsed) {
                    candidates.push({ ...parsed, source: `tag ${EXEMPTION_TAG_PREFIX}${policy}` });
                }
            }
        }
        this.configExemptions.forEach((e, i) => {
            if ((e.policies.includes(policy) || e.policies.includes("*")) && urnMatches(e.urnPattern, urn)) {
                candidates.push({ reason: e.reason, expires: e.expires, source: `config exemptions[${i}]` });
            }
        });
        if (candidates.length === 0) {
            return { status: "none" };
        }
        const today = this.today();
        const active = candidates.find((c) => c.expires >= today);
        if (active) {
            return { status: "active", ...active };
        }
        const latest = candidates.reduce((a, b) => (a.expires >= b.expires ? a : b));
        return { status: "expired", ...latest };
    }

    /** Records an exempted finding, to be shown by the `exempted-findings` policies. */
    recordExempted(key: string, message: string, urn: string): void {
        const list = this.pending.get(key) ?? [];
        list.push({ message, urn });
        this.pending.set(key, list);
        if (list.length === 1) {
            this.listeners.get(key)?.(true);
        }
    }

    /** Calls `listener` whenever the queue `key` turns non-empty (true) or is drained (false). */
    onPendingChange(key: string, listener: (pending: boolean) => void): void {
        this.listeners.set(key, listener);
    }

    /** Takes the exempted findings recorded under a key. */
    drain(key: string): { message: string; urn: string }[] {
        const list = this.pending.get(key) ?? [];
        this.pending.delete(key);
        if (list.length > 0) {
            this.listeners.get(key)?.(false);
        }
        return list;
    }
}

/** The process-wide exemption registry. */
export const exemptions = new ExemptionRegistry();

/** The queue key for stack-level exempted findings. */
export const STACK_QUEUE = "<stack>";

/** The message prefix of an exempted finding; the `check` reporter parses it. */
export function exemptedMessage(policy: string, expires: string, reason: string, message: string): string {
    return `[exempted ${policy} until ${expires}: ${reason}] ${message}`;
}

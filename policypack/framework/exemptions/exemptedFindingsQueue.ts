/** An exempted finding waiting for the `exempted-findings` reporters. */
export interface QueuedFinding {
    /** The encoded exempted finding (see the exemption codec). */
    message: string;
    /** The resource it is about, or "" for the stack. */
    urn: string;
}

/** The queue key of stack-level exempted findings. */
export const STACK_QUEUE_KEY = "<stack>";

/** More keys than any stack has resources; past it the oldest key is dropped, so a disabled reporter never grows memory. */
const MAX_KEYS = 100_000;

/**
 * A request hands its findings over within milliseconds; an older entry was
 * left by a request whose reporter was disabled, and must not surface in a
 * later request about the same resource.
 */
const MAX_AGE_MS = 30_000;

interface Entry {
    queuedAt: number;
    findings: QueuedFinding[];
}

/**
 * Hands exempted findings from the policy that found them to the reporter that
 * shows them at advisory level later in the same request (the policy server runs
 * a pack's policies in the order given, and the reporters come last). Keyed by
 * resource URN, or {@link STACK_QUEUE_KEY} for `AnalyzeStack`.
 */
export class ExemptedFindingsQueue {
    private readonly byKey = new Map<string, Entry>();

    constructor(private readonly now: () => number = Date.now) {}

    /** Queues a finding under `key`. */
    add(key: string, finding: QueuedFinding): void {
        const entry = this.byKey.get(key);
        if (entry && this.now() - entry.queuedAt <= MAX_AGE_MS) {
            entry.findings.push(finding);
            return;
        }
        this.byKey.delete(key);
        if (this.byKey.size >= MAX_KEYS) {
            const oldest = this.byKey.keys().next();
            if (!oldest.done) {
                this.byKey.delete(oldest.value);
            }
        }
        this.byKey.set(key, { queuedAt: this.now(), findings: [finding] });
    }

    /** Takes (and forgets) the findings queued under `key` by the current request. */
    take(key: string): QueuedFinding[] {
        const entry = this.byKey.get(key);
        this.byKey.delete(key);
        return entry && this.now() - entry.queuedAt <= MAX_AGE_MS ? entry.findings : [];
    }
}

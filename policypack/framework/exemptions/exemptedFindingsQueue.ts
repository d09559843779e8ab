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
 * Hands exempted findings from the policy that found them to the reporter that
 * shows them at advisory level later in the same request (the policy server runs
 * a pack's policies in the order given, and the reporters come last). Keyed by
 * resource URN, or {@link STACK_QUEUE_KEY} for `AnalyzeStack`.
 */
export class ExemptedFindingsQueue {
    private readonly byKey = new Map<string, QueuedFinding[]>();

    /** Queues a finding under `key`. */
    add(key: string, finding: QueuedFinding): void {
        const list = this.byKey.get(key);
        if (list) {
            list.push(finding);
            return;
        }
        if (this.byKey.size >= MAX_KEYS) {
            const oldest = this.byKey.keys().next();
            if (!oldest.done) {
                this.byKey.delete(oldest.value);
            }
        }
        this.byKey.set(key, [finding]);
    }

    /** Takes (and forgets) the findings queued under `key`. */
    take(key: string): QueuedFinding[] {
        const list = this.byKey.get(key) ?? [];
        this.byKey.delete(key);
        return list;
    }
}

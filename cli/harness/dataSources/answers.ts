/** What a data-source answer can read: the call's inputs and the region of the provider it went through. */
export interface CallContext {
    /** The invoke's arguments. */
    inputs: Record<string, unknown>;
    /** The region of the provider the call went through. */
    region: string;
}

/**
 * A data-source answer: plausible values laid over the result's typed empty
 * shape. `faithful: false` marks an answer that is only a stand-in (the check
 * then records the call as not faithfully answered).
 */
export interface Answer {
    /** Fields of the result. */
    values: Record<string, unknown>;
    /** False when the values are stand-ins the pack should not be trusted on. */
    faithful?: boolean;
}

/** Answers one data-source token. */
export type Answerer = (call: CallContext) => Answer;

/** A string input, or a fallback. */
export function text(inputs: Record<string, unknown>, key: string, fallback: string): string {
    const value = inputs[key];
    return typeof value === "string" && value.length > 0 ? value : fallback;
}

/** The values of a `filters: [{name, values}]` input with this name. */
export function filterValues(inputs: Record<string, unknown>, name: string): string[] {
    const filters = Array.isArray(inputs.filters) ? inputs.filters : [];
    for (const filter of filters) {
        if (typeof filter === "object" && filter !== null && (filter as Record<string, unknown>).name === name) {
            const values = (filter as Record<string, unknown>).values;
            return Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [];
        }
    }
    return [];
}

/**
 * Small text helpers for violation messages: bounded quoting and lists, so
 * that a hostile 1 MB value never turns into a 1 MB message.
 */

/** The longest quoted value a message carries. */
const MAX_QUOTE = 120;

/** A value as JSON, cut to {@link MAX_QUOTE} characters with an ellipsis. */
export function quote(value: string): string {
    const cut = value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value;
    return JSON.stringify(cut);
}

/** `"a", "b" and 3 more`: the first `limit` items, quoted, and how many were left out. */
export function quoteList(items: readonly string[], limit = 5): string {
    const shown = items.slice(0, limit).map(quote).join(", ");
    return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

/** `1 thing` / `2 things`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

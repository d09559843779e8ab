/**
 * Markdown helpers for the generated reference: table cells that cannot break
 * a table, and inline code that cannot break out of its backticks.
 */

/** Text safe inside a table cell: pipes escaped, line breaks folded. */
export function cell(text: string): string {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Inline code, with a fence long enough for backticks inside. */
export function code(text: string): string {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A Markdown table from a header row and body rows (cells already escaped). */
export function table(header: string[], rows: string[][]): string {
    const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
    for (const row of rows) {
        lines.push(`| ${row.join(" | ")} |`);
    }
    return lines.join("\n");
}

/** A link to a policy's section of policies.md (its heading is its name, so the anchor is the name). */
export function policyLink(name: string, fromCis = false): string {
    return `[${name}](${fromCis ? "policies.md" : ""}#${name})`;
}

/**
 * Glob matching where `*` stands for any run of characters and nothing else is
 * special: URN patterns of exemptions, instance-type patterns in config. No
 * regular expression, so a hostile pattern or text cannot backtrack: each part
 * between stars is found once, left to right.
 */
export function globMatches(pattern: string, text: string): boolean {
    const parts = pattern.split("*");
    if (parts.length === 1) {
        return pattern === text;
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) {
        return false;
    }
    let position = first.length;
    const end = text.length - last.length;
    for (const part of parts.slice(1, -1)) {
        const found = text.indexOf(part, position);
        if (found < 0 || found + part.length > end) {
            return false;
        }
        position = found + part.length;
    }
    return true;
}

/** Whether a URN matches a glob where `*` stands for any run of characters (and nothing else is special). */
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

/**
 * The two scans of the streaming JSON reader that run over most of a large
 * file: to the end of a string, and to the end of an element by bracket depth.
 * Each may stop at the end of a chunk and go on with the next; the state
 * carries what the next chunk must know.
 */

/** Whether the previous chunk ended on a backslash inside a string (so the next chunk's first character is escaped). */
export interface StringScan {
    escaped: boolean;
}

/** Where a scan of an element stands: bracket depth, and whether it is inside a string. */
export interface ElementScan extends StringScan {
    depth: number;
    inString: boolean;
}

const STRUCTURAL = /["{}[\]]/g;

/** The index of the quote that closes a string whose text starts at `i`, or -1 when the string runs past this chunk. */
export function closingQuote(text: string, i: number, scan: StringScan): number {
    let at = i;
    if (scan.escaped) {
        scan.escaped = false;
        at++;
    }
    // Each search runs forward once: escapes are skipped without looking for the quote again.
    let quote = text.indexOf("\"", at);
    let slash = text.indexOf("\\", at);
    while (slash >= 0 && (quote < 0 || slash < quote)) {
        if (slash + 1 >= text.length) {
            scan.escaped = true;
            return -1;
        }
        at = slash + 2;
        if (quote >= 0 && quote < at) {
            quote = text.indexOf("\"", at);
        }
        slash = text.indexOf("\\", at);
    }
    return quote;
}

/** The index just past the bracket that closes an element started earlier (depth counted from its opening bracket), or -1 when it runs past this chunk. */
export function elementEnd(text: string, i: number, scan: ElementScan): number {
    let at = i;
    while (at < text.length) {
        if (scan.inString) {
            const end = closingQuote(text, at, scan);
            if (end < 0) {
                return -1;
            }
            scan.inString = false;
            at = end + 1;
            continue;
        }
        STRUCTURAL.lastIndex = at;
        const match = STRUCTURAL.exec(text);
        if (!match) {
            return -1;
        }
        at = match.index + 1;
        const c = match[0];
        if (c === "\"") {
            scan.inString = true;
        } else if (c === "{" || c === "[") {
            scan.depth++;
        } else if (--scan.depth === 0) {
            return at;
        }
    }
    return -1;
}

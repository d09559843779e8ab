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

const BACKSLASH = 0x5c;

/** How many backslashes stand right before `end`, not counting any before `from`. */
function backslashesBefore(text: string, end: number, from: number): number {
    let run = 0;
    while (end - run - 1 >= from && text.charCodeAt(end - run - 1) === BACKSLASH) {
        run++;
    }
    return run;
}

/**
 * The index of the quote that closes a string whose text starts at `i`, or -1 when the string runs past this chunk.
 * A quote is escaped when an odd run of backslashes stands right before it; only that run is read, so each string
 * costs its own length, never the rest of the chunk.
 */
export function closingQuote(text: string, i: number, scan: StringScan): number {
    let at = i;
    if (scan.escaped) {
        if (at >= text.length) {
            return -1;
        }
        scan.escaped = false;
        at++;
    }
    for (;;) {
        const quote = text.indexOf("\"", at);
        const run = backslashesBefore(text, quote < 0 ? text.length : quote, at);
        if (quote < 0) {
            scan.escaped = run % 2 === 1;
            return -1;
        }
        if (run % 2 === 0) {
            return quote;
        }
        at = quote + 1;
    }
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

/**
 * A small RFC 4180 CSV reader: fields separated by commas, records by LF or
 * CRLF, fields optionally in double quotes (a quoted field may hold commas,
 * line breaks and `""` for one quote). A leading UTF-8 byte order mark and a
 * final line break are ignored; so are blank lines between records.
 *
 * Linear in the text: one pass, no backtracking.
 */

/** One record and the line it starts on (1-based), for error messages. */
export interface CsvRecord {
    /** The fields, unquoted. */
    fields: string[];
    /** The line the record starts on. */
    line: number;
}

/** A text that is not valid CSV; `line` is where the problem is. */
export class CsvSyntaxError extends Error {
    constructor(
        /** The 1-based line of the problem. */
        readonly line: number,
        /** What is wrong. */
        readonly problem: string,
    ) {
        super(`line ${line}: ${problem}`);
        this.name = "CsvSyntaxError";
    }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Reads every record of a CSV text. Throws {@link CsvSyntaxError} on an unclosed quote or text after a closing quote. */
export function parseCsv(input: string): CsvRecord[] {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const records: CsvRecord[] = [];
    let fields: string[] = [];
    let line = 1;
    let recordLine = 1;
    let i = 0;
    let atRecordStart = true;
    const endRecord = () => {
        records.push({ fields, line: recordLine });
        fields = [];
        atRecordStart = true;
    };
    while (i <= text.length) {
        if (atRecordStart) {
            // Blank lines between records carry nothing.
            if (i < text.length && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) {
                i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
                line++;
                continue;
            }
            if (i === text.length) {
                break;
            }
            recordLine = line;
            atRecordStart = false;
        }
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
            const start = line;
            let parts = "";
            let j = i + 1;
            for (;;) {
                const next = text.indexOf('"', j);
                if (next < 0) {
                    throw new CsvSyntaxError(start, "a quoted field is not closed (the file may be truncated)");
                }
                const chunk = text.slice(j, next);
                line += countLineBreaks(chunk);
                parts += chunk;
                if (text.charCodeAt(next + 1) === QUOTE) {
                    parts += '"';
                    j = next + 2;
                    continue;
                }
                i = next + 1;
                break;
            }
            value = parts;
            const after = text.charCodeAt(i);
            if (i < text.length && after !== COMMA && after !== LF && after !== CR) {
                throw new CsvSyntaxError(line, `unexpected ${JSON.stringify(text[i])} after a closing quote`);
            }
        } else {
            let j = i;
            while (j < text.length) {
                const code = text.charCodeAt(j);
                if (code === COMMA || code === LF || code === CR) {
                    break;
                }
                j++;
            }
            value = text.slice(i, j);
            i = j;
        }
        fields.push(value);
        const code = text.charCodeAt(i);
        if (code === COMMA) {
            i++;
            if (i === text.length) {
                fields.push("");
                endRecord();
                break;
            }
            continue;
        }
        endRecord();
        if (i >= text.length) {
            break;
        }
        i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
    }
    return records;
}

function countLineBreaks(text: string): number {
    let count = 0;
    for (let k = 0; k < text.length; k++) {
        const code = text.charCodeAt(k);
        if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) {
            count++;
        }
    }
    return count;
}

import { StringDecoder } from "string_decoder";
import { closingQuote, elementEnd, type ElementScan } from "./jsonScan";

/** Why a JSON document could not be read: malformed, cut short, or empty; with where. */
export class JsonStreamError extends Error {
    constructor(message: string, readonly kind: "syntax" | "truncated" | "empty") {
        super(message);
        this.name = "JsonStreamError";
    }
}

/** What a caller wants from a document: the elements of some arrays one by one, and its small values. */
export interface JsonStreamOptions {
    /** Paths (object keys joined by ".") of arrays whose elements are parsed one at a time and handed over. */
    streamed: readonly string[];
    /** Receives each element of a streamed array, parsed on its own, as soon as it is complete. */
    onElement(path: string, value: unknown): void;
    /** Receives every scalar outside the streamed arrays at most `scalarDepth` keys deep (default 2). */
    onScalar?(path: string, value: string | number | boolean | null): void;
    /** How deep `onScalar` reaches. */
    scalarDepth?: number;
    /** Receives each key of the top-level object as it is read (to tell formats apart early). */
    onTopKey?(key: string): void;
}

const enum Expect { Value, FirstKey, Key, Colon, CommaOrEnd, Done }
const enum Token { None, String, Literal, Capture }

/** An open object or array: its path, the key being read (objects), and how many values it holds so far. */
interface Frame { isArray: boolean; path: string; key: string; count: number }

const LITERAL_END = /[\s,\]}]/g;

/**
 * A streaming JSON reader for large stack files: it walks the document once,
 * keeps only the enclosing containers, parses each element of the chosen arrays
 * on its own (so a 50 MB export is never held whole, as text or as objects),
 * and checks the rest of the syntax as it goes. Errors say what was expected,
 * at which character and line.
 */
export class JsonStreamReader {
    private readonly streamed: Set<string>;
    private readonly scalarDepth: number;
    private readonly stack: Frame[] = [];
    private expect = Expect.Value;
    private token = Token.None;
    private pieces: string[] = [];
    private tokenPath = "";
    private tokenIsKey = false;
    private scan: ElementScan = { depth: 0, inString: false, escaped: false };
    private offset = 0;
    private lines = 1;
    private seenAnything = false;

    constructor(private readonly options: JsonStreamOptions) {
        this.streamed = new Set(options.streamed);
        this.scalarDepth = options.scalarDepth ?? 2;
    }

    /** Reads a whole stream of chunks (a file or stdin). */
    async readAll(source: AsyncIterable<Buffer | string>): Promise<void> {
        const decoder = new StringDecoder("utf8");
        for await (const chunk of source) {
            this.write(typeof chunk === "string" ? chunk : decoder.write(chunk));
        }
        this.write(decoder.end());
        this.end();
    }

    /** Feeds the next piece of text. */
    write(text: string): void {
        let i = 0;
        while (i < text.length) {
            i = this.token === Token.None ? this.structure(text, i) : this.continueToken(text, i);
        }
        this.offset += text.length;
        for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
            this.lines++;
        }
    }

    /** Ends the document: anything still open means the file was cut short. */
    end(): void {
        if (!this.seenAnything) {
            throw new JsonStreamError("it is empty (no JSON value at all)", "empty");
        }
        if (this.token === Token.Literal) {
            this.finishLiteral("", 0);
        }
        if (this.expect !== Expect.Done || this.token !== Token.None) {
            const innermost = this.stack[this.stack.length - 1];
            const open = innermost ? `${this.stack.length} unclosed bracket(s), the innermost ${innermost.isArray ? "an array" : "an object"}` : "an unfinished value";
            throw new JsonStreamError(`it ends after ${this.offset} characters with ${open}: the file is truncated`, "truncated");
        }
    }

    private fail(text: string, i: number, what: string): never {
        const line = this.lines + text.slice(0, Math.max(0, i)).split("\n").length - 1;
        const found = i >= 0 && i < text.length ? JSON.stringify(text.slice(i, i + 12)) : "the end";
        throw new JsonStreamError(`it is not valid JSON: expected ${what} at character ${this.offset + i + 1} (line ${line}), found ${found}`, "syntax");
    }

    /** The path of the value about to start: its container's path and key (or `[]` in an array). */
    private childPath(): string {
        const top = this.stack[this.stack.length - 1];
        const own = top?.isArray ? "[]" : top?.key ?? "";
        return top?.path ? `${top.path}.${own}` : own;
    }

    /** Outside any token: containers, separators and the start of a value. */
    private structure(text: string, i: number): number {
        const c = text[i];
        if (c === " " || c === "\n" || c === "\r" || c === "\t") {
            return i + 1;
        }
        this.seenAnything = true;
        switch (this.expect) {
            case Expect.Value:
                return this.startValue(text, i);
            case Expect.FirstKey:
            case Expect.Key:
                if (c === "}" && this.expect === Expect.FirstKey) {
                    return this.close(text, i, false);
                }
                if (c !== "\"") {
                    this.fail(text, i, "a property name in double quotes");
                }
                this.beginString(true, "");
                return i + 1;
            case Expect.Colon:
                this.expect = c === ":" ? Expect.Value : this.fail(text, i, "\":\"");
                return i + 1;
            case Expect.CommaOrEnd: {
                const top = this.stack[this.stack.length - 1];
                if (c === ",") {
                    this.expect = top.isArray ? Expect.Value : Expect.Key;
                    return i + 1;
                }
                if ((c === "]" && top.isArray) || (c === "}" && !top.isArray)) {
                    return this.close(text, i, top.isArray);
                }
                return this.fail(text, i, top.isArray ? "\",\" or \"]\"" : "\",\" or \"}\"");
            }
            default:
                return this.fail(text, i, "nothing more after the document");
        }
    }

    private startValue(text: string, i: number): number {
        const c = text[i];
        const path = this.childPath();
        const top = this.stack[this.stack.length - 1];
        if (c === "]" && top?.isArray) {
            return top.count === 0 ? this.close(text, i, true) : this.fail(text, i, "a value after \",\"");
        }
        if (top?.isArray && this.streamed.has(top.path)) {
            if (c !== "{" && c !== "[") {
                this.fail(text, i, `an object as an element of ${top.path}`);
            }
            this.token = Token.Capture;
            this.tokenPath = top.path;
            this.pieces = [];
            this.scan = { depth: 0, inString: false, escaped: false };
            return i;
        }
        if (c === "{" || c === "[") {
            this.stack.push({ isArray: c === "[", path, key: "", count: 0 });
            this.expect = c === "[" ? Expect.Value : Expect.FirstKey;
            return i + 1;
        }
        if (c === "\"") {
            this.beginString(false, path);
            return i + 1;
        }
        if (c === "-" || (c >= "0" && c <= "9") || c === "t" || c === "f" || c === "n") {
            this.token = Token.Literal;
            this.tokenPath = path;
            this.pieces = [];
            return i;
        }
        return this.fail(text, i, "a JSON value");
    }

    private close(text: string, i: number, isArray: boolean): number {
        const top = this.stack.pop();
        if (!top || top.isArray !== isArray) {
            this.fail(text, i, "a matching bracket");
        }
        this.valueDone();
        return i + 1;
    }

    private beginString(isKey: boolean, path: string): void {
        this.token = Token.String;
        this.tokenIsKey = isKey;
        this.tokenPath = path;
        this.pieces = [];
        this.scan.escaped = false;
    }

    private valueDone(): void {
        const top = this.stack[this.stack.length - 1];
        if (top) {
            top.count++;
        }
        this.expect = top ? Expect.CommaOrEnd : Expect.Done;
    }

    private scalarDone(value: string | number | boolean | null): void {
        const path = this.tokenPath;
        if (this.options.onScalar && path.split(".").length <= this.scalarDepth && !path.includes("[]")) {
            this.options.onScalar(path, value);
        }
        this.valueDone();
    }

    /** Inside a string, literal or captured element that may span chunks. */
    private continueToken(text: string, i: number): number {
        if (this.token === Token.String) {
            const end = closingQuote(text, i, this.scan);
            if (end < 0) {
                this.pieces.push(text.slice(i));
                return text.length;
            }
            this.pieces.push(text.slice(i, end));
            const raw = this.pieces.join("");
            this.pieces = [];
            this.token = Token.None;
            let value: string;
            try {
                value = JSON.parse(`"${raw}"`) as string;
            } catch {
                return this.fail(text, end, "a valid string escape");
            }
            if (this.tokenIsKey) {
                this.stack[this.stack.length - 1].key = value;
                this.expect = Expect.Colon;
                if (this.stack.length === 1) {
                    this.options.onTopKey?.(value);
                }
            } else {
                this.scalarDone(value);
            }
            return end + 1;
        }
        if (this.token === Token.Literal) {
            LITERAL_END.lastIndex = i;
            const match = LITERAL_END.exec(text);
            const end = match ? match.index : text.length;
            this.pieces.push(text.slice(i, end));
            if (!match) {
                return text.length;
            }
            this.finishLiteral(text, end);
            return end;
        }
        return this.capture(text, i);
    }

    private finishLiteral(text: string, end: number): void {
        const raw = this.pieces.join("");
        this.pieces = [];
        this.token = Token.None;
        let value: unknown;
        try {
            value = JSON.parse(raw);
        } catch {
            this.fail(text, end - raw.length, "a number, true, false or null");
        }
        this.scalarDone(value as number | boolean | null);
    }

    /** An element of a streamed array: found by bracket depth, then parsed alone. */
    private capture(text: string, i: number): number {
        const end = elementEnd(text, i, this.scan);
        if (end < 0) {
            this.pieces.push(text.slice(i));
            return text.length;
        }
        return this.emit(text, i, end);
    }

    private emit(text: string, from: number, to: number): number {
        this.pieces.push(text.slice(from, to));
        const raw = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
        this.pieces = [];
        this.token = Token.None;
        let value: unknown;
        try {
            value = JSON.parse(raw);
        } catch (err) {
            return this.fail(text, Math.max(from, to - 1), `a valid element of ${this.tokenPath} (${(err as Error).message})`);
        }
        this.options.onElement(this.tokenPath, value);
        this.valueDone();
        return to;
    }
}

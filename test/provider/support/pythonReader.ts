/**
 * A small reader of the Python that example programs are written in: imports,
 * assignments and expression statements at the top level, with literals,
 * lists, dicts, dotted names, calls with keyword arguments, subscripts and
 * `or`/`and`. Anything else (blocks, lambdas, operators) is refused with its
 * line, so an example stays simple enough to be checked against the schema.
 */

/** A Python expression, as far as the examples need. */
export type PyNode =
    | { kind: "string"; value: string; formatted: boolean }
    | { kind: "number"; value: number }
    | { kind: "constant"; value: boolean | null }
    | { kind: "name"; path: string[] }
    | { kind: "call"; callee: PyNode; args: PyNode[]; kwargs: Record<string, PyNode>; line: number }
    | { kind: "list"; items: PyNode[] }
    | { kind: "dict"; entries: [PyNode, PyNode][] }
    | { kind: "logical"; operator: "or" | "and"; left: PyNode; right: PyNode }
    | { kind: "subscript"; target: PyNode; index: PyNode };

/** One top-level statement: `target = value`, or a bare `value`. */
export interface PyStatement {
    /** The assigned name, if any. */
    target?: string;
    /** The expression. */
    value: PyNode;
    /** Its first line (1-based). */
    line: number;
}

/** A read program: module aliases and statements. */
export interface PyProgram {
    /** `import a.b as c` and `import a`: alias (or name) → module. */
    imports: Map<string, string>;
    /** The statements, in order. */
    statements: PyStatement[];
}

interface Token {
    type: "name" | "string" | "number" | "punct" | "newline" | "end";
    text: string;
    line: number;
    formatted?: boolean;
}

const PUNCT = /^(?:\*\*|==|!=|<=|>=|->|[()[\]{},:=.+\-*/%<>|&@~^])/;
const STRING_START = /^([rRbBfFuU]{0,2})("""|'''|"|')/;

function unescape(text: string, raw: boolean): string {
    if (raw) return text;
    return text.replace(/\\(["'\\nt])/g, (_, c: string) => ({ n: "\n", t: "\t" }[c] ?? c));
}

/** Splits source into tokens; newlines count only outside brackets. */
export function tokenize(source: string): Token[] {
    const tokens: Token[] = [];
    let line = 1;
    let depth = 0;
    let rest = source;
    const push = (token: Omit<Token, "line">) => tokens.push({ ...token, line });
    while (rest.length > 0) {
        const space = /^[ \t\r]+|^\\\n|^#[^\n]*/.exec(rest);
        if (space) {
            line += (space[0].match(/\n/g) ?? []).length;
            rest = rest.slice(space[0].length);
            continue;
        }
        if (rest[0] === "\n") {
            if (depth === 0 && tokens.length > 0 && tokens[tokens.length - 1].type !== "newline") push({ type: "newline", text: "\n" });
            line++;
            rest = rest.slice(1);
            continue;
        }
        const string = STRING_START.exec(rest);
        if (string) {
            const [opening, prefix, quote] = string;
            const end = rest.indexOf(quote, opening.length);
            let close = end;
            while (close > 0 && quote.length === 1 && rest[close - 1] === "\\") close = rest.indexOf(quote, close + 1);
            if (close < 0) throw new SyntaxError(`line ${line}: unterminated string`);
            const body = rest.slice(opening.length, close);
            push({ type: "string", text: unescape(body, /r/i.test(prefix)), formatted: /f/i.test(prefix) });
            line += (body.match(/\n/g) ?? []).length;
            rest = rest.slice(close + quote.length);
            continue;
        }
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) ?? /^\d[\d_]*(?:\.\d+)?/.exec(rest);
        if (word) {
            push({ type: /^\d/.test(word[0]) ? "number" : "name", text: word[0] });
            rest = rest.slice(word[0].length);
            continue;
        }
        const punct = PUNCT.exec(rest);
        if (!punct) throw new SyntaxError(`line ${line}: unexpected character ${JSON.stringify(rest[0])}`);
        if ("([{".includes(punct[0])) depth++;
        if (")]}".includes(punct[0])) depth--;
        push({ type: "punct", text: punct[0] });
        rest = rest.slice(punct[0].length);
    }
    if (tokens.length === 0 || tokens[tokens.length - 1].type !== "newline") push({ type: "newline", text: "\n" });
    push({ type: "end", text: "" });
    return tokens;
}

class Parser {
    private at = 0;

    constructor(private readonly tokens: Token[]) {}

    program(): PyProgram {
        const imports = new Map<string, string>();
        const statements: PyStatement[] = [];
        while (this.peek().type !== "end") {
            if (this.peek().type === "newline") {
                this.at++;
                continue;
            }
            const line = this.peek().line;
            if (this.peek().text === "import") {
                this.at++;
                const module = this.dotted().join(".");
                const alias = this.accept("as") ? this.expect("name").text : module;
                imports.set(alias, module);
            } else if (this.peek().type === "name" && this.tokens[this.at + 1].text === "=") {
                const target = this.expect("name").text;
                this.expect("punct", "=");
                statements.push({ target, value: this.expression(), line });
            } else {
                if (["from", "def", "class", "if", "for", "while", "with", "try", "lambda", "return"].includes(this.peek().text)) {
                    throw new SyntaxError(`line ${line}: "${this.peek().text}" is beyond what the example reader accepts; keep examples to imports, assignments and calls`);
                }
                statements.push({ value: this.expression(), line });
            }
            this.expect("newline");
        }
        return { imports, statements };
    }

    private peek(): Token {
        return this.tokens[this.at];
    }

    private accept(text: string): boolean {
        if (this.peek().text !== text) return false;
        this.at++;
        return true;
    }

    private expect(type: Token["type"], text?: string): Token {
        const token = this.peek();
        if (token.type !== type || (text !== undefined && token.text !== text)) {
            throw new SyntaxError(`line ${token.line}: expected ${text ?? type}, found ${JSON.stringify(token.text)}`);
        }
        this.at++;
        return token;
    }

    private dotted(): string[] {
        const path = [this.expect("name").text];
        while (this.accept(".")) path.push(this.expect("name").text);
        return path;
    }

    private expression(): PyNode {
        let left = this.postfix();
        while (this.peek().text === "or" || this.peek().text === "and") {
            const operator = this.expect("name").text as "or" | "and";
            left = { kind: "logical", operator, left, right: this.postfix() };
        }
        return left;
    }

    private postfix(): PyNode {
        let node = this.primary();
        for (;;) {
            if (this.accept(".")) {
                const name = this.expect("name").text;
                node = node.kind === "name" ? { kind: "name", path: [...node.path, name] } : { kind: "name", path: ["<expression>", name] };
            } else if (this.peek().text === "(") {
                node = this.call(node);
            } else if (this.accept("[")) {
                node = { kind: "subscript", target: node, index: this.expression() };
                this.expect("punct", "]");
            } else {
                return node;
            }
        }
    }

    private call(callee: PyNode): PyNode {
        const line = this.expect("punct", "(").line;
        const args: PyNode[] = [];
        const kwargs: Record<string, PyNode> = {};
        while (!this.accept(")")) {
            if (this.peek().type === "name" && this.tokens[this.at + 1].text === "=") {
                const key = this.expect("name").text;
                this.expect("punct", "=");
                if (key in kwargs) throw new SyntaxError(`line ${line}: keyword ${key} given twice`);
                kwargs[key] = this.expression();
            } else {
                args.push(this.expression());
            }
            if (!this.accept(",")) {
                this.expect("punct", ")");
                break;
            }
        }
        return { kind: "call", callee, args, kwargs, line };
    }

    private sequence<T>(close: string, item: () => T): T[] {
        const items: T[] = [];
        while (!this.accept(close)) {
            items.push(item());
            if (!this.accept(",")) {
                this.expect("punct", close);
                break;
            }
        }
        return items;
    }

    private primary(): PyNode {
        const token = this.peek();
        if (token.type === "string") {
            this.at++;
            let value = token.text;
            let formatted = token.formatted === true;
            while (this.peek().type === "string") {
                formatted ||= this.peek().formatted === true;
                value += this.peek().text;
                this.at++;
            }
            return { kind: "string", value, formatted };
        }
        if (token.type === "number") {
            this.at++;
            return { kind: "number", value: Number(token.text.replace(/_/g, "")) };
        }
        if (token.type === "name") {
            if (token.text === "True" || token.text === "False" || token.text === "None") {
                this.at++;
                return { kind: "constant", value: token.text === "None" ? null : token.text === "True" };
            }
            if (token.text === "lambda") throw new SyntaxError(`line ${token.line}: lambdas are beyond what the example reader accepts`);
            this.at++;
            return { kind: "name", path: [token.text] };
        }
        if (this.accept("[")) return { kind: "list", items: this.sequence("]", () => this.expression()) };
        if (this.accept("{")) {
            return {
                kind: "dict",
                entries: this.sequence("}", (): [PyNode, PyNode] => {
                    const key = this.expression();
                    this.expect("punct", ":");
                    return [key, this.expression()];
                }),
            };
        }
        if (this.accept("(")) {
            const inner = this.expression();
            this.expect("punct", ")");
            return inner;
        }
        throw new SyntaxError(`line ${token.line}: unexpected ${JSON.stringify(token.text)}`);
    }
}

/** Reads a Python program; throws a SyntaxError with the line for anything beyond the subset. */
export function readPython(source: string): PyProgram {
    return new Parser(tokenize(source)).program();
}

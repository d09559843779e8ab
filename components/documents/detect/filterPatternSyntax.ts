/**
 * A syntax check for CloudWatch Logs JSON metric filter patterns, as used by the
 * CIS alarms: `{ <clause> }` where clauses are `($.field OP value)`, joined by
 * `&&` and `||` and grouped with parentheses.
 *
 * Allowed comparisons (CloudWatch Logs "Filter pattern syntax for JSON log
 * events"): `=`, `!=`, `<`, `>`, `<=`, `>=` against a string (quoted or bare) or
 * a number, and `IS TRUE`, `IS FALSE`, `IS NULL`, `NOT EXISTS`. Anything else
 * (a `==`, a lone `!`, unbalanced braces or parentheses, an empty clause, a
 * dangling `&&`) is reported.
 * @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html — JSON filter patterns compare $.fields with =, !=, <, >, <=, >=, IS TRUE, IS FALSE, IS NULL and NOT EXISTS, joined with && and || in parentheses
 */

/** Comparison operators CloudWatch Logs supports in JSON filter patterns. */
export const FILTER_COMPARISON_OPERATORS: readonly string[] = Object.freeze(["=", "!=", "<", ">", "<=", ">="]);

type Token =
    | { kind: "(" | ")" | "&&" | "||" }
    | { kind: "field"; text: string }
    | { kind: "op"; text: string }
    | { kind: "value"; text: string }
    | { kind: "keyword"; text: string };

const FIELD = /^\$(\.[A-Za-z_][A-Za-z0-9_\-]*(\[\d+\])?)+/;
const BARE_VALUE = /^[A-Za-z0-9_.*\-:/@+]+/;
const KEYWORDS = ["IS TRUE", "IS FALSE", "IS NULL", "NOT EXISTS"];

function tokenize(body: string): Token[] | string {
    const tokens: Token[] = [];
    let i = 0;
    while (i < body.length) {
        const rest = body.slice(i);
        const ch = body[i];
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === "(" || ch === ")") {
            tokens.push({ kind: ch });
            i++;
            continue;
        }
        if (rest.startsWith("&&") || rest.startsWith("||")) {
            tokens.push({ kind: rest.slice(0, 2) as "&&" | "||" });
            i += 2;
            continue;
        }
        const field = FIELD.exec(rest);
        if (field) {
            tokens.push({ kind: "field", text: field[0] });
            i += field[0].length;
            continue;
        }
        const keyword = KEYWORDS.find((k) => rest.startsWith(k));
        if (keyword) {
            tokens.push({ kind: "keyword", text: keyword });
            i += keyword.length;
            continue;
        }
        const op = /^(==|!=|<=|>=|=|<|>|!)/.exec(rest);
        if (op) {
            if (op[0] === "==" || op[0] === "!") {
                return `unsupported operator "${op[0]}" at offset ${i}; allowed: ${FILTER_COMPARISON_OPERATORS.join(" ")}, IS TRUE, IS FALSE, IS NULL, NOT EXISTS, && and ||`;
            }
            tokens.push({ kind: "op", text: op[0] });
            i += op[0].length;
            continue;
        }
        if (ch === '"') {
            const end = body.indexOf('"', i + 1);
            if (end < 0) {
                return `unterminated string at offset ${i}`;
            }
            tokens.push({ kind: "value", text: body.slice(i, end + 1) });
            i = end + 1;
            continue;
        }
        const bare = BARE_VALUE.exec(rest);
        if (bare) {
            tokens.push({ kind: "value", text: bare[0] });
            i += bare[0].length;
            continue;
        }
        return `unexpected character ${JSON.stringify(ch)} at offset ${i}`;
    }
    return tokens;
}

/** Recursive-descent parser over the tokens: expr := term (("&&"|"||") term)*; term := "(" expr ")" | comparison. */
class Parser {
    private position = 0;
    constructor(private readonly tokens: Token[]) {}

    parse(): string | undefined {
        if (this.tokens.length === 0) {
            return "the pattern has no clause";
        }
        const problem = this.expression();
        if (problem) return problem;
        if (this.position < this.tokens.length) {
            return `unexpected ${this.describe(this.tokens[this.position])} after a complete expression`;
        }
        return undefined;
    }

    private describe(token: Token | undefined): string {
        if (!token) return "end of pattern";
        return "text" in token ? `${token.kind} ${JSON.stringify(token.text)}` : `"${token.kind}"`;
    }

    private expression(): string | undefined {
        const first = this.term();
        if (first) return first;
        while (this.peek()?.kind === "&&" || this.peek()?.kind === "||") {
            this.position++;
            const next = this.term();
            if (next) return next;
        }
        return undefined;
    }

    private term(): string | undefined {
        const token = this.peek();
        if (token?.kind === "(") {
            this.position++;
            if (this.peek()?.kind === ")") {
                return "empty clause \"()\"";
            }
            const inner = this.expression();
            if (inner) return inner;
            if (this.peek()?.kind !== ")") {
                return `expected ")" but found ${this.describe(this.peek())}`;
            }
            this.position++;
            return undefined;
        }
        return this.comparison();
    }

    private comparison(): string | undefined {
        const field = this.peek();
        if (field?.kind !== "field") {
            return `expected a $.field but found ${this.describe(field)}`;
        }
        this.position++;
        const next = this.peek();
        if (next?.kind === "keyword") {
            this.position++;
            return undefined;
        }
        if (next?.kind !== "op") {
            return `expected an operator after ${field.text} but found ${this.describe(next)}`;
        }
        this.position++;
        const value = this.peek();
        if (value?.kind !== "value") {
            return `expected a value after ${field.text} ${next.text} but found ${this.describe(value)}`;
        }
        if (next.text !== "=" && next.text !== "!=" && !/^-?\d+(\.\d+)?$/.test(value.text)) {
            return `${field.text} ${next.text} needs a number; got ${value.text}`;
        }
        this.position++;
        return undefined;
    }

    private peek(): Token | undefined {
        return this.tokens[this.position];
    }
}

/**
 * Returns the problems in a JSON metric filter pattern (empty when it is valid):
 * balanced braces and parentheses, only supported operators, no empty clauses.
 */
export function filterPatternProblems(pattern: string): string[] {
    const problems: string[] = [];
    let depth = 0;
    let inString = false;
    for (const ch of pattern) {
        if (ch === '"') inString = !inString;
        if (inString) continue;
        if (ch === "(") depth++;
        if (ch === ")") depth--;
        if (depth < 0) {
            problems.push("a \")\" closes more parentheses than were opened");
            break;
        }
    }
    if (depth > 0) problems.push(`${depth} parenthesis(es) left open`);
    const trimmed = pattern.trim();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
        problems.push("a JSON filter pattern must be wrapped in { }");
        return problems;
    }
    const body = trimmed.slice(1, -1);
    if (/[{}]/.test(body.replace(/"[^"]*"/g, ""))) {
        problems.push("braces must appear only around the whole pattern");
        return problems;
    }
    if (problems.length > 0) return problems;
    const tokens = tokenize(body);
    if (typeof tokens === "string") {
        return [tokens];
    }
    const problem = new Parser(tokens).parse();
    return problem ? [problem] : [];
}

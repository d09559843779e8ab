import assert from "node:assert/strict";
import fc from "fast-check";
import { CsvSyntaxError, parseCsv } from "../../cli/audit/csv";

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe("audit CSV reader", () => {
    it("splits plain records on commas and LF, CRLF or a lone CR", () => {
        assert.deepEqual(fieldsOf("a,b,c\n1,2,3\n"), [["a", "b", "c"], ["1", "2", "3"]]);
        assert.deepEqual(fieldsOf("a,b\r\n1,2\r\n"), [["a", "b"], ["1", "2"]]);
        assert.deepEqual(fieldsOf("a,b\r1,2"), [["a", "b"], ["1", "2"]]);
    });

    it("reads quoted fields holding commas, doubled quotes and line breaks, and counts lines through them", () => {
        const records = parseCsv('name,note\n"smith, jo","say ""hi""\nthen go"\nlast,"x"\n');
        assert.deepEqual(records.map((r) => r.fields), [["name", "note"], ["smith, jo", 'say "hi"\nthen go'], ["last", "x"]]);
        assert.deepEqual(records.map((r) => r.line), [1, 2, 4]);
    });

    it("ignores a byte order mark, blank lines and a missing final line break; keeps empty fields", () => {
        assert.deepEqual(fieldsOf("\uFEFFa,b\n\n1,\n\r\n,2"), [["a", "b"], ["1", ""], ["", "2"]]);
        assert.deepEqual(fieldsOf("a,"), [["a", ""]]);
        assert.deepEqual(fieldsOf('""'), [[""]]);
        assert.deepEqual(fieldsOf(""), []);
    });

    it("rejects an unclosed quote (a truncated file) with the line it opened on", () => {
        assert.throws(() => parseCsv('a,b\n1,"unfinished\nmore'), (e: unknown) => e instanceof CsvSyntaxError && e.line === 2 && /not closed/.test(e.message));
    });

    it("rejects text after a closing quote", () => {
        assert.throws(() => parseCsv('a,"b"c\n'), /line 1: unexpected "c" after a closing quote/);
    });

    it("round-trips any table written with RFC 4180 quoting", () => {
        const cell = fc.string({ unit: fc.constantFrom("a", "Z", "0", ",", '"', "\n", "\r\n", " ", "é") });
        fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
            const width = table[0].length;
            const rows = table.map((row) => [...row, ...Array(width).fill("x")].slice(0, width));
            const text = rows.map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join(",")).join("\r\n");
            assert.deepEqual(fieldsOf(text), rows);
        }));
    });
});

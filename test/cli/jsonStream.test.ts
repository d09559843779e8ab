import { strict as assert } from "assert";
import * as fc from "fast-check";
import { JsonStreamError, JsonStreamReader } from "../../cli/check/inputs/jsonStream";

/** Feeds `text` in chunks of `size` characters and returns what the reader handed over. */
function read(text: string, size: number, streamed = ["deployment.resources"]): { elements: unknown[]; scalars: Record<string, unknown>; keys: string[] } {
    const elements: unknown[] = [];
    const scalars: Record<string, unknown> = {};
    const keys: string[] = [];
    const reader = new JsonStreamReader({
        streamed, scalarDepth: 3, onElement: (_path, value) => elements.push(value), onScalar: (path, value) => (scalars[path] = value), onTopKey: (key) => keys.push(key),
    });
    for (let i = 0; i < text.length; i += size) {
        reader.write(text.slice(i, i + size));
    }
    reader.end();
    return { elements, scalars, keys };
}

function failure(text: string): JsonStreamError {
    try {
        read(text, 7);
    } catch (err) {
        assert.ok(err instanceof JsonStreamError, String(err));
        return err;
    }
    assert.fail(`no error for ${JSON.stringify(text)}`);
}

describe("the streaming JSON reader of stack files", () => {
    const tricky = {
        version: 3,
        deployment: {
            manifest: { time: "2026-01-01T00:00:00Z", magic: "quote \" brace } bracket ] backslash \\", version: "v3.248.0" },
            resources: [
                { urn: "a", inputs: { text: "\\\"}]{[", unicode: "é ✓ \u2028", nested: [[1, -2.5e3, true, false, null], { "": {} }] } },
                { urn: "b", outputs: {} },
            ],
            pending_operations: [{ resource: { urn: "c" }, type: "creating" }],
        },
    };

    it("hands over each element of the streamed array, parsed alone, whatever the chunk boundaries", () => {
        const text = JSON.stringify(tricky, null, 2);
        for (let size = 1; size <= 64; size++) {
            const { elements, scalars, keys } = read(text, size);
            assert.deepEqual(elements, tricky.deployment.resources, `chunks of ${size}`);
            assert.deepEqual(scalars, { version: 3, "deployment.manifest.time": "2026-01-01T00:00:00Z", "deployment.manifest.magic": tricky.deployment.manifest.magic, "deployment.manifest.version": "v3.248.0" });
            assert.deepEqual(keys, ["version", "deployment"]);
        }
    });

    it("agrees with JSON.parse on any document (property)", () => {
        fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.integer({ min: 1, max: 40 }), (items, size) => {
            const doc = { steps: items.map((value) => ({ value })) };
            assert.deepEqual(read(JSON.stringify(doc), size, ["steps"]).elements, JSON.parse(JSON.stringify(doc)).steps);
        }), { numRuns: 200 });
    });

    it("says where a document is not JSON, cut short, or empty", () => {
        assert.equal(failure("").kind, "empty");
        assert.equal(failure(" \n ").kind, "empty");
        const notJson = failure("{\"version\": 3,\n \"deployment\" {}}");
        assert.equal(notJson.kind, "syntax");
        assert.match(notJson.message, /expected ":" at character 30 \(line 2\)/);
        assert.match(failure("name: my-stack\n").message, /not valid JSON: expected a number, true, false or null at character 1 \(line 1\)/);
        assert.match(failure("config:\n  aws:region: eu-west-1\n").message, /not valid JSON: expected a JSON value at character 1 \(line 1\), found "config:"/);
        assert.match(failure("[1,]").message, /expected a value after ","/);
        assert.match(failure("{} {}").message, /expected nothing more after the document/);
        const cut = failure("{\"deployment\": {\"resources\": [{\"urn\": \"a\"}, {\"urn\": \"b\", \"inputs\": {\"x\": \"ab");
        assert.equal(cut.kind, "truncated");
        assert.match(cut.message, /3 unclosed bracket\(s\), the innermost an array: the file is truncated/);
        assert.match(failure("{\"deployment\": {\"resources\": [1]}}").message, /expected an object as an element of deployment\.resources/);
        assert.match(failure("{\"deployment\": {\"resources\": [{\"a\": tru}]}}").message, /a valid element of deployment\.resources/);
    });
});

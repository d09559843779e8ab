import { strict as assert } from "assert";
import { EngineValueError, fromEngineValue, type OpaqueReason } from "../../cli/check/inputs/engineValues";
import { ARCHIVE_SIG, RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_VALUE } from "../../cli/harness/signatures";

/** Reads a value as a stack export writes it, recording what the pack cannot read. */
function read(value: unknown, blindedSecrets = false): { value: unknown; opaque: [string, OpaqueReason][] } {
    const opaque: [string, OpaqueReason][] = [];
    return { value: fromEngineValue(value, "", { blindedSecrets, onOpaque: (path, reason) => opaque.push([path, reason]) }), opaque };
}

describe("values as the engine writes them in stack exports and previews", () => {
    it("unwraps plaintext secrets (JSON text) into secrets, nested values included", () => {
        const { value, opaque } = read({ db: { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify({ user: "app", port: 5432 }) } });
        assert.deepEqual(value, { db: { [SIG_KEY]: SECRET_SIG, value: { user: "app", port: 5432 } } });
        assert.deepEqual(opaque, []);
    });

    it("turns ciphertext and preview's \"[secret]\" into secrets the pack cannot read, and says where", () => {
        const { value, opaque } = read({ env: { variables: { TOKEN: { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:abc" } } }, "odd key": ["[secret]"] }, true);
        assert.deepEqual(value, { env: { variables: { TOKEN: { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_VALUE } } }, "odd key": [{ [SIG_KEY]: SECRET_SIG, value: UNKNOWN_VALUE }] });
        assert.deepEqual(opaque, [["env.variables.TOKEN", "encrypted"], ["[\"odd key\"][0]", "blinded"]]);
        assert.equal(read("[secret]").value, "[secret]", "only a preview blinds secrets");
    });

    it("sends resource references as the engine does (a custom resource's id, a component's URN), and keeps assets and unknowns", () => {
        const ref = (id?: string) => ({ [SIG_KEY]: RESOURCE_SIG, urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", ...(id === undefined ? {} : { id }), packageVersion: "7.48.0" });
        assert.equal(read(ref("b-123")).value, "b-123");
        assert.equal(read(ref("")).value, "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b");
        const archive = { [SIG_KEY]: ARCHIVE_SIG, assets: {} };
        assert.deepEqual(read([archive, UNKNOWN_VALUE]).value, [archive, UNKNOWN_VALUE]);
    });

    it("refuses what the engine would refuse, naming the property", () => {
        assert.throws(() => read({ a: { b: { [SIG_KEY]: "feedface" } } }), (err: Error) => err instanceof EngineValueError && /^a\.b: unrecognized signature "feedface"/.test(err.message));
        assert.throws(() => read({ s: { [SIG_KEY]: SECRET_SIG, plaintext: "not json" } }), /s: a plaintext secret must hold its value as JSON text/);
        assert.throws(() => read({ s: { [SIG_KEY]: SECRET_SIG } }), /s: a secret must carry exactly one of "ciphertext" or "plaintext"/);
    });
});

import { strict as assert } from "assert";
import fc from "fast-check";
import { decodeBase64Text, findAccessKeyIds, findAwsKeys, findSecretAccessKeys } from "../../../components/documents";

/** Fast in-process tests of the detector behind secrets-no-plaintext-aws-keys (the protocol tests are next door). */

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const idChar = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const b64Char = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const keyId = fc.tuple(fc.constantFrom("AKIA", "ASIA"), fc.array(idChar, { minLength: 16, maxLength: 16 })).map(([p, rest]) => p + rest.join(""));
const token40 = fc.array(b64Char, { minLength: 40, maxLength: 40 }).map((c) => c.join("")).filter((t) => /[A-Z]/.test(t) && /[a-z]/.test(t) && /[0-9+/]/.test(t));
const separator = fc.constantFrom(" ", "\n", "\"", "'", ",", ":", "=", "(", ")", "\t");
const prose = fc.stringMatching(/^[a-z .,;:()-]{0,60}$/);

describe("AWS key detector (in process)", () => {
    it("finds every access key id that stands alone, wherever it sits", () => {
        fc.assert(fc.property(prose, separator, keyId, separator, prose, (before, left, id, right, after) => {
            const found = findAccessKeyIds(`${before}${left}${id}${right}${after}`);
            assert.equal(found.length, 1);
            assert.equal(found[0].masked, `${id.slice(0, 4)}************${id.slice(16)}`);
        }), { numRuns: 300 });
    });

    it("finds a secret after any key-ish name, in env, INI, JSON and ECS shapes", () => {
        for (const text of [
            `export AWS_SECRET_ACCESS_KEY=${SECRET}`,
            `aws_secret_access_key = ${SECRET}`,
            `{"SecretAccessKey": "${SECRET}"}`,
            `[{"name":"AWS_SECRET_ACCESS_KEY","value":"${SECRET}"}]`,
            `{"value":"${SECRET}","name":"aws_secret_key"}`,
            `AKIAIOSFODNN7EXAMPLE,${SECRET}`,
        ]) {
            assert.equal(findSecretAccessKeys(text).length, 1, text);
        }
        assert.equal(findSecretAccessKeys(SECRET, "secretAccessKey").length, 1, "a property named like a secret counts as context");
    });

    it("never reports a random 40-character token without context", () => {
        fc.assert(fc.property(prose, separator, token40, separator, prose, (before, left, token, right, after) => {
            assert.deepEqual(findSecretAccessKeys(`${before}${left}${token}${right}${after}`, "description"), []);
        }), { numRuns: 300 });
    });

    it("never throws and stays linear on arbitrary text", () => {
        fc.assert(fc.property(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 30 }), (text, name) => {
            findAwsKeys(text, name);
            decodeBase64Text(text);
        }), { numRuns: 500 });
        const started = Date.now();
        findAwsKeys(`${"AKIA".repeat(250_000)} ${"a/B1".repeat(250_000)} ${"secret key ".repeat(100_000)}`);
        assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    });

    it("decodes base64 and gzip user data, and refuses binary", () => {
        assert.equal(decodeBase64Text(Buffer.from("#!/bin/bash\necho hello world\n").toString("base64")), "#!/bin/bash\necho hello world\n");
        assert.equal(decodeBase64Text(Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 254, 255, 0, 1, 2, 3, 4, 5, 6, 7]).toString("base64")), undefined);
        assert.equal(decodeBase64Text("not base64 at all, clearly"), undefined);
    });
});

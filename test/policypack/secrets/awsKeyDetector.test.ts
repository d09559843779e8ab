import { strict as assert } from "assert";
import fc from "fast-check";
import { decodeBase64Text, findAccessKeyIds, findAwsKeys, findSecretAccessKeys } from "../../../components/documents";
import { MIN_ID_ENTROPY, shannonEntropy } from "../../../components/documents/inspect/awsKeyDetector";

/** Fast in-process tests of the detector behind secrets-no-plaintext-aws-keys (the protocol tests are next door). */

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const idChar = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const b64Char = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const keyId = fc.tuple(fc.constantFrom("AKIA", "ASIA", "ABIA", "ACCA"), fc.array(idChar, { minLength: 16, maxLength: 16 }))
    .map(([p, rest]) => p + rest.join(""))
    .filter((id) => shannonEntropy(id.slice(4)) >= MIN_ID_ENTROPY);
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

    it("finds ids with every access-key prefix AWS documents: AKIA, ASIA, ABIA, ACCA", () => {
        for (const id of ["AKIAZ2GUARDRAILS7TST", "ASIA4SAMPLEQ7VW3NKRT", "ABIAJZ5SLYV3GUARDTST", "ACCAW6TESTQ7NOTREAL2"]) {
            assert.equal(findAccessKeyIds(`key=${id}`).length, 1, id);
        }
        assert.deepEqual(findAccessKeyIds("AIDAZ2GUARDRAILS7TST AROAZ2GUARDRAILS7TST"), [], "user and role ids are not keys");
    });

    it("skips low-entropy placeholders, and keeps AWS's documentation example on purpose", () => {
        for (const placeholder of ["AKIAXXXXXXXXXXXXXXXX", "AKIA0000000000000000", "ASIAAAAAAAAAAAAAAAAA", "AKIAABABABABABABABAB", "ABIAXXXXYYYYXXXXYYYY"]) {
            assert.deepEqual(findAccessKeyIds(`aws_access_key_id = ${placeholder}`), [], placeholder);
        }
        assert.equal(findAccessKeyIds("AKIAIOSFODNN7EXAMPLE").length, 1);
        assert.deepEqual(findSecretAccessKeys("aws_secret_access_key = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA1"), []);
        assert.equal(findSecretAccessKeys(`aws_secret_access_key = ${SECRET}`).length, 1);
    });

    it("finds a secret under every name scanners know: aws_access_key, aws_secret, secret:, SecretAccessKey, secret_key", () => {
        const token = "gRdR4iL5/TeSt+Key7xQ2mNoTrEaL9zV8pW1kY3u";
        for (const text of [
            `aws_access_key = ${token}`,
            `AWS_SECRET=${token}`,
            `secret: ${token}`,
            `{"secret": "${token}"}`,
            `SecretAccessKey: ${token}`,
            `secret_key="${token}"`,
            `awsKey: '${token}'`,
        ]) {
            assert.equal(findSecretAccessKeys(text).length, 1, text);
        }
        for (const name of ["secret", "awsSecret", "aws_access_key", "secretKey", "SECRET_ACCESS_KEY"]) {
            assert.equal(findSecretAccessKeys(token, name).length, 1, name);
        }
        for (const text of [`aws_access_key_id_hash = ${token}`, `secrets_manager_arn ${token}`, `description: ${token}`]) {
            assert.deepEqual(findSecretAccessKeys(text), [], text);
        }
    });
});

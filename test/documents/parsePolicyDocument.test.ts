import assert from "node:assert/strict";
import fc from "fast-check";
import {
    denyOutsideCidrs,
    MAX_POLICY_TEXT_LENGTH,
    parsePolicyDocument,
    requireMfa,
    statementActions,
    statementNotActions,
    statementNotResources,
    statementPrincipals,
    statementResources,
} from "../../components/documents";

function errorOf(input: unknown): string {
    const result = parsePolicyDocument(input);
    assert.equal(result.ok, false);
    return result.ok ? "" : result.error;
}

describe("parsePolicyDocument", () => {
    it("reads a JSON string and normalizes single strings into arrays", () => {
        const result = parsePolicyDocument(
            '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}',
        );
        assert.deepEqual(result, {
            ok: true,
            doc: {
                Version: "2012-10-17",
                Id: undefined,
                Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::b/*"] }],
            },
        });
    });

    it("reads our own documents back with the same meaning", () => {
        for (const doc of [requireMfa(), denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] })]) {
            const result = parsePolicyDocument(JSON.stringify(doc));
            assert.ok(result.ok);
            if (!result.ok) return;
            assert.equal(result.doc.Statement.length, doc.Statement.length);
            result.doc.Statement.forEach((statement, index) => {
                assert.deepEqual(statementActions(statement), statementActions(doc.Statement[index]));
                assert.deepEqual(statementNotActions(statement), statementNotActions(doc.Statement[index]));
                assert.deepEqual(statementResources(statement), statementResources(doc.Statement[index]));
                assert.deepEqual(statement.Condition, doc.Statement[index].Condition);
            });
        }
    });

    it("keeps principals, conditions with numbers as strings, and an old or missing Version", () => {
        const result = parsePolicyDocument({
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { AWS: ["arn:aws:iam::111122223333:root"], Service: "ec2.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": 3600 }, Bool: { "aws:SecureTransport": true } },
                    Extra: "dropped",
                },
            ],
        });
        assert.ok(result.ok);
        if (!result.ok) return;
        const [statement] = result.doc.Statement;
        assert.equal(result.doc.Version, undefined);
        assert.deepEqual(statementPrincipals(statement), ["arn:aws:iam::111122223333:root", "ec2.amazonaws.com"]);
        assert.deepEqual(statement.Condition, {
            NumericLessThan: { "aws:MultiFactorAuthAge": "3600" },
            Bool: { "aws:SecureTransport": true },
        });
        assert.equal("Extra" in statement, false);
        assert.deepEqual(statementNotResources(statement), []);
    });

    it("reports odd input instead of throwing", () => {
        assert.equal(errorOf(null), "a policy document must be a JSON object or a JSON string; got null");
        assert.equal(errorOf(42), "a policy document must be a JSON object or a JSON string; got 42");
        assert.equal(errorOf([1, 2]), "a policy document must be a JSON object or a JSON string; got an array of 2");
        assert.equal(errorOf("[]"), "a policy document must be a JSON object or a JSON string; got an array of 0");
        assert.match(errorOf("{not json"), /^the policy text is not valid JSON \(/);
        assert.equal(errorOf({ Version: "2012-10-17" }), "the policy document has no Statement");
        assert.equal(errorOf({ Version: 2012, Statement: [] }), 'Version must be a string such as "2012-10-17"; got 2012');
        assert.equal(errorOf({ Statement: [null] }), "Statement[0] must be an object; got null");
        assert.equal(errorOf({ Statement: [{ Effect: "allow", Action: "*" }] }), 'Statement[0].Effect must be "Allow" or "Deny"; got "allow"');
        assert.equal(errorOf({ Statement: [{ Effect: "Allow" }] }), "Statement[0] must have exactly one of Action and NotAction");
        assert.equal(
            errorOf({ Statement: [{ Effect: "Allow", Action: ["s3:GetObject", 7] }] }),
            "Statement[0].Action must be a string or an array of strings; got an array of 2",
        );
        assert.equal(
            errorOf({ Statement: [{ Effect: "Allow", Action: "*", Condition: { Bool: { "aws:SecureTransport": null } } }] }),
            "Statement[0].Condition.Bool.aws:SecureTransport must be a string, number, boolean or an array of them; got null",
        );
        assert.equal(
            errorOf({ Statement: [{ Effect: "Allow", Action: "*", Principal: "arn:aws:iam::1:root" }] }),
            'Statement[0].Principal must be "*" or an object such as {"AWS": "..."}; got "arn:aws:iam::1:root"',
        );
        assert.equal(
            errorOf("x".repeat(MAX_POLICY_TEXT_LENGTH + 1)),
            `the policy text is ${MAX_POLICY_TEXT_LENGTH + 1} characters; at most ${MAX_POLICY_TEXT_LENGTH} are read`,
        );
    });

    it("survives objects whose properties throw and deeply nested JSON", () => {
        const hostile = new Proxy({}, { ownKeys: () => { throw new Error("boom"); }, get: () => { throw new Error("boom"); } });
        assert.match(errorOf(hostile), /^the policy document could not be read \(boom\)$/);
        const deep = `${"[".repeat(100000)}${"]".repeat(100000)}`;
        assert.equal(parsePolicyDocument(deep).ok, false);
    });

    it("never throws, whatever it is given", () => {
        fc.assert(
            fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (input) => {
                const result = parsePolicyDocument(input);
                assert.equal(typeof result.ok, "boolean");
            }),
            { numRuns: 500 },
        );
        fc.assert(
            fc.property(
                fc.record({ Version: fc.anything(), Statement: fc.oneof(fc.anything(), fc.array(fc.dictionary(fc.constantFrom("Effect", "Action", "NotAction", "Resource", "Principal", "Condition", "Sid"), fc.anything()))) }),
                (input) => {
                    parsePolicyDocument(input);
                    parsePolicyDocument(JSON.stringify(input) ?? "");
                },
            ),
            { numRuns: 500 },
        );
    });
});

describe("statement read helpers", () => {
    it("turn single strings into arrays and odd values into empty lists", () => {
        assert.deepEqual(statementActions({ Effect: "Allow", Action: "s3:GetObject" }), ["s3:GetObject"]);
        assert.deepEqual(statementResources({ Effect: "Allow", Resource: ["a", "b"] }), ["a", "b"]);
        assert.deepEqual(statementNotActions({ Effect: "Allow" }), []);
        assert.deepEqual(statementPrincipals({ Effect: "Allow", Principal: "*" }), ["*"]);
        const odd = { Effect: "Allow", Action: 42 } as unknown as Parameters<typeof statementActions>[0];
        assert.deepEqual(statementActions(odd), []);
    });
});

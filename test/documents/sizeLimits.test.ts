import assert from "node:assert/strict";
import {
    assertWithinLimit,
    denyOutsideRegions,
    POLICY_SIZE_LIMITS,
    policySize,
    splitForLimit,
    stripJsonWhitespace,
    type PolicyDocument,
    type PolicyStatement,
} from "../../components/documents";

function statementOfSize(sid: string, padding: number): PolicyStatement {
    return { Sid: sid, Effect: "Deny", Action: "s3:GetObject", Resource: `arn:aws:s3:::${"b".repeat(padding)}` };
}

function documentOfSize(size: number): PolicyDocument {
    const base = policySize({ Version: "2012-10-17", Statement: [statementOfSize("S", 0)] });
    return { Version: "2012-10-17", Statement: [statementOfSize("S", size - base)] };
}

describe("policy size limits", () => {
    it("has AWS's limits", () => {
        assert.deepEqual({ ...POLICY_SIZE_LIMITS }, { userInline: 2048, groupInline: 5120, roleInline: 10240, managed: 6144, scp: 5120 });
    });

    it("counts characters without whitespace outside strings, the same for text and objects", () => {
        const doc = denyOutsideRegions({ regions: ["eu-west-1"] });
        const pretty = JSON.stringify(doc, null, 4);
        assert.equal(policySize(pretty), policySize(doc));
        assert.equal(policySize(doc), JSON.stringify(doc).length);
    });

    it("keeps whitespace inside string values, which can only over-count", () => {
        assert.equal(stripJsonWhitespace('{ "a" : "b c\\" d" ,\n "e": [ 1, 2 ] }'), '{"a":"b c\\" d","e":[1,2]}');
        assert.equal(policySize('{"Sid": "a b"}'), 13);
    });

    it("counts SCP text as sent, white space included, as Organizations does through the API", () => {
        const doc = denyOutsideRegions({ regions: ["eu-west-1"] });
        const pretty = JSON.stringify(doc, null, 4);
        assert.equal(policySize(pretty, "scp"), pretty.length);
        assert.equal(policySize(doc, "scp"), JSON.stringify(doc).length, "a document object is counted as the compact JSON the components send");
        assert.ok(policySize(pretty, "scp") > policySize(pretty, "groupInline"));
    });

    it("counts code points, not UTF-16 units", () => {
        assert.equal(policySize('"😀"'), 3);
    });

    it("passes a document at the limit and reports the size", () => {
        assert.equal(assertWithinLimit(documentOfSize(5120), "groupInline", "deny-outside-cidrs"), 5120);
    });

    it("refuses a document over the limit with the exact message", () => {
        assert.throws(() => assertWithinLimit(documentOfSize(5301), "groupInline", "deny-outside-cidrs"), {
            name: "GuardrailInputError",
            message: `group policy "deny-outside-cidrs" is 5,301 characters (whitespace excluded), 181 over the AWS limit of 5,120`,
        });
        assert.throws(() => assertWithinLimit(documentOfSize(2049), "userInline", "u"), {
            message: `user policy "u" is 2,049 characters (whitespace excluded), 1 over the AWS limit of 2,048`,
        });
        assert.throws(() => assertWithinLimit(documentOfSize(6145), "managed", "m"), { message: /^managed policy "m" is 6,145/ });
        assert.throws(() => assertWithinLimit(documentOfSize(10241), "roleInline", "r"), { message: /^role policy "r" is 10,241/ });
        assert.throws(() => assertWithinLimit(documentOfSize(5121), "scp", "s"), { message: /^service control policy "s" is 5,121 characters \(white space included, as Organizations counts it\), 1 over/ });
    });

    it("splits statements in order into documents that each fit", () => {
        const statements = Array.from({ length: 12 }, (_, index) => statementOfSize(`S${index}`, 1000));
        const parts = splitForLimit({ Version: "2012-10-17", Statement: statements }, "scp");
        assert.ok(parts.length >= 3);
        for (const part of parts) assert.ok(policySize(part) <= POLICY_SIZE_LIMITS.scp);
        assert.deepEqual(parts.flatMap((part) => part.Statement), statements);
    });

    it("keeps a small document whole", () => {
        const doc = denyOutsideRegions({ regions: ["eu-west-1"] });
        assert.deepEqual(splitForLimit(doc, "scp"), [doc]);
    });

    it("refuses to split when one statement alone is too large", () => {
        const big = statementOfSize("Huge", 6000);
        const alone = policySize({ Version: "2012-10-17", Statement: [big] });
        assert.throws(() => splitForLimit({ Version: "2012-10-17", Statement: [statementOfSize("Small", 10), big] }, "scp"), {
            message: `splitForLimit: statement "Huge" alone makes a service control policy of ${alone.toLocaleString("en-US")} characters (white space included, as Organizations counts it), ${(alone - 5120).toLocaleString("en-US")} over the AWS limit of 5,120; split its actions or resources over several statements`,
        });
        assert.throws(() => splitForLimit({ Version: "2012-10-17", Statement: [] }, "scp"), {
            message: "splitForLimit: the document has no statements; AWS refuses an empty policy",
        });
    });
});

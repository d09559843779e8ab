import { strict as assert } from "assert";
import fc from "fast-check";
import { decodeExemptedFinding, encodeExemptedFinding } from "../../../components/documents/findings/exemptionCodec";

describe("the exempted-finding codec shared by the pack and the CLI", () => {
    it("reads back exactly what it wrote, whatever the reason and message hold", () => {
        const finding = fc.record({
            policy: fc.stringMatching(/^[a-z][a-z0-9-]{0,40}$/),
            expires: fc.date({ min: new Date("2000-01-01"), max: new Date("2999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
            reason: fc.string({ unit: "binary", maxLength: 80 }),
            message: fc.string({ unit: "binary", maxLength: 80 }),
        });
        fc.assert(fc.property(finding, (f) => {
            assert.deepEqual(decodeExemptedFinding(encodeExemptedFinding(f)), { ...f });
        }), { numRuns: 500, seed: 20261130 });
    });

    it("keeps brackets, quotes, colons, back-slashes and new lines in a reason", () => {
        const f = { policy: "imdsv2-required", expires: "2027-03-31", reason: "vendor [OPS-1]: \"AMI\" \\ until 2020-01-01\nsee ticket]", message: "i-1: IMDSv1 is on" };
        const text = encodeExemptedFinding(f);
        assert.ok(text.startsWith("exempted imdsv2-required until 2027-03-31, reason "), text);
        assert.deepEqual(decodeExemptedFinding(text), f);
    });

    it("reads any other message as no exemption, and refuses to write a malformed one", () => {
        for (const text of ["instance allows IMDSv1", "exempted", "exempted x until 2027-03-31", "exempted x until 2027-3-31, reason \"r\": m",
            "exempted X until 2027-03-31, reason \"r\": m", "exempted x until 2027-03-31, reason \"unterminated: m", "exempted x until 2027-03-31, reason 42: m"]) {
            assert.equal(decodeExemptedFinding(text), undefined, text);
        }
        assert.throws(() => encodeExemptedFinding({ policy: "Bad Name", expires: "2027-03-31", reason: "r", message: "m" }), /must be kebab-case/);
        assert.throws(() => encodeExemptedFinding({ policy: "p", expires: "31.03.2027", reason: "r", message: "m" }), /YYYY-MM-DD/);
    });
});

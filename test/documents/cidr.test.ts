import assert from "node:assert/strict";
import { isIP } from "node:net";
import fc from "fast-check";
import { GuardrailInputError, parseCidr, validateCidr } from "../../components/documents";

const HINT = "expected IPv4 like 203.0.113.0/24 or IPv6 like 2001:db8::/32";

describe("CIDR validation", () => {
    it("accepts IPv4 CIDRs at every prefix bound", () => {
        assert.equal(validateCidr("t", "203.0.113.0/24").text, "203.0.113.0/24");
        assert.equal(validateCidr("t", "0.0.0.0/0").text, "0.0.0.0/0");
        assert.equal(validateCidr("t", "198.51.100.7/32").text, "198.51.100.7/32");
    });

    it("accepts IPv6 CIDRs and writes them in RFC 5952 form", () => {
        assert.equal(validateCidr("t", "2001:DB8::/32").text, "2001:db8::/32");
        assert.equal(validateCidr("t", "2001:0db8:0000:0000:0000:0000:0000:0001/128").text, "2001:db8::1/128");
        assert.equal(validateCidr("t", "::/0").text, "::/0");
        assert.equal(validateCidr("t", "2001:db8:0:0:1:0:0:1/128").text, "2001:db8::1:0:0:1/128");
        assert.equal(validateCidr("t", "::ffff:192.0.2.1/128").text, "::ffff:c000:201/128");
        assert.equal(validateCidr("t", "fe80::/10").family, 6);
    });

    it("accepts host bits and clears them, as IAM matches only the network part", () => {
        assert.equal(validateCidr("t", "203.0.113.7/24").text, "203.0.113.0/24");
        assert.equal(validateCidr("t", "10.1.2.3/9").text, "10.0.0.0/9");
        assert.equal(validateCidr("t", "2001:db8:abcd::1/36").text, "2001:db8:a000::/36");
    });

    it("refuses a prefix beyond the family's bound with the exact message", () => {
        assert.throws(() => validateCidr("denyOutsideCidrs", "10.0.0.0/33"), {
            name: "GuardrailInputError",
            message: `denyOutsideCidrs: "10.0.0.0/33" is not a valid CIDR; ${HINT}`,
        });
        assert.throws(() => validateCidr("denyOutsideCidrs", "2001:db8::/129"), {
            message: `denyOutsideCidrs: "2001:db8::/129" is not a valid CIDR; ${HINT}`,
        });
    });

    it("refuses a bare address and suggests the single-address prefix", () => {
        assert.throws(() => validateCidr("denyOutsideCidrs", "203.0.113.7"), {
            message: `denyOutsideCidrs: "203.0.113.7" has no prefix length; write "203.0.113.7/32" for one address, or a range like 203.0.113.0/24`,
        });
        assert.throws(() => validateCidr("denyOutsideCidrs", "2001:db8::7"), {
            message: `denyOutsideCidrs: "2001:db8::7" has no prefix length; write "2001:db8::7/128" for one address, or a range like 2001:db8::/32`,
        });
    });

    it("refuses garbage and non-strings, naming the value", () => {
        const bad: unknown[] = [
            "", "/24", "10.0.0/24", "256.0.0.0/8", "10.0.0.01/32", "10.0.0.0/024", "10.0.0.0/-1", "10.0.0.0/8/8",
            "1:2:3:4:5:6:7:8:9/64", "2001:db8:::1/64", "2001::db8::1/64", "fe80::1%eth0/64", "12345::/16",
            "::ffff:1.2.3/128", "1.2.3.4::/64", " 10.0.0.0/8", "office", "10.0.0.0/ 8",
        ];
        for (const value of bad) {
            assert.throws(() => validateCidr("t", value), {
                message: `t: ${JSON.stringify(value)} is not a valid CIDR; ${HINT}`,
            }, String(value));
        }
        assert.throws(() => validateCidr("t", 42), { message: `t: 42 is not a valid CIDR; ${HINT}` });
        assert.throws(() => validateCidr("t", null), { message: `t: null is not a valid CIDR; ${HINT}` });
        assert.throws(() => validateCidr("t", "1.2.3.4/99"), GuardrailInputError);
    });

    it("agrees with node:net on which IPv4 and IPv6 addresses are valid", () => {
        fc.assert(
            fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), fc.nat(128), (address, prefix) => {
                const max = address.includes(":") ? 128 : 32;
                const parsed = parseCidr(`${address}/${prefix}`);
                assert.equal(parsed !== undefined, prefix <= max && isIP(address) !== 0);
                if (parsed) {
                    const network = parsed.text.slice(0, parsed.text.indexOf("/"));
                    assert.notEqual(isIP(network), 0);
                    assert.equal(parseCidr(parsed.text)?.text, parsed.text);
                }
            }),
        );
    });

    it("never throws from parseCidr, whatever the input", () => {
        fc.assert(fc.property(fc.anything(), (value) => {
            parseCidr(value);
        }));
        fc.assert(fc.property(fc.string(), (value) => {
            parseCidr(value);
        }));
    });
});

import assert from "node:assert/strict";
import fc from "fast-check";
import {
    addressRange, allowsEveryAddress, allowsEveryRegion, AWS_REGION_NAMES, denyOutsideCidrs, denyOutsideRegions, fenceKindsOf, isOpenBoundary,
    parseCidr, parsePolicyDocument, requireMfa, wholeFamiliesCovered, type Cidr,
} from "../../components/documents";

function kinds(doc: unknown): string[] {
    const parsed = parsePolicyDocument(doc);
    assert.ok(parsed.ok);
    return fenceKindsOf(parsed.doc);
}

function deny(condition: Record<string, Record<string, string | string[]>>) {
    return { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "*", Resource: "*", Condition: condition }] };
}

describe("fences that fence nothing", () => {
    it("computes the union of ranges exactly", () => {
        const cidr = (text: string) => parseCidr(text) as Cidr;
        assert.deepEqual(addressRange(cidr("10.0.0.0/8")), { family: 4, start: 10n << 24n, end: (11n << 24n) - 1n });
        assert.deepEqual(wholeFamiliesCovered([cidr("0.0.0.0/1"), cidr("128.0.0.0/1")]), [4]);
        assert.deepEqual(wholeFamiliesCovered([cidr("::/1"), cidr("8000::/2"), cidr("c000::/2")]), [6]);
        assert.deepEqual(wholeFamiliesCovered([cidr("0.0.0.0/1"), cidr("128.0.0.0/2")]), []);
        // Random splits of the IPv4 space: every set that tiles it is open; dropping one piece leaves a gap.
        fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }), (depths) => {
            const pieces: string[] = [];
            let start = 0n;
            for (const depth of depths) {
                const size = 1n << BigInt(32 - depth);
                if (start % size !== 0n || start + size > 1n << 32n) break;
                pieces.push(`${[24n, 16n, 8n, 0n].map((shift) => Number((start >> shift) & 255n)).join(".")}/${depth}`);
                start += size;
            }
            const covered = start === 1n << 32n;
            assert.equal(wholeFamiliesCovered(pieces.map(cidr)).includes(4), covered);
        }), { numRuns: 200 });
    });

    it("does not count an IP fence whose ranges allow every IPv4 or IPv6 address", () => {
        assert.deepEqual(kinds(denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] })), ["ip"]);
        assert.ok(allowsEveryAddress(["0.0.0.0/1", "128.0.0.0/1"]));
        assert.ok(allowsEveryAddress(["203.0.113.0/24", "::/0"]));
        assert.ok(!allowsEveryAddress(["0.0.0.0/1", "not a cidr"]));
        assert.deepEqual(kinds(deny({ NotIpAddress: { "aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/1"] } })), []);
        assert.deepEqual(kinds(deny({ NotIpAddressIfExists: { "aws:sourceip": ["0.0.0.0/0"] } })), []);
        assert.deepEqual(kinds(deny({ NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24", "::/1", "8000::/1"] } })), [], "an office range beside two IPv6 halves still lets every IPv6 caller in");
        assert.deepEqual(kinds(deny({ NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" }, NotIpAddressIfExists: { "aws:SourceIp": "::/0" } })), [], "ANDed conditions: one open entry opens the statement");
    });

    it("does not count a region fence that allows every region, by name or by wildcard", () => {
        assert.deepEqual(kinds(denyOutsideRegions({ regions: ["eu-west-1"] })), ["region"]);
        assert.ok(allowsEveryRegion("StringNotEquals", [...AWS_REGION_NAMES]));
        assert.ok(allowsEveryRegion("StringNotLike", ["*"]));
        assert.ok(allowsEveryRegion("StringNotLikeIfExists", ["??-*-?"]));
        assert.ok(!allowsEveryRegion("StringNotLike", ["eu-*"]));
        assert.ok(!allowsEveryRegion("StringNotEquals", ["*"]), "StringNotEquals takes * literally");
        assert.deepEqual(kinds(deny({ StringNotLike: { "aws:RequestedRegion": ["*"] } })), []);
        assert.deepEqual(kinds(deny({ StringNotEquals: { "aws:RequestedRegion": [...AWS_REGION_NAMES] } })), []);
    });

    it("still reports an MFA fence as one (readers of keys ignore it)", () => {
        assert.deepEqual(kinds(requireMfa()), ["mfa"]);
    });

    it("judges a permissions boundary that allows * on * open, unless it carries a fence of its own", () => {
        const admin = parsePolicyDocument({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
        const fencedAdmin = parsePolicyDocument({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }, ...denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] }).Statement] });
        const narrow = parsePolicyDocument({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] });
        assert.ok(admin.ok && fencedAdmin.ok && narrow.ok);
        assert.ok(isOpenBoundary("arn:aws:iam::aws:policy/AdministratorAccess"));
        assert.ok(isOpenBoundary("arn:aws:iam::123456789012:policy/b", admin.doc));
        assert.ok(!isOpenBoundary("arn:aws:iam::123456789012:policy/b", fencedAdmin.doc));
        assert.ok(!isOpenBoundary("arn:aws:iam::123456789012:policy/b", narrow.doc));
        assert.ok(!isOpenBoundary("arn:aws:iam::123456789012:policy/elsewhere"), "a boundary that cannot be read is not judged open");
    });
});

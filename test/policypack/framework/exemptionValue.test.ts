import { strict as assert } from "assert";
import { ExemptedFindingsQueue } from "../../../policypack/framework/exemptions/exemptedFindingsQueue";
import { ExemptionSet, exemptionsOf } from "../../../policypack/framework/exemptions/exemptionSet";

// Unit tests of the pure values; the same behaviour is proven through the protocol in exemptions.test.ts.

const URN = "urn:pulumi:prod::app::aws:ec2/instance:Instance::legacy-1";
const NO_TAGS = () => ({});

describe("exemptions as a value", () => {
    it("parses a configuration once into a frozen value, and a new configuration into a new one", () => {
        const config = { exemptions: [{ urnPattern: "*::legacy-*", reason: "vendor AMI, ticket OPS-123", expires: "2027-03-31" }] };
        const first = exemptionsOf(config);
        assert.equal(exemptionsOf({ ...config }), first, "the same list is the same configuration");
        assert.ok(Object.isFrozen(first) && Object.isFrozen(first.entries) && Object.isFrozen(first.entries[0]));
        assert.notEqual(exemptionsOf({ exemptions: [...config.exemptions] }), first);
        assert.equal(exemptionsOf({}), ExemptionSet.EMPTY);
        assert.equal(exemptionsOf({ exemptions: "not a list" }), ExemptionSet.EMPTY);
    });

    it("covers a finding through the expiry day, then names the latest expired exemption", () => {
        const set = ExemptionSet.parse([
            { urnPattern: "*::legacy-*", reason: "first reason, long enough", expires: "2026-06-30" },
            { urnPattern: URN, reason: "second reason, long enough", expires: "2026-07-31" },
        ]);
        assert.deepEqual(set.lookup("p", URN, NO_TAGS, "2026-07-31"), { status: "active", reason: "second reason, long enough", expires: "2026-07-31", source: "config exemptions[1]" });
        assert.equal(set.lookup("p", URN, NO_TAGS, "2026-08-01").status, "expired");
        assert.equal((set.lookup("p", URN, NO_TAGS, "2026-08-01") as { expires: string }).expires, "2026-07-31");
        assert.deepEqual(set.lookup("p", "urn:pulumi:prod::app::aws:ec2/instance:Instance::new", NO_TAGS, "2026-01-01"), { status: "none" });
    });

    it("reads a tag exemption for the policy only when it needs the tags, and keeps malformed entries as problems", () => {
        let read = 0;
        const tags = () => {
            read++;
            return { "guardrails:exempt:p": "tagged by the owning team until 2099-01-01" };
        };
        assert.equal(ExemptionSet.EMPTY.lookup("p", URN, tags, "2026-01-01").status, "active");
        assert.equal(ExemptionSet.EMPTY.lookup("other", URN, tags, "2026-01-01").status, "none");
        assert.equal(read, 2);
        const set = ExemptionSet.parse([{ urnPattern: "*::legacy-*", reason: "short", expires: "2099-01-01" }, 42]);
        assert.deepEqual(set.entries, []);
        assert.deepEqual(set.problemsFor(URN).map((p) => p.source), ["config exemptions[0]", "config exemptions[1]"]);
        assert.deepEqual(set.problemsFor("urn:pulumi:prod::app::aws:s3/bucket:Bucket::b").map((p) => p.source), ["config exemptions[1]"]);
    });

    it("hands exempted findings to the reporter of the same request only", () => {
        let now = 1_000;
        const queue = new ExemptedFindingsQueue(() => now);
        queue.add(URN, { message: "a", urn: URN });
        queue.add(URN, { message: "b", urn: URN });
        assert.deepEqual(queue.take(URN).map((f) => f.message), ["a", "b"]);
        assert.deepEqual(queue.take(URN), [], "taken once");
        queue.add(URN, { message: "left by a request whose reporter was disabled", urn: URN });
        now += 60_000;
        queue.add(URN, { message: "c", urn: URN });
        assert.deepEqual(queue.take(URN).map((f) => f.message), ["c"]);
    });
});

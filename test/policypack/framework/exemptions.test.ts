import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import type { Violation } from "../../../cli/harness";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, analyzeStackOf, findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const ADMIN = policyJson({ Effect: "Allow", Action: "*", Resource: "*" });
/** A critical policy: tags do not exempt it unless its config allows them. */
const POLICY = "iam-no-admin-wildcard";
const TAG = `guardrails:exempt:${POLICY}`;
/** A policy of medium severity, which tags may exempt by default. */
const WIDE_POLICY = "iam-no-service-wildcard-actions";
const WIDE_TAG = `guardrails:exempt:${WIDE_POLICY}`;
const WIDE = policyJson({ Effect: "Allow", Action: "s3:*", Resource: "*" });

/** The date `days` from today (UTC), YYYY-MM-DD. */
function inDays(days: number): string {
    return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
const SOON = inDays(200);

function exempted(violations: Violation[], policy: string): Violation[] {
    return violations.filter((v) => v.policy === policy && v.exemption);
}

describe("exemptions (through the policy protocol)", () => {
    it("shows a finding covered by a valid tag exemption as exempted, under its own policy, with reason and expiry, and does not block", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("break-glass", { policy: WIDE, tags: { [WIDE_TAG]: `bucket admin for the data migration until ${SOON}` } });
        });
        assert.deepEqual(findingsOf(violations, WIDE_POLICY), [], "nothing unexempted remains");
        const shown = exempted(violations, WIDE_POLICY);
        assert.equal(shown.length, 1);
        assert.deepEqual(shown[0].exemption, { reason: "bucket admin for the data migration", expires: SOON });
        assert.equal(shown[0].enforcementLevel, "advisory", "an exempted finding never blocks");
        assert.match(shown[0].urn, /aws:iam\/policy:Policy::break-glass$/);
        assert.deepEqual(messagesOf(violations, "guardrails-exemptions"), []);
    });

    it("refuses tag exemptions of a critical policy by default, saying so in the finding; its config can allow them", async () => {
        const resource = { type: "aws:iam/policy:Policy", name: "break-glass", inputs: { policy: ADMIN, tags: { [TAG]: `break-glass admin for incident response until ${SOON}` } } };
        const refused = await analyzeOne(resource);
        assert.equal(findingsOf(refused, POLICY).length, 1);
        assert.match(messagesOf(refused, POLICY)[0] ?? "", /\(the tag guardrails:exempt:iam-no-admin-wildcard is not applied: iam-no-admin-wildcard accepts exemptions from the policy pack config only \(its allowTagExemptions is false\)\)$/);
        assert.equal(findingsOf(refused, POLICY)[0].enforcementLevel, "mandatory");
        const allowed = await analyzeOne(resource, { [POLICY]: { allowTagExemptions: true } });
        assert.deepEqual(findingsOf(allowed, POLICY), []);
        assert.deepEqual(exempted(allowed, POLICY).map((v) => v.exemption), [{ reason: "break-glass admin for incident response", expires: SOON }]);
        const closed = await analyzeOne({ ...resource, inputs: { policy: WIDE, tags: { [WIDE_TAG]: `bucket admin for the data migration until ${SOON}` } } }, { [WIDE_POLICY]: { allowTagExemptions: false } });
        assert.equal(findingsOf(closed, WIDE_POLICY).length, 1, "any policy's config can refuse tags too");
    });

    it("makes a tag exemption running past maxExemptionDays (365 by default) a violation of its own", async () => {
        const far = inDays(400);
        const resource = { type: "aws:iam/policy:Policy", name: "forever", inputs: { policy: WIDE, tags: { [WIDE_TAG]: `bucket admin for the data migration until ${far}` } } };
        const flagged = await analyzeOne(resource);
        const found = findingsOf(flagged, "guardrails-exemptions");
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "mandatory");
        assert.equal(found[0].message, `exemption tag "${WIDE_TAG}" runs until ${far}, 400 days from today; a tag exemption may run at most 365 days (maxExemptionDays): set an earlier date and renew it, or ask for a pack config exemption`);
        assert.deepEqual(findingsOf(await analyzeOne(resource, { "guardrails-exemptions": { maxExemptionDays: 500 } }), "guardrails-exemptions"), []);
        assert.equal(findingsOf(await analyzeOne({ ...resource, inputs: { policy: WIDE, tags: { [WIDE_TAG]: `bucket admin for the data migration until ${inDays(365)}` } } }), "guardrails-exemptions").length, 0, "the last allowed day");
    });

    it("reports an expired exemption again, at the policy's own level, with the expiry date", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("stale", { policy: WIDE, tags: { [WIDE_TAG]: "temporary migration access until 2020-01-31" } });
        });
        const found = findingsOf(violations, WIDE_POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "advisory", "the policy's own level (advisory for this one)");
        assert.match(found[0].message, /\(the exemption "temporary migration access" from tag guardrails:exempt:iam-no-service-wildcard-actions expired on 2020-01-31\)$/);
        assert.deepEqual(exempted(violations, WIDE_POLICY), []);
    });

    it("reports malformed tag exemptions (short reason, impossible date, no \"until\", no policy name) and does not honour them", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("short", { policy: ADMIN, tags: { [TAG]: "because until 2099-01-01" } });
            new aws.iam.Policy("bad-date", { policy: ADMIN, tags: { [TAG]: "vendor needs full access until 2099-02-30" } });
            new aws.iam.Policy("no-until", { policy: ADMIN, tags: { [TAG]: "vendor needs full access for the migration" } });
            new aws.s3.Bucket("no-policy", { tags: { "guardrails:exempt:": "a reason that is long enough until 2099-01-01" } });
        });
        const malformed = findingsOf(violations, "guardrails-exemptions");
        const by = (name: string) => malformed.filter((v) => v.urn.endsWith(`::${name}`)).map((v) => v.message);
        assert.match(by("short")[0] ?? "", /reason "because" is 7 characters; at least 10 are required/);
        assert.match(by("bad-date")[0] ?? "", /expiry "2099-02-30" is not a date in YYYY-MM-DD form/);
        assert.match(by("no-until")[0] ?? "", /must read "<reason> until <YYYY-MM-DD>"/);
        assert.match(by("no-policy")[0] ?? "", /names no policy/);
        assert.ok(malformed.every((v) => v.enforcementLevel === "mandatory"));
        assert.deepEqual(findingsOf(violations, POLICY).map((v) => v.urn.split("::").pop()).sort(), ["bad-date", "no-until", "short"]);
    });

    it("honours a config exemption in the policy's own config, by URN pattern, for that policy only", async () => {
        const config = {
            [POLICY]: { exemptions: [{ urnPattern: "urn:pulumi:*::*aws:iam/policy:Policy::legacy-*", reason: "legacy admin policy, ticket SEC-42", expires: "2099-06-30" }] },
        };
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("legacy-admin", { policy: ADMIN });
            new aws.iam.Policy("legacy-wide", { policy: policyJson({ Effect: "Allow", Action: "s3:*", Resource: "*" }) });
            new aws.iam.Policy("new-admin", { policy: ADMIN });
        }, config);
        assert.deepEqual(findingsOf(violations, POLICY).map((v) => v.urn.split("::").pop()), ["new-admin"]);
        assert.deepEqual(exempted(violations, POLICY).map((v) => [v.urn.split("::").pop(), v.exemption?.reason]), [["legacy-admin", "legacy admin policy, ticket SEC-42"]]);
        assert.equal(findingsOf(violations, "iam-no-service-wildcard-actions").length, 1, "other policies are not exempted");
    });

    it("covers the resource through the last day of the exemption (UTC) and not after", async () => {
        const today = new Date().toISOString().slice(0, 10);
        const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
        const run = (expires: string) => analyzeOne(
            { type: "aws:iam/policy:Policy", name: "dated", inputs: { policy: ADMIN } },
            { [POLICY]: { exemptions: [{ urnPattern: "*::dated", reason: "dated exemption for the boundary", expires }] } },
        );
        const onTheDay = await run(today);
        assert.deepEqual(findingsOf(onTheDay, POLICY), []);
        assert.equal(exempted(onTheDay, POLICY).length, 1);
        const dayAfter = await run(yesterday);
        assert.match(messagesOf(dayAfter, POLICY)[0] ?? "", new RegExp(`\\(the exemption "dated exemption for the boundary" from config exemptions\\[0\\] expired on ${yesterday}\\)`));
    });

    it("judges expiries and lifetimes as of the config's asOf day (what check --now sets) instead of today", async () => {
        const resource = { type: "aws:iam/policy:Policy", name: "dated", inputs: { policy: WIDE, tags: { [WIDE_TAG]: `bucket admin for the data migration until ${SOON}` } } };
        const later = inDays(300);
        const expired = await analyzeOne(resource, { [WIDE_POLICY]: { asOf: later } });
        assert.match(messagesOf(expired, WIDE_POLICY)[0] ?? "", new RegExp(`expired on ${SOON}\\)$`));
        const earlier = inDays(-200);
        const overlong = await analyzeOne(resource, { "guardrails-exemptions": { asOf: earlier } });
        assert.match(messagesOf(overlong, "guardrails-exemptions")[0] ?? "", /runs until .*, 400 days from today; a tag exemption may run at most 365 days/);
    });

    it("keeps any character in a reason, brackets, quotes, colons and new lines included", async () => {
        const reason = "vendor [OPS-1]: \"legacy\" AMI; see\nhttps://example.com/a?b=c]";
        const violations = await analyzeOne(
            { type: "aws:iam/policy:Policy", name: "odd", inputs: { policy: ADMIN } },
            { [POLICY]: { exemptions: [{ urnPattern: "*", reason, expires: "2099-01-01" }] } },
        );
        assert.deepEqual(exempted(violations, POLICY).map((v) => v.exemption), [{ reason, expires: "2099-01-01" }]);
    });

    it("applies exemptions when the exemption-tag validator is disabled", async () => {
        const violations = await analyzeOne(
            { type: "aws:iam/policy:Policy", name: "tagged", inputs: { policy: WIDE, tags: { [WIDE_TAG]: `bucket admin for the migration until ${SOON}` } } },
            { "guardrails-exemptions": "disabled", "exempted-findings": "disabled" },
        );
        assert.deepEqual(findingsOf(violations, WIDE_POLICY), [], "the finding stays exempted");
        assert.deepEqual(violations.map((v) => v.policy), [], "and nothing else is reported");
    });

    it("applies config exemptions to AnalyzeStack alone, with no Analyze before it", async () => {
        const violations = await analyzeStackOf([
            { type: "aws:iam/user:User", name: "vendor", outputs: { name: "vendor" } },
            { type: "aws:iam/accessKey:AccessKey", name: "vendor-key", outputs: { user: "vendor" } },
        ], { "iam-key-users-fenced": { exemptions: [{ urnPattern: "*::vendor", reason: "vendor calls from rotating IPs", expires: "2099-01-01" }] } });
        assert.deepEqual(findingsOf(violations, "iam-key-users-fenced"), []);
        assert.deepEqual(exempted(violations, "iam-key-users-fenced").map((v) => v.exemption?.reason), ["vendor calls from rotating IPs"]);
    });

    it("names a malformed config exemption in the finding it would have covered, and does not honour it", async () => {
        const violations = await analyzeOne(
            { type: "aws:iam/policy:Policy", name: "x", inputs: { policy: ADMIN } },
            { [POLICY]: { exemptions: [{ urnPattern: "*", reason: "a good enough reason", expires: "2099-02-30" }] } },
        );
        assert.match(messagesOf(violations, POLICY)[0] ?? "", /\(config exemptions\[0\] is not applied: expiry "2099-02-30" is not a date in YYYY-MM-DD form\)$/);
    });

    it("never exempts the exemption machinery itself: a tag cannot hide a malformed exemption", async () => {
        const violations = await analyzeOne({
            type: "aws:iam/policy:Policy", name: "sneaky",
            inputs: { policy: WIDE, tags: { [WIDE_TAG]: `too short until ${SOON}`, "guardrails:exempt:guardrails-exemptions": `hide the malformed tag above until ${SOON}` } },
        });
        assert.match(messagesOf(violations, "guardrails-exemptions")[0] ?? "", /reason "too short" is 9 characters/);
        assert.equal(findingsOf(violations, WIDE_POLICY).length, 1, "the malformed exemption does not apply");
    });

    it("exempts stack-level findings through a tag on the resource they are reported on, when the policy accepts tags", async () => {
        const resources = [
            { type: "aws:iam/user:User", name: "vendor", outputs: { name: "vendor", tags: { "guardrails:exempt:iam-key-users-fenced": `vendor calls from rotating IPs until ${SOON}` } } },
            { type: "aws:iam/accessKey:AccessKey", name: "vendor-key", outputs: { user: "vendor" } },
        ];
        const refused = await analyzeStackOf(resources);
        assert.match(messagesOf(refused, "iam-key-users-fenced")[0] ?? "", /the tag guardrails:exempt:iam-key-users-fenced is not applied/, "a critical stack policy refuses the tag by default");
        const violations = await analyzeStackOf(resources, { "iam-key-users-fenced": { allowTagExemptions: true } });
        assert.deepEqual(findingsOf(violations, "iam-key-users-fenced"), []);
        const shown = exempted(violations, "iam-key-users-fenced");
        assert.equal(shown.length, 1);
        assert.deepEqual(shown[0].exemption, { reason: "vendor calls from rotating IPs", expires: SOON });
        assert.match(shown[0].urn, /user:User::vendor$/);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import type { Violation } from "../../../cli/harness";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeStackRaw, findingsOf, messagesOf, policyJson } from "./policyTestKit";

const ADMIN = policyJson({ Effect: "Allow", Action: "*", Resource: "*" });
const POLICY = "iam-no-admin-wildcard";
const TAG = `guardrails:exempt:${POLICY}`;

function exempted(violations: Violation[], policy: string): Violation[] {
    return violations.filter((v) => v.policy === policy && v.exemption);
}

describe("exemptions (through the policy protocol)", () => {
    it("shows a finding covered by a valid tag exemption as exempted, under its own policy, with reason and expiry, and does not block", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("break-glass", { policy: ADMIN, tags: { [TAG]: "break-glass admin for incident response until 2099-12-31" } });
        });
        assert.deepEqual(findingsOf(violations, POLICY), [], "nothing unexempted remains");
        const shown = exempted(violations, POLICY);
        assert.equal(shown.length, 1);
        assert.deepEqual(shown[0].exemption, { reason: "break-glass admin for incident response", expires: "2099-12-31" });
        assert.equal(shown[0].enforcementLevel, "advisory", "an exempted finding never blocks");
        assert.match(shown[0].urn, /aws:iam\/policy:Policy::break-glass$/);
        assert.match(shown[0].message, /break-glass\.policy Statement\[0\] allows Action "\*" on every resource/);
        assert.deepEqual(messagesOf(violations, "guardrails-exemptions"), []);
    });

    it("reports an expired exemption again, at the policy's own level, with the expiry date", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("stale", { policy: ADMIN, tags: { [TAG]: "temporary migration access until 2020-01-31" } });
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "mandatory");
        assert.match(found[0].message, /\(the exemption "temporary migration access" from tag guardrails:exempt:iam-no-admin-wildcard expired on 2020-01-31\)$/);
        assert.deepEqual(exempted(violations, POLICY), []);
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

    it("honours a config exemption by URN pattern for the listed policies only", async () => {
        const config = {
            "guardrails-exemptions": {
                exemptions: [{ policies: [POLICY], urnPattern: "urn:pulumi:*::*aws:iam/policy:Policy::legacy-*", reason: "legacy admin policy, ticket SEC-42", expires: "2099-06-30" }],
            },
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

    it("pins the date with asOf: the last day is still covered, the next day is not", async () => {
        const exemption = { policies: ["*"], urnPattern: "*::pinned", reason: "pinned for reproducible CI", expires: "2026-06-30" };
        const run = async (asOf: string) => (await checkUnderMocks(() => {
            new aws.iam.Policy("pinned", { policy: ADMIN });
        }, { "guardrails-exemptions": { exemptions: [exemption], asOf } })).violations;
        const onTheDay = await run("2026-06-30");
        assert.deepEqual(findingsOf(onTheDay, POLICY), []);
        assert.equal(exempted(onTheDay, POLICY).length, 1);
        const dayAfter = await run("2026-07-01");
        assert.match(messagesOf(dayAfter, POLICY)[0] ?? "", /\(the exemption "pinned for reproducible CI" from config exemptions\[0\] expired on 2026-06-30\)/);
    });

    it("a policies [\"*\"] exemption still shows the exempted finding, and cannot hide a malformed exemption", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("everything-exempt", { policy: ADMIN, tags: { [TAG]: "too short until 2099-01-01" } });
        }, { "guardrails-exemptions": { exemptions: [{ policies: ["*"], urnPattern: "*", reason: "exempt the whole stack for the demo", expires: "2099-12-31" }] } });
        assert.equal(exempted(violations, POLICY).length, 1, "the exempted finding is shown, not swallowed");
        assert.match(messagesOf(violations, "guardrails-exemptions")[0] ?? "", /reason "too short" is 9 characters/);
    });

    it("reports a malformed config exemption once, on the stack", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("x", { policy: policyJson({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }) });
        }, { "guardrails-exemptions": { exemptions: [{ policies: [POLICY], urnPattern: "*", reason: "a good enough reason", expires: "2099-13-01" }] } });
        const malformed = findingsOf(violations, "guardrails-exemptions");
        assert.equal(malformed.length, 1);
        assert.match(malformed[0].urn, /pulumi:pulumi:Stack/);
        assert.match(malformed[0].message, /config exemptions\[0\]: expiry "2099-13-01" is not a date in YYYY-MM-DD form/);
    });

    it("exempts stack-level findings through a tag on the resource they are reported on", async () => {
        const violations = await analyzeStackRaw([
            { type: "aws:iam/user:User", name: "vendor", outputs: { name: "vendor", tags: { "guardrails:exempt:iam-key-users-fenced": "vendor calls from rotating IPs until 2099-01-01" } } },
            { type: "aws:iam/accessKey:AccessKey", name: "vendor-key", outputs: { user: "vendor" } },
        ]);
        assert.deepEqual(findingsOf(violations, "iam-key-users-fenced"), []);
        const shown = exempted(violations, "iam-key-users-fenced");
        assert.equal(shown.length, 1);
        assert.deepEqual(shown[0].exemption, { reason: "vendor calls from rotating IPs", expires: "2099-01-01" });
        assert.match(shown[0].urn, /user:User::vendor$/);
    });
});

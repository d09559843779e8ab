import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeStackOf, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "iam-access-key-max-age";
/** Pins "today" through the policy's own asOf, so that ages do not depend on the clock. */
const asOf = (date: string, extra: Record<string, unknown> = {}) => ({ [POLICY]: { ...extra, asOf: date } });
const key = (name: string, outputs: Record<string, unknown>) => ({ type: "aws:iam/accessKey:AccessKey", name, outputs: { user: "svc", ...outputs } });

describe(`${POLICY} (through the policy protocol)`, () => {
    it("reports an active key older than 90 days, on its user", async () => {
        const violations = await analyzeStackOf([
            { type: "aws:iam/user:User", name: "svc", outputs: { name: "svc" } },
            key("old", { status: "Active", createDate: "2026-01-01T00:00:00Z" }),
        ], asOf("2026-06-01"));
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "advisory");
        assert.match(found[0].urn, /user:User::svc$/);
        assert.match(found[0].message, /access key old of IAM user "svc" was created on 2026-01-01, 151 days before 2026-06-01; rotate keys within 90 days/);
    });

    it("accepts a key just created by an update (under mocks, createDate is the moment of the run)", async () => {
        const { violations } = await checkUnderMocks(() => {
            const user = new aws.iam.User("svc", { name: "svc" });
            new aws.iam.AccessKey("fresh", { user: user.name });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("takes a stricter maxKeyAgeDays from config, and ignores inactive keys and keys without a readable date", async () => {
        const resources = [
            key("k45", { createDate: "2026-01-01T00:00:00Z" }),
            key("inactive", { status: "Inactive", createDate: "2020-01-01T00:00:00Z" }),
            key("undated", {}),
            key("garbage", { createDate: "yesterday" }),
        ];
        const strict = messagesOf(await analyzeStackOf(resources, asOf("2026-02-15", { maxKeyAgeDays: 30 })), POLICY);
        assert.equal(strict.length, 1);
        assert.match(strict[0], /access key k45 .* 45 days before 2026-02-15; rotate keys within 30 days/);
        assert.deepEqual(messagesOf(await analyzeStackOf(resources, asOf("2026-02-15")), POLICY), []);
    });
});

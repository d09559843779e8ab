import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeStackOf, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "iam-max-access-keys-per-user";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("reports a third key for one user", async () => {
        const { violations } = await checkUnderMocks(() => {
            const user = new aws.iam.User("svc", { name: "svc" });
            for (const slot of ["a", "b", "c"]) {
                new aws.iam.AccessKey(`svc-${slot}`, { user: user.name });
            }
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.match(found[0].urn, /user:User::svc$/);
        assert.match(found[0].message, /IAM user "svc" has 3 access keys \(svc-a, svc-b, svc-c\); at most 2 allowed/);
    });

    it("accepts two keys per user: the two-slot rotation", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.AccessKey("slot-a", { user: "svc" });
            new aws.iam.AccessKey("slot-b", { user: "svc" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("with maxActiveKeysPerUser 1 accepts one active and one inactive key", async () => {
        const violations = await analyzeStackOf([
            { type: "aws:iam/accessKey:AccessKey", name: "slot-a", outputs: { user: "svc", status: "Active" } },
            { type: "aws:iam/accessKey:AccessKey", name: "slot-b", outputs: { user: "svc", status: "Inactive" } },
        ], { [POLICY]: { maxActiveKeysPerUser: 1 } });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("with maxActiveKeysPerUser 1 (CIS v5.0.0 1.12) reports two active keys", async () => {
        const violations = await analyzeStackOf([
            { type: "aws:iam/accessKey:AccessKey", name: "one", outputs: { user: "svc", status: "Active" } },
            { type: "aws:iam/accessKey:AccessKey", name: "two", outputs: { user: "SVC" } },
        ], { [POLICY]: { maxActiveKeysPerUser: 1 } });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 1);
        assert.match(messages[0], /has 2 active access keys \(one, two\); at most 1 allowed/);
    });
});

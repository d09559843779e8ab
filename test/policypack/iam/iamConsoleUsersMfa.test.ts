import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { requireMfa } from "../../../components/documents";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "iam-console-users-mfa";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("reports a console user outside any MFA-required group, as advisory", async () => {
        const { violations } = await checkUnderMocks(() => {
            const user = new aws.iam.User("alice", { name: "alice" });
            new aws.iam.UserLoginProfile("alice-login", { user: user.name });
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "advisory");
        assert.match(found[0].urn, /user:User::alice$/);
        assert.match(found[0].message, /IAM user "alice" can sign in to the console \(alice-login\) but is in no MFA-required group/);
    });

    it("accepts a console user in a group whose policy denies everything without MFA", async () => {
        const { violations } = await checkUnderMocks(() => {
            const group = new aws.iam.Group("mfa", { name: "mfa-required" });
            new aws.iam.GroupPolicy("mfa-policy", { group: group.name, policy: JSON.stringify(requireMfa()) });
            const user = new aws.iam.User("bob", { name: "bob" });
            new aws.iam.GroupMembership("mfa-members", { group: group.name, users: [user.name] });
            new aws.iam.UserLoginProfile("bob-login", { user: user.name });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

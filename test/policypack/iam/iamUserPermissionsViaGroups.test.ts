import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-user-permissions-via-groups";
const READ = policyJson({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*" });

describe(`${POLICY} (through the policy protocol)`, () => {
    it("reports inline user policies and policies attached straight to users, as advisory", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.UserPolicy("inline", { user: "alice", policy: READ });
            new aws.iam.UserPolicyAttachment("direct", { user: "alice", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" });
            new aws.iam.PolicyAttachment("shared", { policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", users: ["bob"], groups: ["readers"] });
            new aws.iam.UserPoliciesExclusive("exclusive", { userName: "carol", policyNames: ["legacy"] });
        });
        const found = findingsOf(violations, POLICY);
        assert.deepEqual(found.map((v) => v.urn.split("::").pop()).sort(), ["direct", "exclusive", "inline", "shared"]);
        assert.ok(found.every((v) => v.enforcementLevel === "advisory"));
        assert.match(found.find((v) => v.urn.endsWith("::shared"))?.message ?? "", /directly to user "bob"/);
        assert.ok(!found.some((v) => /readers/.test(v.message)), "group attachments are the recommended way");
    });

    it("accepts permissions that come through a group", async () => {
        const { violations } = await checkUnderMocks(() => {
            const group = new aws.iam.Group("readers", { name: "readers" });
            const user = new aws.iam.User("alice", { name: "alice" });
            new aws.iam.GroupPolicy("readers-policy", { group: group.name, policy: READ });
            new aws.iam.UserGroupMembership("alice-readers", { user: user.name, groups: [group.name] });
            new aws.iam.UserPoliciesExclusive("none", { userName: "alice", policyNames: [] });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

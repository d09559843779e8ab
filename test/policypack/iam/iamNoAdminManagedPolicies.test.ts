import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "iam-no-admin-managed-policies";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks AdministratorAccess, PowerUserAccess and IAMFullAccess on users and groups, by every attachment resource", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.UserPolicyAttachment("alice-admin", { user: "alice", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });
            new aws.iam.GroupPolicyAttachment("ops-power", { group: "ops", policyArn: "arn:aws:iam::aws:policy/PowerUserAccess" });
            new aws.iam.PolicyAttachment("iam-full", { policyArn: "arn:aws-us-gov:iam::aws:policy/IAMFullAccess", users: ["bob"], groups: ["devs"], roles: ["ci"] });
            new aws.iam.UserPolicyAttachmentsExclusive("carol-exclusive", { userName: "carol", policyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"] });
            new aws.iam.GroupPolicyAttachmentsExclusive("admins-exclusive", { groupName: "admins", policyArns: ["arn:aws-cn:iam::aws:policy/AdministratorAccess"] });
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 6, messages.join("\n"));
        assert.ok(messages.some((m) => /alice-admin attaches AdministratorAccess .* to user "alice"; a leaked key of that user would carry AdministratorAccess/.test(m)));
        assert.ok(messages.some((m) => /ops-power attaches PowerUserAccess .* to group "ops"/.test(m)));
        assert.ok(messages.some((m) => /IAMFullAccess .*to user "bob"/.test(m)) && messages.some((m) => /IAMFullAccess .*to group "devs"/.test(m)));
        assert.ok(!messages.some((m) => /"ci"/.test(m)), "roles are not checked");
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory"));
    });

    it("accepts other managed policies, admin policies on roles, and look-alike names", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.UserPolicyAttachment("read-only", { user: "alice", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" });
            new aws.iam.GroupPolicyAttachment("amplify", { group: "web", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess-Amplify" });
            new aws.iam.RolePolicyAttachment("break-glass", { role: "admin", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });
            new aws.iam.UserPolicyAttachment("customer-managed", { user: "alice", policyArn: "arn:aws:iam::123456789012:policy/AdministratorAccess" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("reads managedPolicyArns on a user, and takes the forbidden list from config", async () => {
        const raw = { type: "aws:iam/user:User", name: "legacy", inputs: { name: "legacy", managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/AmazonS3FullAccess"] } };
        const defaults = messagesOf(await analyzeOne(raw), POLICY);
        assert.equal(defaults.length, 1);
        assert.match(defaults[0], /managedPolicyArns|AdministratorAccess/);
        const configured = messagesOf(await analyzeOne(raw, { [POLICY]: { forbiddenPolicies: ["AmazonS3FullAccess"] } }), POLICY);
        assert.equal(configured.length, 1);
        assert.match(configured[0], /AmazonS3FullAccess/);
    });
});

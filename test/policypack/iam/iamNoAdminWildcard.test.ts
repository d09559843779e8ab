import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-no-admin-wildcard";
const ADMIN = { Effect: "Allow", Action: "*", Resource: "*" };

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks Allow * on * in an inline user policy, a group policy, a role policy, a managed policy and a role's inlinePolicies", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.UserPolicy("user-admin", { user: "alice", policy: policyJson(ADMIN) });
            new aws.iam.GroupPolicy("group-admin", { group: "ops", policy: policyJson({ Effect: "Allow", Action: ["s3:GetObject", "*:*"], Resource: ["*"] }) });
            new aws.iam.RolePolicy("role-admin", { role: "deployer", policy: policyJson(ADMIN) });
            new aws.iam.Policy("managed-admin", { policy: policyJson(ADMIN) });
            new aws.iam.Role("inline-admin", {
                assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }),
                inlinePolicies: [{ name: "all", policy: policyJson(ADMIN) }],
            });
        });
        const found = findingsOf(violations, POLICY);
        assert.deepEqual(found.map((v) => v.urn.split("::").pop()).sort(), ["group-admin", "inline-admin", "managed-admin", "role-admin", "user-admin"]);
        assert.ok(found.every((v) => v.enforcementLevel === "mandatory" && v.severity === "critical"));
        const role = found.find((v) => v.urn.endsWith("::inline-admin"));
        assert.match(role?.message ?? "", /inline-admin\.inlinePolicies\[0\]\.policy Statement\[0\] allows Action "\*" on every resource: full administrator access/);
        assert.match(found.find((v) => v.urn.endsWith("::group-admin"))?.message ?? "", /Action "\*:\*"/);
    });

    it("accepts scoped grants, Deny * statements and the default FullAWSAccess SCP", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("scoped", { policy: policyJson({ Effect: "Allow", Action: ["s3:GetObject"], Resource: "arn:aws:s3:::bucket/*" }) });
            new aws.iam.GroupPolicy("fence", {
                group: "ops",
                policy: policyJson({ Effect: "Deny", Action: "*", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } }),
            });
            new aws.organizations.Policy("full-aws-access", { content: policyJson({ Effect: "Allow", Action: "*", Resource: "*" }) });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("reads documents given as objects, and treats NotResource and conditions as still admin", async () => {
        const violations = await analyzeOne({
            type: "aws:iam/userPolicy:UserPolicy",
            name: "object-doc",
            inputs: {
                user: "bob",
                policy: {
                    Version: "2012-10-17",
                    Statement: [
                        { Sid: "AllButBilling", Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::billing/*" },
                        { Effect: "Allow", Action: "*", Resource: "arn:aws:*:*:*:*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } },
                    ],
                },
            },
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 2, messages.join("\n"));
        assert.match(messages[0], /Statement\[0\] \(Sid "AllButBilling"\) allows Action "\*" on every resource except "arn:aws:s3:::billing\/\*"/);
        assert.match(messages[1], /a Condition narrows when, not what/);
    });

    it("reports a document it cannot read, because it may hide a wildcard", async () => {
        const violations = await analyzeOne({ type: "aws:iam/rolePolicy:RolePolicy", name: "broken", inputs: { role: "r", policy: "{\"Statement\": [" } });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 1);
        assert.match(messages[0], /broken\.policy cannot be read as an IAM policy document \(the policy text is not valid JSON/);
    });

    it("stays silent while the document is unknown during a preview", async () => {
        const violations = await analyzeOne({
            type: "aws:iam/policy:Policy",
            name: "computed",
            inputs: { policy: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

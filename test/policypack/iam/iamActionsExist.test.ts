import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-actions-exist";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("names each unknown action and suggests the nearest real one, in grants, guardrails, trust policies and SCPs", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("typo", { policy: policyJson({ Effect: "Allow", Action: ["s3:GetObjct", "route53:ChangeResourceRecordSet"], Resource: "*" }) });
            new aws.iam.GroupPolicy("fence-typo", {
                group: "ops",
                policy: policyJson({ Effect: "Deny", NotAction: ["iam:*", "stss:*"], Resource: "*", Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1"] } } }),
            });
            new aws.iam.Role("trust-typo", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRol" }) });
            new aws.organizations.Policy("scp-typo", { content: policyJson({ Effect: "Deny", Action: ["cloudtrail:StopLoging"], Resource: "*" }) });
        });
        const messages = messagesOf(violations, POLICY);
        const expect = [
            /typo\.policy Statement\[0\]\.Action: "s3:GetObjct" is not a known IAM action\. Did you mean "s3:GetObject"\?/,
            /"route53:ChangeResourceRecordSet" is not a known IAM action\. Did you mean "route53:ChangeResourceRecordSets"\?/,
            /fence-typo\.policy Statement\[0\]\.NotAction: "stss:\*" names an unknown service "stss"\. Did you mean "sts:\*"\?/,
            /trust-typo\.assumeRolePolicy Statement\[0\]\.Action: "sts:AssumeRol" .*Did you mean "sts:AssumeRole"\?/,
            /scp-typo\.content Statement\[0\]\.Action: "cloudtrail:StopLoging" .*Did you mean "cloudtrail:StopLogging"\?/,
        ];
        for (const pattern of expect) {
            assert.ok(messages.some((m) => pattern.test(m)), `${pattern} in:\n${messages.join("\n")}`);
        }
        assert.equal(messages.length, expect.length, messages.join("\n"));
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("accepts real actions in any case, wildcards that match, and * itself", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("fine", { policy: policyJson({ Effect: "Allow", Action: ["S3:getobject", "ec2:Describe*", "*"], Resource: "*" }) });
            new aws.organizations.Policy("tag-policy", { type: "TAG_POLICY", content: JSON.stringify({ tags: { team: { tag_key: { "@@assign": "Team" } } } }) });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("stays bounded on thousands of long nonsense actions", async () => {
        const actions = Array.from({ length: 2000 }, (_, i) => `ec2:NoSuchAction${i}${"x".repeat(100)}`);
        const started = Date.now();
        const violations = await analyzeOne({ type: "aws:iam/policy:Policy", name: "junk", inputs: { policy: policyJson({ Effect: "Allow", Action: actions, Resource: "*" }) } });
        const messages = messagesOf(violations, POLICY);
        assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
        assert.equal(messages.length, 21, "20 explained and one summary line");
        assert.match(messages[20], /names 1980 more unknown actions/);
    });
});

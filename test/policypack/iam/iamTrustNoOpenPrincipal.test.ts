import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-trust-no-open-principal";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks roles that anyone may assume: Principal \"*\", {AWS: \"*\"} and Allow with NotPrincipal", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Role("star", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" }) });
            new aws.iam.Role("aws-star", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { AWS: ["arn:aws:iam::111122223333:root", "*"] }, Action: "sts:AssumeRole" }) });
            new aws.iam.Role("not-principal", { assumeRolePolicy: policyJson({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }) });
        });
        const found = findingsOf(violations, POLICY);
        assert.deepEqual(found.map((v) => v.urn.split("::").pop()).sort(), ["aws-star", "not-principal", "star"]);
        assert.ok(found.every((v) => v.enforcementLevel === "mandatory"));
        assert.match(found.find((v) => v.urn.endsWith("::star"))?.message ?? "", /star\.assumeRolePolicy Statement\[0\] lets Principal "\*" \(any AWS account, any identity\) assume the role, with no Condition/);
    });

    it("accepts named principals, and a wildcard narrowed by a Condition", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Role("lambda", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }) });
            new aws.iam.Role("org-only", {
                assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } } }),
            });
            new aws.iam.Role("deny-star", {
                assumeRolePolicy: policyJson(
                    { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/ci" }, Action: "sts:AssumeRole" },
                    { Effect: "Deny", Principal: "*", Action: "sts:AssumeRole", Condition: { Bool: { "aws:SecureTransport": "false" } } },
                ),
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("reports an unreadable trust policy", async () => {
        const violations = await analyzeOne({ type: "aws:iam/role:Role", name: "broken", inputs: { assumeRolePolicy: { Statement: [{ Effect: "Maybe", Action: "sts:AssumeRole" }] } } });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 1);
        assert.match(messages[0], /broken\.assumeRolePolicy cannot be read as a trust policy \(Statement\[0\]\.Effect must be "Allow" or "Deny"/);
    });
});

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import assert from "node:assert/strict";
import { runUnderMocks } from "../../cli/harness";
import { IpRestrictionGroup, LeakedKeyResponder, ScopedServiceRole, ScopedServiceUser } from "../../components";
import { hashKeyId } from "../../components/detect/responder/settings";
import { assertRefused, one, policyInput } from "./iam/helpers";

// Every argument that names another resource takes that resource's output, as
// it must for the generated SDKs: known values are checked at once, outputs
// when they resolve, by the same checks.

describe("outputs of other resources as component arguments", () => {
    it("ScopedServiceUser: a bucket's ARN in a statement, a condition value from an endpoint's id", async () => {
        const run = await runUnderMocks(() => {
            const bucket = new aws.s3.Bucket("reports", { bucket: "reports-example" });
            new ScopedServiceUser("exporter", {
                service: "exporter",
                owner: "data-team",
                statements: [{
                    actions: ["s3:GetObject"],
                    resources: [pulumi.interpolate`${bucket.arn}/*`],
                    conditions: [{ test: "StringEquals", variable: "aws:SourceVpce", values: [pulumi.output("vpce-1a2b3c4d")] }],
                }],
            });
        });
        const document = policyInput(one(run, "aws:iam/groupPolicy:GroupPolicy")) as { Statement: Record<string, unknown>[] };
        assert.deepEqual(document.Statement[0], {
            Sid: "Statement1", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports-example/*",
            Condition: { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
        });
    });

    it("ScopedServiceRole: another role's ARN and a secret external id in the trust policy", async () => {
        const run = await runUnderMocks(() => {
            const deployer = new aws.iam.Role("deployer", { name: "deployer", assumeRolePolicy: "{}" });
            new ScopedServiceRole("deploy", {
                service: "deploy", owner: "platform-team",
                trust: { roleArns: [deployer.arn], externalId: pulumi.secret("guardrails-7f3a") },
                statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::artifacts/*"] }],
            });
        });
        const role = run.resources.find((r) => r.type === "aws:iam/role:Role" && r.name === "deploy");
        assert.equal(role?.inputs.assumeRolePolicy, "[secret]", "a trust policy holding a secret stays secret");
        const trust = JSON.parse(String((role?.analyzerInputs.assumeRolePolicy as { value: string }).value)) as { Statement: Record<string, unknown>[] };
        assert.deepEqual(trust.Statement[0].Principal, { AWS: ["arn:aws:iam::123456789012:role/deployer"] });
        assert.deepEqual(trust.Statement[0].Condition, { StringEquals: { "sts:ExternalId": "guardrails-7f3a" } });
    });

    it("ScopedServiceRole: a known bad role ARN is refused at once even beside an output", async () => {
        await assertRefused(() => new ScopedServiceRole("deploy", {
            service: "deploy", owner: "platform-team",
            trust: { roleArns: [pulumi.output("arn:aws:iam::111122223333:role/a"), "arn:aws:iam::111122223333:user/b"] },
            statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::artifacts/*"] }],
        }), 'ScopedServiceRole "deploy": trust.roleArns entry "arn:aws:iam::111122223333:user/b" is not an IAM role ARN; expected like arn:aws:iam::111122223333:role/deployer');
        await assertRefused(() => new ScopedServiceRole("tasks", {
            service: "tasks", owner: "platform-team", trust: { services: ["ecs-tasks"], externalId: "guardrails-7f3a" },
            statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::artifacts/*"] }],
        }), 'ScopedServiceRole "tasks": trust.externalId and trust.requireMfa apply to roleArns only; AWS services present neither');
    });

    it("IpRestrictionGroup: a VPC endpoint's id; a malformed known id is refused at once", async () => {
        const run = await runUnderMocks(() => {
            new IpRestrictionGroup("office", { cidrs: [], allowedVpcEndpoints: [pulumi.output("vpce-1a2b3c4d5e6f78901")] });
        });
        const document = policyInput(one(run, "aws:iam/groupPolicy:GroupPolicy")) as { Statement: { Condition: Record<string, unknown> }[] };
        assert.deepEqual(document.Statement[0].Condition.StringNotEqualsIfExists, { "aws:SourceVpce": ["vpce-1a2b3c4d5e6f78901"] });
        await assertRefused(() => new IpRestrictionGroup("office", { cidrs: [], allowedVpcEndpoints: [pulumi.output("vpce-1a2b3c4d5e6f78901"), "vpce-XYZ"] }),
            'IpRestrictionGroup "office": denyOutsideCidrs: "vpce-XYZ" is not a valid VPC endpoint id; expected "vpce-" followed by 8 or 17 lowercase hex digits, like vpce-1a2b3c4d5e6f78901');
        await assertRefused(() => new IpRestrictionGroup("office", { cidrs: [pulumi.output("203.0.113.0/24") as never] }),
            'IpRestrictionGroup "office": cidrs must be a plain value known before deployment (it decides which resources are created, or names them); got an output of another resource or a secret');
    });

    it("LeakedKeyResponder: a canary key's id, stored hashed once known", async () => {
        const run = await runUnderMocks(() => {
            new LeakedKeyResponder("responder", { regions: ["us-east-1"], allowListedKeyIds: [pulumi.output("AKIAIOSFODNN7EXAMPLE")], allowListedUsers: [pulumi.output("canary")] });
        });
        const fn = one(run, "aws:lambda/function:Function");
        const variables = (fn.inputs.environment as { variables: Record<string, string> }).variables;
        assert.equal(variables.ALLOW_LISTED_KEY_SHA256, hashKeyId("AKIAIOSFODNN7EXAMPLE"));
        assert.equal(variables.ALLOW_LISTED_USERS, "canary");
    });
});

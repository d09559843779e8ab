import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import { leastPrivilege, type PolicyStatement } from "../../../components/documents";
import { ScopedServiceRole, type ScopedServiceRoleArgs } from "../../../components/iam";
import { all, assertAllChildrenOf, assertPackClean, assertRefused, constructionError, one, policyInput, shape } from "./helpers";

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const PROFILE = "aws:iam/instanceProfile:InstanceProfile";
const COMPONENT = "aws-guardrails:index:ScopedServiceRole";

const READ_UPLOADS: PolicyStatement[] = [{ Sid: "ReadUploads", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::uploads/*" }];
const BASE: ScopedServiceRoleArgs = {
    service: "thumbnailer", owner: "media-team", trust: { services: ["lambda"] }, statements: [{ sid: "ReadUploads", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::uploads/*"] }],
};
const DEPLOYER = "arn:aws:iam::111122223333:role/deployer";

describe("ScopedServiceRole", () => {
    it("creates role svc-<service> under /service/ with a one-hour session, tags and the least-privilege inline policy", async () => {
        const run = await runUnderMocks(() => {
            const role = new ScopedServiceRole("thumbs", { ...BASE, tags: { CostCenter: "1234" } });
            return { roleName: role.roleName, roleArn: role.roleArn };
        });
        assert.deepEqual(shape(run), [`${COMPONENT} thumbs`, `${ROLE} thumbs`, `${ROLE_POLICY} thumbs`]);
        assertAllChildrenOf(run, COMPONENT);
        const role = one(run, ROLE);
        assert.equal(role.inputs.name, "svc-thumbnailer");
        assert.equal(role.inputs.path, "/service/");
        assert.equal(role.inputs.maxSessionDuration, 3600);
        assert.deepEqual(role.inputs.tags, { CostCenter: "1234", Service: "thumbnailer", Owner: "media-team" });
        assert.deepEqual(policyInput(role, "assumeRolePolicy"), {
            Version: "2012-10-17",
            Statement: [{ Sid: "TrustAwsServices", Effect: "Allow", Principal: { Service: ["lambda.amazonaws.com"] }, Action: "sts:AssumeRole" }],
        });
        const policy = one(run, ROLE_POLICY);
        assert.equal(policy.inputs.role, "svc-thumbnailer");
        assert.equal(policy.inputs.name, "least-privilege");
        assert.deepEqual(policyInput(policy), leastPrivilege(READ_UPLOADS));
        assert.deepEqual(run.outputs, { roleName: "svc-thumbnailer", roleArn: "arn:aws:iam::123456789012:role/service/svc-thumbnailer" });
    });

    it("accepts full service principals and normalises short ones", async () => {
        const run = await runUnderMocks(() => new ScopedServiceRole("tasks", { ...BASE, trust: { services: ["ecs-tasks", "states.amazonaws.com"] } }));
        const trust = policyInput(one(run, ROLE), "assumeRolePolicy") as { Statement: { Principal: unknown }[] };
        assert.deepEqual(trust.Statement[0].Principal, { Service: ["ecs-tasks.amazonaws.com", "states.amazonaws.com"] });
    });

    it("trusts named roles with an external id and MFA", async () => {
        const run = await runUnderMocks(
            () => new ScopedServiceRole("deploy", { ...BASE, trust: { roleArns: [DEPLOYER], externalId: "guardrails-7f3a", requireMfa: true } }),
        );
        assert.deepEqual(policyInput(one(run, ROLE), "assumeRolePolicy"), {
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "TrustNamedRoles",
                    Effect: "Allow",
                    Principal: { AWS: [DEPLOYER] },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "sts:ExternalId": "guardrails-7f3a" }, Bool: { "aws:MultiFactorAuthPresent": "true" } },
                },
            ],
        });
    });

    it("creates an instance profile svc-<service> for EC2 when asked", async () => {
        const run = await runUnderMocks(() => {
            const role = new ScopedServiceRole("web", { ...BASE, trust: { services: ["ec2"] }, instanceProfile: true });
            return { instanceProfileName: role.instanceProfileName };
        });
        assertAllChildrenOf(run, COMPONENT);
        const profile = one(run, PROFILE);
        assert.equal(profile.inputs.name, "svc-thumbnailer");
        assert.equal(profile.inputs.path, "/service/");
        assert.equal(profile.inputs.role, "svc-thumbnailer");
        assert.deepEqual(profile.inputs.tags, { Service: "thumbnailer", Owner: "media-team" });
        assert.equal(run.outputs.instanceProfileName, "svc-thumbnailer");
    });

    it("creates no instance profile by default", async () => {
        const run = await runUnderMocks(() => new ScopedServiceRole("web", { ...BASE, trust: { services: ["ec2"] } }));
        assert.equal(all(run, PROFILE).length, 0);
    });

    it("sets maxSessionDuration and a permissions boundary", async () => {
        const boundary = "arn:aws:iam::123456789012:policy/service-boundary";
        const run = await runUnderMocks(() => new ScopedServiceRole("thumbs", { ...BASE, maxSessionDuration: 43200, permissionsBoundary: boundary }));
        assert.equal(one(run, ROLE).inputs.maxSessionDuration, 43200);
        assert.equal(one(run, ROLE).inputs.permissionsBoundary, boundary);
    });

    it("passes the policy pack with zero violations", async () => {
        await assertPackClean(() => {
            new ScopedServiceRole("web", { ...BASE, service: "web", trust: { services: ["ec2"] }, instanceProfile: true });
            new ScopedServiceRole("deploy", { ...BASE, service: "deploy", trust: { roleArns: [DEPLOYER], externalId: "guardrails-7f3a", requireMfa: true } });
        });
    });

    describe("refuses bad input before creating anything", () => {
        const where = 'ScopedServiceRole "thumbs"';

        it("a wildcard role principal", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, trust: { roleArns: ["*"] } }),
                `${where}: trust.roleArns entry "*" is a wildcard principal, which would let anyone matching it assume the role; name the role ARNs, like arn:aws:iam::111122223333:role/deployer`,
            );
        });

        it("a wildcard inside a role ARN", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, trust: { roleArns: ["arn:aws:iam::111122223333:role/*"] } }),
                `${where}: trust.roleArns entry "arn:aws:iam::111122223333:role/*" is a wildcard principal, which would let anyone matching it assume the role; name the role ARNs, like arn:aws:iam::111122223333:role/deployer`,
            );
        });

        it("a wildcard service principal", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, trust: { services: ["*"] } }),
                `${where}: trust.services entry "*" is a wildcard principal, which would let anyone matching it assume the role; name the AWS services, like "lambda"`,
            );
        });

        it("a misspelt service, suggesting the real one", async () => {
            const { error, run } = await constructionError(() => new ScopedServiceRole("thumbs", { ...BASE, trust: { services: ["lamda"] } }));
            assert.deepEqual(run.resources.map((r) => r.type), ["pulumi:pulumi:Stack"]);
            assert.match(error.message, /^ScopedServiceRole "thumbs": trust\.services entry "lamda" is not a known AWS service principal; did you mean "lambda"\? known: apigateway, /);
        });

        it("both services and roleArns", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, trust: { services: ["lambda"], roleArns: [DEPLOYER] } as unknown as ScopedServiceRoleArgs["trust"] }),
                `${where}: trust must give exactly one of services (like ["lambda"]) and roleArns`,
            );
        });

        it("a user ARN where a role ARN belongs", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, trust: { roleArns: ["arn:aws:iam::111122223333:user/alice"] } }),
                `${where}: trust.roleArns entry "arn:aws:iam::111122223333:user/alice" is not an IAM role ARN; expected like arn:aws:iam::111122223333:role/deployer`,
            );
        });

        it("an external id that is too short", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, trust: { roleArns: [DEPLOYER], externalId: "x" } }),
                `${where}: trust.externalId "x" is not allowed; expected 2 to 1,224 letters, digits and _+=,.@:/-`,
            );
        });

        it("an instance profile for a role EC2 cannot assume", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, instanceProfile: true }),
                `${where}: instanceProfile needs "ec2" in trust.services; an instance profile is only for EC2 instances`,
            );
        });

        it("a session longer than 12 hours", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, maxSessionDuration: 86400 }),
                `${where}: maxSessionDuration 86400 is not allowed; expected a whole number from 3600 to 43200 seconds`,
            );
        });

        it("Resource * on an action that supports resource ARNs", async () => {
            await assertRefused(
                () => new ScopedServiceRole("thumbs", { ...BASE, statements: [{ actions: ["s3:GetObject"], resources: ["*"] }] }),
                `${where}: leastPrivilege: statement 1: Resource "*" is allowed only for actions that support no resource types, but s3:GetObject support resource-level permissions; scope them to resource ARNs in their own statement`,
            );
        });
    });
});

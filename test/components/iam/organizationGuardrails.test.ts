import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import {
    denyOutsideRegions, policySize, scpDenyCloudTrailTampering, scpDenyLeavingOrganization, scpDenyOutsideCidrs, scpDenyRootUser,
} from "../../../components/documents";
import { OrganizationGuardrails } from "../../../components/iam";
import { all, assertAllChildrenOf, assertPackClean, assertRefused, constructionError, one, policyInput } from "./helpers";

const POLICY = "aws:organizations/policy:Policy";
const ATTACHMENT = "aws:organizations/policyAttachment:PolicyAttachment";
const COMPONENT = "aws-guardrails:index:OrganizationGuardrails";
const OU = "ou-ab12-cd34ef56";
const ACCOUNT = "111122223333";
const DEPLOYER = "arn:aws:iam::*:role/PulumiDeployer";

describe("OrganizationGuardrails", () => {
    it("by default packs deny-leaving, CloudTrail protection and deny-root into one SCP attached to each target", async () => {
        const run = await runUnderMocks(() => {
            const guardrails = new OrganizationGuardrails("org", { targetIds: [OU, ACCOUNT] });
            return { policyIds: guardrails.policyIds, policyArns: guardrails.policyArns };
        });
        assertAllChildrenOf(run, COMPONENT);
        const policy = one(run, POLICY);
        assert.equal(policy.name, "org-1");
        assert.equal(policy.inputs.name, "aws-guardrails-org");
        assert.equal(policy.inputs.type, "SERVICE_CONTROL_POLICY");
        assert.equal(policy.inputs.description, "aws-guardrails: DenyLeavingOrganization, DenyCloudTrailTampering, DenyRootUser");
        assert.deepEqual(policyInput(policy, "content"), {
            Version: "2012-10-17",
            Statement: [
                ...scpDenyLeavingOrganization().Statement,
                ...scpDenyCloudTrailTampering().Statement,
                ...scpDenyRootUser().Statement,
            ],
        });
        const attachments = all(run, ATTACHMENT);
        assert.deepEqual(attachments.map((a) => [a.name, a.inputs.targetId, a.inputs.policyId]), [
            [`org-1-${OU}`, OU, policy.id],
            [`org-1-${ACCOUNT}`, ACCOUNT, policy.id],
        ]);
        assert.deepEqual(run.outputs.policyIds, [policy.id]);
        assert.deepEqual(run.outputs.policyArns, [policy.analyzerOutputs.arn]);
    });

    it("adds the region and network fences from the same builders, exempting the deployer role", async () => {
        const run = await runUnderMocks(
            () =>
                new OrganizationGuardrails("org", {
                    targetIds: ["r-ab12"],
                    allowedRegions: ["eu-west-1"],
                    allowedCidrs: ["203.0.113.0/24"],
                    allowedVpcs: ["vpc-0a1b2c3d"],
                    exemptRoleArns: [DEPLOYER],
                }),
        );
        const content = policyInput(one(run, POLICY), "content") as { Statement: { Sid: string; Condition?: unknown }[] };
        const exempt = { ArnNotLike: { "aws:PrincipalArn": [DEPLOYER] } };
        const regions = denyOutsideRegions({ regions: ["eu-west-1"] }).Statement[0];
        const network = scpDenyOutsideCidrs({ cidrs: ["203.0.113.0/24"], allowedVpcs: ["vpc-0a1b2c3d"] }).Statement[0];
        assert.deepEqual(content.Statement[0], { ...regions, Condition: { ...regions.Condition, ...exempt } });
        assert.deepEqual(content.Statement[1], { ...network, Condition: { ...network.Condition, ...exempt } });
        assert.deepEqual(content.Statement[3], scpDenyCloudTrailTampering({ exemptPrincipalArns: [DEPLOYER] }).Statement[0]);
        assert.deepEqual(content.Statement.map((s) => s.Sid), [
            "DenyOutsideAllowedRegions", "DenyIamUsersOutsideAllowedNetworks", "DenyLeavingOrganization", "DenyCloudTrailTampering", "DenyRootUser",
        ]);
        assert.deepEqual((content.Statement[1].Condition as Record<string, unknown>).ArnLike, { "aws:PrincipalArn": ["arn:aws:iam::*:user/*"] });
    });

    it("binds the network SCP to every principal only when ipFenceAllPrincipals is set", async () => {
        const run = await runUnderMocks(() => new OrganizationGuardrails("org", { targetIds: [OU], allowedCidrs: ["203.0.113.0/24"], ipFenceAllPrincipals: true }));
        const content = policyInput(one(run, POLICY), "content") as { Statement: { Sid: string; Condition?: Record<string, unknown> }[] };
        assert.equal(content.Statement[0].Sid, "DenyOutsideAllowedNetworks");
        assert.equal(content.Statement[0].Condition?.ArnLike, undefined);
    });

    it("splits the guardrails over several SCPs, each within 5,120 characters, when one would be too large", async () => {
        const allowedCidrs = Array.from({ length: 260 }, (_, index) => `10.${Math.floor(index / 250)}.${index % 250}.0/24`);
        const run = await runUnderMocks(() => new OrganizationGuardrails("org", { targetIds: [OU], allowedRegions: ["eu-west-1"], allowedCidrs }));
        const policies = all(run, POLICY);
        assert.deepEqual(policies.map((p) => p.inputs.name), ["aws-guardrails-org-1", "aws-guardrails-org-2"]);
        for (const policy of policies) {
            assert.ok(policySize(policy.inputs.content as string, "scp") <= 5120, `${policy.inputs.name} is within the SCP limit`);
        }
        const sids = policies.flatMap((p) => (policyInput(p, "content") as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid));
        assert.deepEqual(sids, ["DenyOutsideAllowedRegions", "DenyIamUsersOutsideAllowedNetworks", "DenyLeavingOrganization", "DenyCloudTrailTampering", "DenyRootUser"]);
        assert.deepEqual(all(run, ATTACHMENT).map((a) => a.name), [`org-1-${OU}`, `org-2-${OU}`]);
    });

    it("passes the policy pack with zero violations", async () => {
        await assertPackClean(
            () =>
                new OrganizationGuardrails("org", {
                    targetIds: [OU],
                    allowedRegions: ["eu-west-1", "eu-central-1"],
                    allowedCidrs: ["203.0.113.0/24"],
                    exemptRoleArns: [DEPLOYER],
                    tags: { Owner: "cloud-platform" },
                }),
        );
    });

    describe("refuses bad input before creating anything", () => {
        const where = 'OrganizationGuardrails "org"';

        it("a target that is neither an OU, an account nor a root", async () => {
            await assertRefused(
                () => new OrganizationGuardrails("org", { targetIds: ["ou-123"] }),
                `${where}: targetIds entry "ou-123" is not an OU id (like ou-ab12-cd34ef56), an account id (12 digits) or a root id (like r-ab12)`,
            );
        });

        it("no targets", async () => {
            await assertRefused(
                () => new OrganizationGuardrails("org", { targetIds: [] }),
                `${where}: targetIds is empty; give the OU, account or root ids the SCPs attach to, like ou-ab12-cd34ef56`,
            );
        });

        it("every guardrail switched off", async () => {
            await assertRefused(
                () => new OrganizationGuardrails("org", { targetIds: [OU], denyLeavingOrganization: false, protectCloudTrail: false, denyRootUser: false }),
                `${where}: every guardrail is switched off, so there is nothing to attach; give allowedRegions or allowedCidrs, or keep a deny flag on`,
            );
        });

        it("an exempt principal that is not a role ARN pattern", async () => {
            await assertRefused(
                () => new OrganizationGuardrails("org", { targetIds: [OU], exemptRoleArns: ["PulumiDeployer"] }),
                `${where}: exemptRoleArns entry "PulumiDeployer" is not an IAM role ARN pattern; expected like arn:aws:iam::*:role/PulumiDeployer`,
            );
        });

        it("an unknown region", async () => {
            const { error, run } = await constructionError(() => new OrganizationGuardrails("org", { targetIds: [OU], allowedRegions: ["mars-north-1"] }));
            assert.match(error.message, /^OrganizationGuardrails "org": denyOutsideRegions: "mars-north-1" is not a known AWS commercial region;/);
            assert.deepEqual(run.resources.map((r) => r.type), ["pulumi:pulumi:Stack"]);
        });

        it("guardrails that need more SCPs than a target can hold", async () => {
            const allowedCidrs = Array.from({ length: 330 }, (_, index) => `10.${Math.floor(index / 250)}.${index % 250}.0/24`);
            const { error, run } = await constructionError(() => new OrganizationGuardrails("org", { targetIds: [OU], allowedCidrs }));
            assert.match(error.message, /^OrganizationGuardrails "org": splitForLimit: statement "DenyIamUsersOutsideAllowedNetworks" alone makes a service control policy of [\d,]+ characters \(white space included, as Organizations counts it\), [\d,]+ over the AWS limit of 5,120; split its actions or resources over several statements$/);
            assert.deepEqual(run.resources.map((r) => r.type), ["pulumi:pulumi:Stack"]);
        });
    });
});

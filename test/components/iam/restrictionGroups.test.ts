import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import { denyOutsideCidrs, denyOutsideRegions, requireMfa, type PolicyDocument } from "../../../components/documents";
import { IpRestrictionGroup, MfaRequiredGroup, RegionRestrictionGroup, type GuardrailGroup } from "../../../components/iam";
import { assertAllChildrenOf, assertPackClean, assertRefused, constructionError, one, policyInput, shape, valueOf } from "./helpers";

const GROUP = "aws:iam/group:Group";
const GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";

describe("IpRestrictionGroup", () => {
    it("creates one group under /guardrails/ holding exactly the denyOutsideCidrs document", async () => {
        const args = { cidrs: ["203.0.113.0/24", "2001:db8::/32"], allowedVpcEndpoints: ["vpce-1a2b3c4d"], actions: ["ec2:RunInstances"] };
        let exposed: PolicyDocument | undefined;
        const run = await runUnderMocks(() => {
            const fence = new IpRestrictionGroup("office", args);
            return valueOf(fence.document).then((doc) => {
                exposed = doc;
                return { groupName: fence.groupName, groupArn: fence.groupArn };
            });
        });
        assert.deepEqual(shape(run), [
            "aws-guardrails:index:IpRestrictionGroup office",
            `${GROUP} office`,
            `${GROUP_POLICY} office`,
        ]);
        assertAllChildrenOf(run, "aws-guardrails:index:IpRestrictionGroup");
        assert.deepEqual(one(run, GROUP).inputs, { name: "deny-outside-cidrs-office", path: "/guardrails/" });
        const policy = one(run, GROUP_POLICY);
        assert.equal(policy.inputs.group, "deny-outside-cidrs-office");
        assert.equal(policy.inputs.name, "deny-outside-cidrs");
        assert.deepEqual(policyInput(policy), denyOutsideCidrs(args));
        assert.deepEqual(exposed, denyOutsideCidrs(args));
        assert.deepEqual(run.outputs, {
            groupName: "deny-outside-cidrs-office",
            groupArn: "arn:aws:iam::123456789012:group/guardrails/deny-outside-cidrs-office",
        });
    });

    it("takes an explicit group name and path", async () => {
        const run = await runUnderMocks(() => new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"], groupName: "office-only", path: "/fences/" }));
        assert.deepEqual(one(run, GROUP).inputs, { name: "office-only", path: "/fences/" });
    });

    it("passes the policy pack with zero violations", async () => {
        await assertPackClean(() => new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"], allowedVpcs: ["vpc-0a1b2c3d"] }));
    });

    it("refuses the whole internet, naming the component, before creating anything", async () => {
        await assertRefused(
            () => new IpRestrictionGroup("office", { cidrs: ["0.0.0.0/0"] }),
            'IpRestrictionGroup "office": denyOutsideCidrs: "0.0.0.0/0" allows every IPv4 address, which switches the fence off; list the ranges your callers use, like 203.0.113.0/24',
        );
    });

    it("refuses a malformed CIDR before creating anything", async () => {
        await assertRefused(
            () => new IpRestrictionGroup("office", { cidrs: ["203.0.113.300/24"] }),
            'IpRestrictionGroup "office": denyOutsideCidrs: "203.0.113.300/24" is not a valid CIDR; expected IPv4 like 203.0.113.0/24 or IPv6 like 2001:db8::/32',
        );
    });

    it("refuses a group name IAM would reject", async () => {
        await assertRefused(
            () => new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"], groupName: "office only" }),
            'IpRestrictionGroup "office": groupName "office only" is not a valid IAM name; expected 1 to 128 letters, digits and _+=,.@-',
        );
    });

    it("refuses a path that does not start and end with a slash", async () => {
        await assertRefused(
            () => new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"], path: "guardrails" }),
            'IpRestrictionGroup "office": path "guardrails" is not a valid IAM path; expected it to start and end with "/", like "/guardrails/"',
        );
    });

    it("refuses a document over the 5,120-character group limit", async () => {
        const cidrs = Array.from({ length: 400 }, (_, index) => `10.${Math.floor(index / 250)}.${index % 250}.0/24`);
        const { error, run } = await constructionError(() => new IpRestrictionGroup("office", { cidrs }));
        assert.deepEqual(run.resources.map((r) => r.type), ["pulumi:pulumi:Stack"]);
        assert.match(error.message, /^IpRestrictionGroup "office": group policy "deny-outside-cidrs-office" is [\d,]+ characters \(whitespace excluded\), [\d,]+ over the AWS limit of 5,120$/);
    });
});

describe("RegionRestrictionGroup", () => {
    it("creates one group holding exactly the denyOutsideRegions document", async () => {
        const run = await runUnderMocks(() => new RegionRestrictionGroup("eu", { regions: ["eu-west-1", "eu-central-1"] }));
        assert.deepEqual(shape(run), ["aws-guardrails:index:RegionRestrictionGroup eu", `${GROUP} eu`, `${GROUP_POLICY} eu`]);
        assertAllChildrenOf(run, "aws-guardrails:index:RegionRestrictionGroup");
        assert.deepEqual(one(run, GROUP).inputs, { name: "deny-outside-regions-eu", path: "/guardrails/" });
        assert.equal(one(run, GROUP_POLICY).inputs.name, "deny-outside-regions");
        assert.deepEqual(policyInput(one(run, GROUP_POLICY)), denyOutsideRegions({ regions: ["eu-west-1", "eu-central-1"] }));
    });

    it("passes exemptGlobalServices through to the document", async () => {
        const run = await runUnderMocks(() => new RegionRestrictionGroup("eu", { regions: ["eu-west-1"], exemptGlobalServices: false }));
        assert.deepEqual(policyInput(one(run, GROUP_POLICY)), denyOutsideRegions({ regions: ["eu-west-1"], exemptGlobalServices: false }));
    });

    it("passes the policy pack with zero violations", async () => {
        await assertPackClean(() => new RegionRestrictionGroup("eu", { regions: ["eu-west-1"] }));
    });

    it("refuses a misspelt region with the nearest real one, before creating anything", async () => {
        const { error, run } = await constructionError(() => new RegionRestrictionGroup("eu", { regions: ["eu-wset-1"] }));
        assert.match(error.message, /^RegionRestrictionGroup "eu": denyOutsideRegions: "eu-wset-1" is not a known AWS commercial region; did you mean "eu-west-1"\? known regions: /);
        assert.deepEqual(run.resources.map((r) => r.type), ["pulumi:pulumi:Stack"]);
    });

    it("refuses an empty region list", async () => {
        await assertRefused(
            () => new RegionRestrictionGroup("eu", { regions: [] }),
            'RegionRestrictionGroup "eu": denyOutsideRegions: regions is empty, so every regional request would be denied; give at least one region, like "eu-west-1"',
        );
    });
});

describe("MfaRequiredGroup", () => {
    it("needs no arguments and holds exactly the requireMfa document", async () => {
        const run = await runUnderMocks(() => new MfaRequiredGroup("humans"));
        assert.deepEqual(shape(run), ["aws-guardrails:index:MfaRequiredGroup humans", `${GROUP} humans`, `${GROUP_POLICY} humans`]);
        assertAllChildrenOf(run, "aws-guardrails:index:MfaRequiredGroup");
        assert.deepEqual(one(run, GROUP).inputs, { name: "require-mfa-humans", path: "/guardrails/" });
        assert.equal(one(run, GROUP_POLICY).inputs.name, "require-mfa");
        assert.deepEqual(policyInput(one(run, GROUP_POLICY)), requireMfa());
    });

    it("passes the policy pack with zero violations", async () => {
        await assertPackClean(() => new MfaRequiredGroup("humans"));
    });

    it("refuses a default group name that would be too long", async () => {
        const name = "x".repeat(120);
        await assertRefused(
            () => new MfaRequiredGroup(name),
            `MfaRequiredGroup "${name}": groupName "require-mfa-${"x".repeat(68)}…" is not a valid IAM name; expected 1 to 128 letters, digits and _+=,.@-`,
        );
    });
});

describe("the three guardrail groups' TypeScript-only members", () => {
    it("give the group, its policy and the document through getters, none of them an output", async () => {
        const seen: { type: string; members: string[]; ownKeys: string[] }[] = [];
        await runUnderMocks(async () => {
            const groups: GuardrailGroup[] = [
                new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"] }),
                new RegionRestrictionGroup("eu", { regions: ["eu-west-1"] }),
                new MfaRequiredGroup("humans"),
            ];
            for (const fence of groups) {
                const [groupName, policyGroup, document, policyDocument] = await Promise.all([
                    valueOf(fence.group.name), valueOf(fence.groupPolicy.group), valueOf(fence.document), valueOf(fence.policyDocument),
                ]);
                assert.equal(policyGroup, groupName);
                assert.deepEqual(policyDocument, document);
                const ownKeys = Object.keys(fence).filter((key) => ["group", "groupPolicy", "document", "policyDocument", "groupName", "groupArn", "policyJson"].includes(key));
                seen.push({ type: fence.constructor.name, members: [fence.group.constructor.name, fence.groupPolicy.constructor.name], ownKeys });
            }
        });
        assert.deepEqual(seen, ["IpRestrictionGroup", "RegionRestrictionGroup", "MfaRequiredGroup"].map((type) => ({
            type, members: ["Group", "GroupPolicy"], ownKeys: ["groupName", "groupArn", "policyJson"],
        })));
    });
});

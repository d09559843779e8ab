import assert from "node:assert/strict";
import {
    AWS_REGION_NAMES,
    AWS_SAMPLES_GLOBAL_EXEMPTIONS,
    BILLING_GLOBAL_EXEMPTIONS,
    checkActionPattern,
    CONTROL_TOWER_GLOBAL_EXEMPTIONS,
    denyOutsideRegions,
    GLOBAL_SERVICE_EXEMPTIONS,
    globalServiceExemptions,
    ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS,
} from "../../components/documents";

describe("denyOutsideRegions", () => {
    it("denies everything but the global services outside the allowed regions", () => {
        assert.deepEqual(denyOutsideRegions({ regions: ["eu-west-1", "eu-central-1"] }), {
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "DenyOutsideAllowedRegions",
                    Effect: "Deny",
                    NotAction: [...GLOBAL_SERVICE_EXEMPTIONS],
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } },
                },
            ],
        });
    });

    it("exempts the Organizations guide's list (supportplans included), AWS's sample extras and the Billing family", () => {
        for (const action of ["iam:*", "sts:*", "organizations:*", "route53:*", "cloudfront:*", "support:*", "supportplans:*", "budgets:*", "wafv2:*", "waf:*", "globalaccelerator:*"]) {
            assert.ok(ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS.includes(action), action);
        }
        assert.equal(ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS.length, 39, "the guide's example lists 39 entries");
        assert.deepEqual([...BILLING_GLOBAL_EXEMPTIONS], ["account:*", "billing:*", "consolidatedbilling:*", "freetier:*", "invoicing:*", "payments:*", "purchase-orders:*", "tax:*"]);
        for (const action of [...ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS, ...AWS_SAMPLES_GLOBAL_EXEMPTIONS, ...BILLING_GLOBAL_EXEMPTIONS]) {
            assert.ok(GLOBAL_SERVICE_EXEMPTIONS.includes(action), action);
        }
        assert.ok(!GLOBAL_SERVICE_EXEMPTIONS.includes("ec2:*"));
        assert.deepEqual([...GLOBAL_SERVICE_EXEMPTIONS], [...GLOBAL_SERVICE_EXEMPTIONS].sort());
    });

    it("offers AWS Control Tower's longer list as the controlTower preset", () => {
        const statement = denyOutsideRegions({ regions: ["eu-west-1"], globalServices: "controlTower" }).Statement[0];
        assert.deepEqual(statement.NotAction, [...CONTROL_TOWER_GLOBAL_EXEMPTIONS].sort());
        assert.deepEqual(globalServiceExemptions("controlTower"), statement.NotAction);
        for (const action of ["sso:*", "cloudtrail:LookupEvents", "resource-explorer-2:*", "supportplans:*"]) {
            assert.ok((statement.NotAction as string[]).includes(action), action);
        }
        assert.ok(CONTROL_TOWER_GLOBAL_EXEMPTIONS.length > GLOBAL_SERVICE_EXEMPTIONS.length);
        const loose = denyOutsideRegions as (args: unknown) => unknown;
        assert.throws(() => loose({ regions: ["eu-west-1"], globalServices: "landingZone" }), {
            message: 'denyOutsideRegions: globalServices "landingZone" is not a preset; allowed: standard, controlTower',
        });
    });

    it("refuses a region list that allows every region: it fences nothing", () => {
        assert.throws(() => denyOutsideRegions({ regions: [...AWS_REGION_NAMES] }), {
            name: "GuardrailInputError",
            message: `denyOutsideRegions: regions allows all ${AWS_REGION_NAMES.length} AWS commercial regions, which fences nothing; list only the regions you use, like ["eu-west-1"]`,
        });
        assert.doesNotThrow(() => denyOutsideRegions({ regions: AWS_REGION_NAMES.filter((name) => name !== "me-central-1") }));
    });

    it("lists only exemptions that exist in the IAM catalog, in every preset", () => {
        for (const action of [...GLOBAL_SERVICE_EXEMPTIONS, ...CONTROL_TOWER_GLOBAL_EXEMPTIONS]) assert.ok(checkActionPattern(action).ok, action);
    });

    it("denies every action when global services are not exempt", () => {
        const statement = denyOutsideRegions({ regions: ["eu-west-1"], exemptGlobalServices: false }).Statement[0];
        assert.equal(statement.Action, "*");
        assert.equal(statement.NotAction, undefined);
    });

    it("adds extra exemptions, and uses only them when global services are not exempt", () => {
        const both = denyOutsideRegions({ regions: ["eu-west-1"], extraExemptActions: ["ec2:DescribeInstances"] }).Statement[0];
        assert.ok(Array.isArray(both.NotAction) && both.NotAction.includes("ec2:DescribeInstances") && both.NotAction.includes("iam:*"));
        const only = denyOutsideRegions({ regions: ["eu-west-1"], exemptGlobalServices: false, extraExemptActions: ["s3:ListAllMyBuckets"] }).Statement[0];
        assert.deepEqual(only.NotAction, ["s3:ListAllMyBuckets"]);
    });

    it("removes duplicate regions", () => {
        const statement = denyOutsideRegions({ regions: ["eu-west-1", "eu-west-1"] }).Statement[0];
        assert.deepEqual(statement.Condition, { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1"] } });
    });

    it("refuses an unknown region, naming the nearest", () => {
        assert.throws(() => denyOutsideRegions({ regions: ["eu-wset-1"] }), {
            name: "GuardrailInputError",
            message: `denyOutsideRegions: "eu-wset-1" is not a known AWS commercial region; did you mean "eu-west-1"? known regions: ${AWS_REGION_NAMES.join(", ")}`,
        });
    });

    it("refuses an empty region list and unknown exemptions", () => {
        assert.throws(() => denyOutsideRegions({ regions: [] }), {
            message: `denyOutsideRegions: regions is empty, so every regional request would be denied; give at least one region, like "eu-west-1"`,
        });
        assert.throws(() => denyOutsideRegions({ regions: ["eu-west-1"], extraExemptActions: ["ec2:DescribeInstance"] }), {
            message: `denyOutsideRegions: extraExemptActions: "ec2:DescribeInstance" is not a known IAM action. Did you mean "ec2:DescribeInstances"?`,
        });
        const loose = denyOutsideRegions as (args: unknown) => unknown;
        assert.throws(() => loose({ regions: ["eu-west-1"], exemptGlobalServices: 1 }), {
            message: `denyOutsideRegions: exemptGlobalServices must be true or false; got 1`,
        });
    });
});

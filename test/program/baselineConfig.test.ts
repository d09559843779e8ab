import assert from "node:assert/strict";
import { BaselineConfigError, parseBaselineConfig } from "../../components";

const VALID = {
    allowedCidrs: '["203.0.113.0/24"]',
    alertEmails: '["security@example.com"]',
};

function problemsOf(raw: Record<string, string>): string[] {
    try {
        parseBaselineConfig(raw);
    } catch (error) {
        assert.ok(error instanceof BaselineConfigError, String(error));
        return error.problems;
    }
    assert.fail("expected a BaselineConfigError");
}

describe("parseBaselineConfig (the root program's stack config)", () => {
    it("turns a minimal config into baseline args with secure defaults", () => {
        const args = parseBaselineConfig(VALID);
        assert.equal(args.homeRegion, "us-east-1");
        assert.deepEqual(args.allowedRegions, ["us-east-1"]);
        assert.deepEqual(args.allowedCidrs, ["203.0.113.0/24"]);
        assert.deepEqual(args.alertEmails, ["security@example.com"]);
        assert.equal(args.ipRestriction?.enabled, true);
        assert.equal(args.trail?.enabled, true);
        assert.equal(args.trail?.organizationTrail, false);
        assert.equal(args.billing?.thresholds, undefined);
        assert.equal(args.instanceCount?.vcpuCeiling, 64);
        assert.equal(args.accountPublicAccessBlock?.enabled, true);
        assert.equal(args.ebsDefaultEncryption?.enabled, true);
    });

    it("reads every setting as the Pulumi CLI stores it", () => {
        const args = parseBaselineConfig({
            ...VALID,
            homeRegion: "eu-west-1",
            allowedRegions: '["eu-west-1","us-east-1"]',
            billingThresholdsUsd: "[10,100]",
            monthlyBudgetUsd: "300",
            vcpuCeiling: "32",
            vcpuCeilingOverrides: '["eu-west-1=256"]',
            logRetentionDays: "731",
            insights: "true",
            enableBudget: "false",
            enableLeakedKeyAlert: "false",
            enableAccountPublicAccessBlock: "false",
            enableEbsDefaultEncryption: "false",
        });
        assert.equal(args.homeRegion, "eu-west-1");
        assert.deepEqual(args.billing, { enabled: true, thresholds: [10, 100], budget: { enabled: false, limitUsd: 300 } });
        assert.equal(args.instanceCount?.vcpuCeiling, 32);
        assert.deepEqual(args.instanceCount?.vcpuCeilingByRegion, { "eu-west-1": 256 });
        assert.equal(args.trail?.logRetentionDays, 731);
        assert.equal(args.trail?.insights, true);
        assert.equal(args.leakedKey?.enabled, false);
        assert.deepEqual(args.accountPublicAccessBlock, { enabled: false });
        assert.deepEqual(args.ebsDefaultEncryption, { enabled: false });
    });

    it("reports every problem at once, in one message", () => {
        let error: unknown;
        try {
            parseBaselineConfig({
                homeRegion: "eu-west-9",
                allowedRegions: '["us-east-1", "mars-1"]',
                allowedCidrs: '["0.0.0.0/0", "10.0.0.1"]',
                alertEmails: '["nobody"]',
                billingThresholdsUsd: "fifty",
                vcpuCeiling: "-1",
                vcpuCeilingOverrides: '["eu-west-1=8", "bogus"]',
                insights: "maybe",
            });
        } catch (caught) {
            error = caught;
        }
        assert.ok(error instanceof BaselineConfigError);
        assert.equal(error.problems.length, 10, error.message);
        assert.equal(error.message.split("\n").length, 11);
        assert.match(error.message, /^The stack config has 10 problems; fix them all with `pulumi config set`/);
        for (const key of ["homeRegion", "allowedRegions", "allowedCidrs", "alertEmails", "billingThresholdsUsd", "vcpuCeiling", "vcpuCeilingOverrides", "insights"]) {
            assert.ok(error.problems.some((p) => p.startsWith(`${key}: `)), `no problem reported for ${key}:\n${error.message}`);
        }
    });

    it("names the missing required settings", () => {
        assert.deepEqual(problemsOf({}), [
            'allowedCidrs: missing; the public ranges your keys are used from, like ["203.0.113.0/24"] (or set enableIpRestriction to false)',
            'alertEmails: missing; at least one address that receives the alarms, like ["security@example.com"]',
        ]);
        assert.deepEqual(problemsOf({ enableIpRestriction: "false", alertEmails: "[]" }), [
            "alertEmails: is empty, so nobody would hear the alarms; give at least one address",
        ]);
    });

    it("gives each bad value its own exact line", () => {
        assert.deepEqual(problemsOf({ ...VALID, homeRegion: "eu-west-9" }), [
            'homeRegion: "eu-west-9" is not a known AWS commercial region; did you mean "eu-west-1"? known regions: af-south-1, ap-east-1, ap-east-2, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-south-2, ap-southeast-1, ap-southeast-2, ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-southeast-6, ap-southeast-7, ca-central-1, ca-west-1, eu-central-1, eu-central-2, eu-north-1, eu-south-1, eu-south-2, eu-west-1, eu-west-2, eu-west-3, il-central-1, me-central-1, me-south-1, mx-central-1, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2',
        ]);
        assert.deepEqual(problemsOf({ ...VALID, alertEmails: '["nobody"]' }), [
            'alertEmails: "nobody" is not an e-mail address; expected something like "security@example.com"',
        ]);
        assert.deepEqual(problemsOf({ ...VALID, billingThresholdsUsd: "fifty" }), [
            'billingThresholdsUsd: "fifty" is not a list; set it as YAML list items or a JSON array like [50, 250]',
        ]);
        assert.deepEqual(problemsOf({ ...VALID, vcpuCeilingOverrides: '["eu-west-1=8"]' }), [
            'vcpuCeilingOverrides: "eu-west-1" is not in allowedRegions (us-east-1); regions not in use always alarm at 0 vCPUs',
        ]);
        assert.deepEqual(problemsOf({ ...VALID, logRetentionDays: "100" }), [
            "GuardrailBaseline: trail: AllRegionsTrail: logRetentionDays 100 is not allowed; CloudWatch Logs accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653",
        ]);
        assert.deepEqual(problemsOf({ ...VALID, enableTrail: "nope" }), [
            'enableTrail: "nope" is not a boolean; expected true or false',
        ]);
        assert.deepEqual(problemsOf({ ...VALID, enableAccountPublicAccessBlock: "yes", enableEbsDefaultEncryption: "1" }), [
            'enableAccountPublicAccessBlock: "yes" is not a boolean; expected true or false',
            'enableEbsDefaultEncryption: "1" is not a boolean; expected true or false',
        ]);
    });
});

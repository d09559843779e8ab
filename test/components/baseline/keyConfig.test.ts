import assert from "node:assert/strict";
import { BaselineConfigError, parseBaselineConfig } from "../../../components";

const VALID = { allowedCidrs: '["203.0.113.0/24"]', alertEmails: '["security@example.com"]' };

describe("the root program's config for the key watch and the responder", () => {
    it("turns both on by default, deactivating, with the CIS thresholds", () => {
        const args = parseBaselineConfig(VALID);
        assert.deepEqual(args.keyHygiene, {
            enabled: true,
            config: { enabled: true, autoRemediation: false, maxAccessKeyAgeDays: 90, unusedCredentialsDays: 45 },
            guardDuty: { enabled: true, minimumSeverity: 7 },
            accessAnalyzer: { enabled: true, unusedAccess: true, unusedAccessDays: 90 },
        });
        assert.deepEqual(args.leakedKeyResponder, { enabled: true, dryRun: false, guardDutyFindings: { enabled: false }, allowListedKeyIds: [], allowListedUsers: [] });
    });

    it("reads every setting as the Pulumi CLI stores it", () => {
        const args = parseBaselineConfig({
            ...VALID,
            enableConfigRecorder: "false", enableGuardDuty: "false", keyHygieneAutoRemediation: "true", unusedAccessDays: "0",
            maxAccessKeyAgeDays: "60", guardDutyMinimumSeverity: "5", leakedKeyResponderDryRun: "true", leakedKeyResponderGuardDuty: "true",
            leakedKeyAllowListedKeyIds: '["AKIAIOSFODNN7EXAMPLE"]', leakedKeyAllowListedUsers: '["canary-tokens"]',
        });
        assert.equal(args.keyHygiene?.config?.enabled, false);
        assert.equal(args.keyHygiene?.config?.maxAccessKeyAgeDays, 60);
        assert.equal(args.keyHygiene?.guardDuty?.minimumSeverity, 5);
        assert.deepEqual(args.keyHygiene?.accessAnalyzer, { enabled: true, unusedAccess: false, unusedAccessDays: undefined });
        assert.deepEqual(args.leakedKeyResponder, {
            enabled: true, dryRun: true, guardDutyFindings: { enabled: true }, allowListedKeyIds: ["AKIAIOSFODNN7EXAMPLE"], allowListedUsers: ["canary-tokens"],
        });
    });

    it("reports each bad value on its own line, with the components' own ranges", () => {
        assert.throws(() => parseBaselineConfig({
            ...VALID, leakedKeyAllowListedKeyIds: '["AKIA1"]', leakedKeyAllowListedUsers: '["no spaces"]', leakedKeyResponderDryRun: "maybe",
        }), (error: unknown) => {
            assert.ok(error instanceof BaselineConfigError);
            assert.deepEqual(error.problems, [
                'leakedKeyAllowListedKeyIds: "AKIA1" is not a long-term access key id; expected "AKIA" followed by 16 upper-case letters or digits, like AKIAIOSFODNN7EXAMPLE',
                'leakedKeyAllowListedUsers: "no spaces" is not an IAM user name; expected 1 to 64 letters, digits or + = , . @ _ -',
                'leakedKeyResponderDryRun: "maybe" is not a boolean; expected true or false',
            ]);
            return true;
        });
        assert.throws(() => parseBaselineConfig({ ...VALID, unusedAccessDays: "400" }),
            /accessAnalyzer\.unusedAccessDays 400 is not allowed; expected a whole number from 1 to 365/);
    });
});

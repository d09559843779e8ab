import assert from "node:assert/strict";
import { filterPatternProblems } from "../../../components/documents/detect";
import { CIS_ALARM_IDS, CIS_FILTERS, GUARDRAIL_FILTERS, MFA_DEVICE_EVENTS, MONITORING_ALARM_IDS } from "../../../components/detect";

/** The operators CloudWatch Logs JSON patterns support, and nothing else. */
const OPERATOR_TOKENS = /(!=|<=|>=|&&|\|\||=|<|>|\bIS\b|\bNOT EXISTS\b)/g;

describe("CIS filter patterns", () => {
    it("covers CIS v7.0.0 5.1 to 5.15 in order, with the v5.0.0 ids 4.1 to 4.15", () => {
        assert.deepEqual(CIS_FILTERS.map((f) => f.cisV7), Array.from({ length: 15 }, (_, i) => `5.${i + 1}`));
        assert.deepEqual(CIS_FILTERS.map((f) => f.cisV5), Array.from({ length: 15 }, (_, i) => `4.${i + 1}`));
        assert.equal(new Set(CIS_ALARM_IDS).size, 15);
    });

    for (const filter of [...CIS_FILTERS, ...GUARDRAIL_FILTERS]) {
        describe(`${"cisV7" in filter ? filter.cisV7 : "aws-guardrails"} ${filter.id}`, () => {
            it("parses: balanced braces and parentheses, supported operators only, no empty clause", () => {
                assert.deepEqual(filterPatternProblems(filter.pattern), []);
            });

            it("has balanced braces and parentheses outside strings", () => {
                const bare = filter.pattern.replace(/"[^"]*"/g, '""');
                assert.equal((bare.match(/\{/g) ?? []).length, 1);
                assert.equal((bare.match(/\}/g) ?? []).length, 1);
                assert.equal((bare.match(/\(/g) ?? []).length, (bare.match(/\)/g) ?? []).length);
                assert.doesNotMatch(bare, /\(\s*\)/);
                assert.doesNotMatch(bare, /==|(?<![!<>])!(?!=)/);
            });

            it("uses only =, !=, <, >, <=, >=, IS, NOT EXISTS, && and || between $.fields and values", () => {
                const bare = filter.pattern.replace(/"[^"]*"/g, '""');
                const operators = bare.match(OPERATOR_TOKENS) ?? [];
                assert.ok(operators.length > 0);
                const stripped = bare.replace(OPERATOR_TOKENS, " ").replace(/\$\.[A-Za-z0-9_.]+/g, " ").replace(/[{}()]/g, " ");
                assert.match(stripped, /^[\sA-Za-z0-9_."*-]*$/, `unexpected characters in ${filter.pattern}`);
            });
        });
    }

    it("uses the SSO-safe console sign-in without MFA pattern", () => {
        const filter = CIS_FILTERS.find((f) => f.id === "consoleSignInWithoutMfa");
        assert.equal(filter?.pattern,
            '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }');
    });

    it("ignores root actions taken by AWS services on the root user's behalf", () => {
        const filter = CIS_FILTERS.find((f) => f.id === "rootAccountUsage");
        assert.equal(filter?.pattern,
            '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }');
    });

    it("names the Security Hub control of each CIS filter that has one (CloudWatch.1 to 14), and none for Organizations changes", () => {
        const byId = Object.fromEntries(CIS_FILTERS.map((f) => [f.id, f.securityHub]));
        assert.equal(byId.rootAccountUsage, "CloudWatch.1");
        assert.equal(byId.unauthorizedApiCalls, "CloudWatch.2");
        assert.equal(byId.vpcChanges, "CloudWatch.14");
        assert.equal(byId.organizationsChanges, undefined);
        const ids = CIS_FILTERS.map((f) => f.securityHub).filter((id): id is string => id !== undefined);
        assert.deepEqual(ids.map((id) => Number(id.split(".")[1])).sort((a, b) => a - b), Array.from({ length: 14 }, (_, i) => i + 1));
    });

    it("matches every Organizations call of the CIS text and the three more Prowler's check requires", () => {
        const pattern = CIS_FILTERS.find((f) => f.id === "organizationsChanges")?.pattern ?? "";
        const cisText = [
            "AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit", "CreatePolicy", "DeclineHandshake",
            "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy", "DisablePolicyType", "EnablePolicyType",
            "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount", "RemoveAccountFromOrganization", "UpdatePolicy",
            "UpdateOrganizationalUnit",
        ];
        for (const name of [...cisText, "CancelHandshake", "CreateOrganization", "EnableAllFeatures"]) {
            assert.match(pattern, new RegExp(`\\(\\$\\.eventName = ${name}\\)`), name);
        }
        assert.match(pattern, /^\{ \(\$\.eventSource = organizations\.amazonaws\.com\) && /);
    });

    it("adds an alarm on MFA device enrolment and removal by IAM users", () => {
        const [mfa] = GUARDRAIL_FILTERS;
        assert.equal(mfa.id, "mfaDeviceChanges");
        for (const name of MFA_DEVICE_EVENTS) assert.ok(mfa.pattern.includes(`($.eventName = ${name})`), name);
        assert.ok(mfa.pattern.includes("($.eventSource = iam.amazonaws.com)"));
        assert.ok(mfa.pattern.includes("($.userIdentity.type = IAMUser)"));
        assert.deepEqual(MONITORING_ALARM_IDS, [...CIS_ALARM_IDS, "mfaDeviceChanges"]);
    });
});

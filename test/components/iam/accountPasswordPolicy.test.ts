import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import { AccountPasswordPolicy, CIS_PASSWORD_POLICY, resolvePasswordPolicy, type AccountPasswordPolicyArgs } from "../../../components/iam";
import { assertAllChildrenOf, assertPackClean, assertRefused, one, shape } from "./helpers";

const RESOURCE = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";

describe("AccountPasswordPolicy", () => {
    it("needs no arguments and applies the CIS defaults, leaving passwords without expiry", async () => {
        const run = await runUnderMocks(() => new AccountPasswordPolicy("account"));
        assert.deepEqual(shape(run), ["aws-guardrails:index:AccountPasswordPolicy account", `${RESOURCE} account`]);
        assertAllChildrenOf(run, "aws-guardrails:index:AccountPasswordPolicy");
        assert.deepEqual(one(run, RESOURCE).inputs, {
            minimumPasswordLength: 14,
            passwordReusePrevention: 24,
            requireLowercaseCharacters: true,
            requireUppercaseCharacters: true,
            requireNumbers: true,
            requireSymbols: true,
            allowUsersToChangePassword: true,
            hardExpiry: false,
        });
    });

    it("keeps stricter settings and sets an expiry when asked", () => {
        assert.deepEqual(resolvePasswordPolicy({ minimumPasswordLength: 20, maxPasswordAge: 90 }), {
            ...CIS_PASSWORD_POLICY,
            minimumPasswordLength: 20,
            maxPasswordAge: 90,
        });
    });

    it("passes the policy pack with zero violations", async () => {
        await assertPackClean(() => new AccountPasswordPolicy("account", { minimumPasswordLength: 16 }));
    });

    describe("refuses bad input before creating anything", () => {
        const cases: [string, AccountPasswordPolicyArgs, string][] = [
            [
                "a length under the CIS floor",
                { minimumPasswordLength: 8 },
                "AccountPasswordPolicy: minimumPasswordLength 8 is not allowed; expected a whole number from 14 to 128 (AWS allows 6, but CIS AWS Foundations 2.8 requires at least 14)",
            ],
            [
                "a length over the AWS maximum",
                { minimumPasswordLength: 129 },
                "AccountPasswordPolicy: minimumPasswordLength 129 is not allowed; expected a whole number from 14 to 128 (AWS allows 6, but CIS AWS Foundations 2.8 requires at least 14)",
            ],
            [
                "a fractional length",
                { minimumPasswordLength: 14.5 },
                "AccountPasswordPolicy: minimumPasswordLength 14.5 is not allowed; expected a whole number from 14 to 128 (AWS allows 6, but CIS AWS Foundations 2.8 requires at least 14)",
            ],
            [
                "reuse prevention over 24",
                { passwordReusePrevention: 25 },
                "AccountPasswordPolicy: passwordReusePrevention 25 is not allowed; expected a whole number from 1 to 24",
            ],
            [
                "an expiry over 1,095 days",
                { maxPasswordAge: 1096 },
                "AccountPasswordPolicy: maxPasswordAge 1096 is not allowed; expected a whole number from 1 to 1095, or 0 for passwords that never expire",
            ],
            [
                "a setting of the wrong type",
                { requireSymbols: "yes" as unknown as boolean },
                'AccountPasswordPolicy: requireSymbols "yes" must be a boolean',
            ],
            [
                "an unknown setting",
                { minimumLength: 16 } as unknown as AccountPasswordPolicyArgs,
                'AccountPasswordPolicy: unknown setting "minimumLength"; allowed: minimumPasswordLength, passwordReusePrevention, maxPasswordAge, requireLowercaseCharacters, requireUppercaseCharacters, requireNumbers, requireSymbols, allowUsersToChangePassword, hardExpiry',
            ],
        ];
        for (const [label, args, message] of cases) {
            it(label, async () => {
                await assertRefused(() => new AccountPasswordPolicy("account", args), message);
            });
        }
    });
});

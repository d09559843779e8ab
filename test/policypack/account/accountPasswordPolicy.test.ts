import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { AccountPasswordPolicy } from "../../../components";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "account-password-policy";
const CIS = {
    minimumPasswordLength: 14,
    passwordReusePrevention: 24,
    requireLowercaseCharacters: true,
    requireUppercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
};

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks a password policy below CIS, naming every shortfall", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.AccountPasswordPolicy("weak", { minimumPasswordLength: 8, requireSymbols: false, requireNumbers: true });
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "mandatory");
        for (const part of [
            /minimumPasswordLength is 8; at least 14 is required/,
            /passwordReusePrevention is unset; 24 is required/,
            /requireLowercaseCharacters is unset; passwords must contain a lowercase letter/,
            /requireSymbols is false; passwords must contain a symbol/,
        ]) {
            assert.match(found[0].message, part);
        }
        assert.doesNotMatch(found[0].message, /requireNumbers/);
    });

    it("accepts the AccountPasswordPolicy component's CIS defaults", async () => {
        const { violations } = await checkUnderMocks(() => {
            new AccountPasswordPolicy("account");
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("applies stricter config: minimumPasswordLength 16 makes a 14-character policy violate, maxPasswordAgeDays requires expiry", async () => {
        const raw = { type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", name: "cis", inputs: CIS };
        assert.deepEqual(messagesOf(await analyzeOne(raw), POLICY), []);
        const longer = messagesOf(await analyzeOne(raw, { [POLICY]: { minimumPasswordLength: 16 } }), POLICY);
        assert.equal(longer.length, 1);
        assert.match(longer[0], /minimumPasswordLength is 14; at least 16 is required/);
        const expiring = messagesOf(await analyzeOne(raw, { [POLICY]: { maxPasswordAgeDays: 90 } }), POLICY);
        assert.match(expiring[0] ?? "", /maxPasswordAge is unset; passwords must expire within 90 days/);
        const withAge = { ...raw, inputs: { ...CIS, maxPasswordAge: 60 } };
        assert.deepEqual(messagesOf(await analyzeOne(withAge, { [POLICY]: { maxPasswordAgeDays: 90 } }), POLICY), []);
    });

    it("refuses a config weaker than CIS", async () => {
        await assert.rejects(
            analyzeOne({ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", name: "x", inputs: CIS }, { [POLICY]: { minimumPasswordLength: 8 } }),
            /account-password-policy: \/minimumPasswordLength must be >= 14/,
        );
    });

    it("reads numbers sent as strings, and stays silent about settings that are unknown", async () => {
        const raw = { type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", name: "odd", inputs: { ...CIS, minimumPasswordLength: "20", passwordReusePrevention: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } };
        assert.deepEqual(messagesOf(await analyzeOne(raw), POLICY), []);
    });
});

import assert from "node:assert/strict";
import { actionExists, asStringList, policySize, POLICY_SIZE_LIMITS, requireMfa } from "../../components/documents";

describe("requireMfa", () => {
    const doc = requireMfa();

    it("follows AWS's self-manage-credentials-with-MFA example statement by statement", () => {
        assert.deepEqual(
            doc.Statement.map((statement) => statement.Sid),
            [
                "AllowViewAccountInfo",
                "AllowManageOwnPasswords",
                "AllowManageOwnAccessKeys",
                "AllowManageOwnSigningCertificates",
                "AllowManageOwnSSHPublicKeys",
                "AllowManageOwnGitCredentials",
                "AllowManageOwnVirtualMFADevice",
                "AllowManageOwnUserMFA",
                "DenyAllExceptListedIfNoMFA",
            ],
        );
    });

    it("scopes every self-service statement to the caller's own user or MFA device", () => {
        for (const statement of doc.Statement.slice(1, 8)) {
            const resources = asStringList(statement.Resource);
            assert.ok(
                resources.every((arn) => arn === "arn:aws:iam::*:user/${aws:username}" || arn === "arn:aws:iam::*:mfa/*"),
                statement.Sid,
            );
        }
    });

    it("denies everything but MFA setup while MFA is false or absent", () => {
        const deny = doc.Statement[8];
        assert.equal(deny.Effect, "Deny");
        assert.deepEqual(deny.Condition, { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } });
        const notAction = asStringList(deny.NotAction);
        assert.ok(notAction.includes("sts:GetSessionToken") && notAction.includes("iam:EnableMFADevice"));
        for (const action of ["iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:DeleteAccessKey", "iam:ChangePassword"]) {
            assert.ok(!notAction.includes(action), `${action} must require MFA`);
        }
    });

    it("names only real IAM actions", () => {
        for (const statement of doc.Statement) {
            for (const action of asStringList(statement.Action ?? statement.NotAction)) assert.ok(actionExists(action), action);
        }
    });

    it("fits in a group policy", () => {
        assert.ok(policySize(doc) <= POLICY_SIZE_LIMITS.groupInline);
    });
});

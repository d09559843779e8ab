import { POLICY_VERSION, type PolicyDocument } from "./policyDocument";

/**
 * AWS's "MFA-authenticated IAM users manage their own credentials" policy:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html
 *
 * Followed as AWS publishes it. The `Allow` statements let users view account
 * information and manage their own password, access keys, signing certificates,
 * SSH keys, service-specific (Git) credentials and MFA device, each scoped to
 * `arn:aws:iam::*:user/${aws:username}` (virtual MFA devices: `mfa/*`, since a
 * device may have any name). `DenyAllExceptListedIfNoMFA` then denies everything
 * else while `aws:MultiFactorAuthPresent` is false OR ABSENT (`BoolIfExists`):
 * requests signed with a long-term access key carry no such key, so a leaked
 * key alone can do nothing but set up MFA and call `sts:GetSessionToken`.
 *
 * **That is also its weakness, stated plainly: this fence does not stop a
 * leaked key.** The self-service it must allow (a person without MFA has to be
 * able to set MFA up) lets whoever holds the key call
 * `iam:CreateVirtualMFADevice` and `iam:EnableMFADevice` for the key's own
 * user, with a device the attacker holds, then `sts:GetSessionToken` with a
 * code from it: the session carries MFA and the fence opens. (When the user
 * already has an MFA device, the attacker cannot remove it without MFA, and
 * enrolling a second one leaves a record.) So: use this group for people, and
 * fence keys by IP or region; `CisAlarms` alarms on every MFA device an IAM
 * user enrols or removes (`mfaDeviceChanges`); `ScopedServiceUser` and the
 * policy pack's `iam-key-users-fenced` do not accept an MFA group as a key's
 * only fence.
 *
 * As in AWS's document, creating, rotating or deleting one's own access key
 * requires MFA (those actions are not in the `NotAction` list), and so does
 * `iam:ChangePassword`: AWS notes that adding it would let users with an expired
 * password reset it without MFA, and does not recommend that.
 *
 * Commercial partition only (`arn:aws:`), like the rest of this package. As a
 * group policy it is about 2,000 characters, well within the 5,120 limit.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html — AWS's self-manage-credentials policy lets a user without MFA call iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:ResyncMFADevice, iam:GetUser, iam:ListMFADevices, iam:ListVirtualMFADevices and sts:GetSessionToken, and denies the rest with BoolIfExists aws:MultiFactorAuthPresent false
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent — aws:MultiFactorAuthPresent is absent from requests signed with long-term access keys, and true in sessions from GetSessionToken called with an MFA code
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html — with an MFA code, sts:GetSessionToken returns temporary credentials whose requests carry MFA
 */
export function requireMfa(): PolicyDocument {
    const ownUser = "arn:aws:iam::*:user/${aws:username}";
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "AllowViewAccountInfo",
                Effect: "Allow",
                Action: ["iam:GetAccountPasswordPolicy", "iam:ListVirtualMFADevices"],
                Resource: "*",
            },
            {
                Sid: "AllowManageOwnPasswords",
                Effect: "Allow",
                Action: ["iam:ChangePassword", "iam:GetUser"],
                Resource: ownUser,
            },
            {
                Sid: "AllowManageOwnAccessKeys",
                Effect: "Allow",
                Action: [
                    "iam:CreateAccessKey",
                    "iam:DeleteAccessKey",
                    "iam:ListAccessKeys",
                    "iam:UpdateAccessKey",
                    "iam:GetAccessKeyLastUsed",
                ],
                Resource: ownUser,
            },
            {
                Sid: "AllowManageOwnSigningCertificates",
                Effect: "Allow",
                Action: [
                    "iam:DeleteSigningCertificate",
                    "iam:ListSigningCertificates",
                    "iam:UpdateSigningCertificate",
                    "iam:UploadSigningCertificate",
                ],
                Resource: ownUser,
            },
            {
                Sid: "AllowManageOwnSSHPublicKeys",
                Effect: "Allow",
                Action: [
                    "iam:DeleteSSHPublicKey",
                    "iam:GetSSHPublicKey",
                    "iam:ListSSHPublicKeys",
                    "iam:UpdateSSHPublicKey",
                    "iam:UploadSSHPublicKey",
                ],
                Resource: ownUser,
            },
            {
                Sid: "AllowManageOwnGitCredentials",
                Effect: "Allow",
                Action: [
                    "iam:CreateServiceSpecificCredential",
                    "iam:DeleteServiceSpecificCredential",
                    "iam:ListServiceSpecificCredentials",
                    "iam:ResetServiceSpecificCredential",
                    "iam:UpdateServiceSpecificCredential",
                ],
                Resource: ownUser,
            },
            {
                Sid: "AllowManageOwnVirtualMFADevice",
                Effect: "Allow",
                Action: ["iam:CreateVirtualMFADevice"],
                Resource: "arn:aws:iam::*:mfa/*",
            },
            {
                Sid: "AllowManageOwnUserMFA",
                Effect: "Allow",
                Action: [
                    "iam:DeactivateMFADevice",
                    "iam:EnableMFADevice",
                    "iam:GetMFADevice",
                    "iam:ListMFADevices",
                    "iam:ResyncMFADevice",
                ],
                Resource: ownUser,
            },
            {
                Sid: "DenyAllExceptListedIfNoMFA",
                Effect: "Deny",
                NotAction: [
                    "iam:CreateVirtualMFADevice",
                    "iam:EnableMFADevice",
                    "iam:GetUser",
                    "iam:GetMFADevice",
                    "iam:ListMFADevices",
                    "iam:ListVirtualMFADevices",
                    "iam:ResyncMFADevice",
                    "sts:GetSessionToken",
                ],
                Resource: "*",
                Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
            },
        ],
    };
}

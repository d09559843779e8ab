import { resourcePolicy } from "../framework/guardrailPolicy";
import { ATTACHMENT_TYPES, awsManagedPolicyName, managedPolicyAttachments } from "./support/policyAttachments";
import { quote } from "../framework/text";

/** Config of {@link iamNoAdminManagedPolicies}. */
export interface NoAdminManagedPoliciesConfig {
    /** AWS managed policy names that may not be attached to users or groups. */
    forbiddenPolicies?: string[];
}

// @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html — AdministratorAccess grants every action; PowerUserAccess every action except most of IAM and Organizations
// @awsfact https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html — IAMFullAccess allows iam:* (and so lets its holder grant itself anything)
/** The AWS managed policies that make a user (or every member of a group) an administrator or nearly one. */
export const DEFAULT_FORBIDDEN_POLICIES = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"];

/**
 * Users and groups must not get `AdministratorAccess`, `PowerUserAccess` or
 * `IAMFullAccess`. Users hold long-lived keys; a leaked key of an admin user
 * owns the account, and `IAMFullAccess` turns itself into admin in one call.
 *
 * Attachments are read from `UserPolicyAttachment`, `GroupPolicyAttachment`,
 * `PolicyAttachment` (its `users` and `groups`), the `*PolicyAttachmentsExclusive`
 * resources and a user's or group's `managedPolicyArns`, in any partition.
 * Roles are not checked: administrators should reach admin rights by assuming a
 * role with MFA in its trust policy.
 */
export const iamNoAdminManagedPolicies = resourcePolicy<NoAdminManagedPoliciesConfig>({
    name: "iam-no-admin-managed-policies",
    area: "iam",
    description: "IAM users and groups must not have AdministratorAccess, PowerUserAccess or IAMFullAccess attached; a leaked user key would carry those rights.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Detach the policy. Give the user a least-privilege policy through a group, and let administrators assume an admin role whose trust policy requires MFA.",
    cis: { v7: ["2.14"], v5: ["1.15"] },
    configSchema: {
        properties: {
            forbiddenPolicies: {
                type: "array",
                items: { type: "string", minLength: 1 },
                default: DEFAULT_FORBIDDEN_POLICIES,
                description: "AWS managed policy names (arn:<partition>:iam::aws:policy/<name>) that may not be attached to users or groups.",
            },
        },
    },
    types: ATTACHMENT_TYPES,
    check: (resource, report, config) => {
        const forbidden = new Set(Array.isArray(config.forbiddenPolicies) ? config.forbiddenPolicies : DEFAULT_FORBIDDEN_POLICIES);
        for (const attachment of managedPolicyAttachments(resource.type, resource.props, resource.name)) {
            const policy = awsManagedPolicyName(attachment.policyArn);
            if (policy !== undefined && forbidden.has(policy)) {
                report(`${resource.name} attaches ${policy} (${quote(attachment.policyArn)}) to ${attachment.principalKind} ${quote(attachment.principal)}; a leaked key of that ${attachment.principalKind === "user" ? "user" : "group's members"} would carry ${policy}`);
            }
        }
    },
});

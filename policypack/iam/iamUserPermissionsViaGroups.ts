import {
    IAM_POLICY_ATTACHMENT, IAM_USER, IAM_USER_POLICIES_EXCLUSIVE, IAM_USER_POLICY, IAM_USER_POLICY_ATTACHMENT,
    IAM_USER_POLICY_ATTACHMENTS_EXCLUSIVE,
} from "../shared/iamTypes";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { managedPolicyAttachments } from "./support/policyAttachments";
import { asList, asString } from "../framework/props";
import { quote } from "../framework/text";

/**
 * IAM users should get permissions only through groups (CIS v7.0.0 2.13).
 * Reported: inline user policies (`UserPolicy`, `UserPoliciesExclusive`) and
 * managed policies attached to a user (`UserPolicyAttachment`,
 * `PolicyAttachment` with `users`, `UserPolicyAttachmentsExclusive`,
 * `managedPolicyArns` on a user).
 *
 * Advisory, on purpose: what a leaked key can do is decided by the grant and
 * the fences, which mandatory policies check (no admin wildcards, fenced key
 * users). Where the grant hangs is a matter of keeping permissions reviewable,
 * and blocking a deploy over it would break many existing modules for no
 * change in what a key can do. The ScopedServiceUser component complies.
 */
export const iamUserPermissionsViaGroups = resourcePolicy({
    name: "iam-user-permissions-via-groups",
    area: "iam",
    description: "IAM users should receive permissions only through groups, not inline user policies or policies attached to the user.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: "Create a group for the user's role (one per consuming service), attach the policy to the group, and add the user to it (UserGroupMembership). The ScopedServiceUser component does this for you.",
    cis: { v7: ["2.13"], v5: ["1.14"] },
    types: [IAM_USER_POLICY, IAM_USER_POLICIES_EXCLUSIVE, IAM_USER_POLICY_ATTACHMENT, IAM_POLICY_ATTACHMENT, IAM_USER_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_USER],
    check: (resource, report) => {
        const props = resource.props;
        if (resource.type === IAM_USER_POLICY) {
            report(`${resource.name} is an inline policy on user ${quote(asString(props.user) ?? "?")}; attach it to a group the user belongs to instead`);
            return;
        }
        if (resource.type === IAM_USER_POLICIES_EXCLUSIVE) {
            const names = asList(props.policyNames).map(asString).filter((n): n is string => !!n);
            if (names.length > 0) {
                report(`${resource.name} keeps ${names.length} inline ${names.length === 1 ? "policy" : "policies"} on user ${quote(asString(props.userName) ?? "?")}; move them to a group`);
            }
            return;
        }
        for (const attachment of managedPolicyAttachments(resource.type, props, resource.name)) {
            if (attachment.principalKind === "user") {
                report(`${resource.name} attaches ${quote(attachment.policyArn)} directly to user ${quote(attachment.principal)}; attach it to a group the user belongs to instead`);
            }
        }
    },
});

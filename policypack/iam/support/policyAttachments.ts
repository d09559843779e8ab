import {
    IAM_GROUP, IAM_GROUP_POLICY_ATTACHMENT, IAM_GROUP_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_POLICY_ATTACHMENT, IAM_USER,
    IAM_USER_POLICY_ATTACHMENT, IAM_USER_POLICY_ATTACHMENTS_EXCLUSIVE,
} from "../../shared/iamTypes";
import { Props, asList, asString } from "../../framework/props";

/**
 * Reads managed-policy attachments to users and groups from every resource
 * shape the AWS provider offers, so that a policy about attachments cannot be
 * side-stepped by choosing another resource type.
 */

/** Who a managed policy is attached to. */
export type PrincipalKind = "user" | "group";

/** One attachment of a managed policy ARN to a user or group. */
export interface PolicyAttachmentView {
    /** User or group. */
    principalKind: PrincipalKind;
    /** The user or group name as written (or this resource's name when it is the user or group itself). */
    principal: string;
    /** The attached policy ARN. */
    policyArn: string;
    /** The property it came from, for messages. */
    where: string;
}

/** Every type {@link managedPolicyAttachments} reads. */
export const ATTACHMENT_TYPES: string[] = [
    IAM_USER_POLICY_ATTACHMENT, IAM_GROUP_POLICY_ATTACHMENT, IAM_POLICY_ATTACHMENT,
    IAM_USER_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_GROUP_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_USER, IAM_GROUP,
];

function strings(value: Props[string]): string[] {
    return asList(value).map(asString).filter((s): s is string => s !== undefined && s !== "");
}

function fromLists(kind: PrincipalKind, principals: string[], arns: string[], where: string): PolicyAttachmentView[] {
    return principals.flatMap((principal) => arns.map((policyArn) => ({ principalKind: kind, principal, policyArn, where })));
}

/**
 * The user and group attachments a resource makes. `self` is the name used
 * when the resource is the user or group itself (its `managedPolicyArns`,
 * which older provider versions and hand-written state may carry).
 */
export function managedPolicyAttachments(type: string, props: Props, self: string): PolicyAttachmentView[] {
    switch (type) {
        case IAM_USER_POLICY_ATTACHMENT:
            return fromLists("user", strings(props.user), strings(props.policyArn), "policyArn");
        case IAM_GROUP_POLICY_ATTACHMENT:
            return fromLists("group", strings(props.group), strings(props.policyArn), "policyArn");
        case IAM_POLICY_ATTACHMENT:
            return [
                ...fromLists("user", strings(props.users), strings(props.policyArn), "users"),
                ...fromLists("group", strings(props.groups), strings(props.policyArn), "groups"),
            ];
        case IAM_USER_POLICY_ATTACHMENTS_EXCLUSIVE:
            return fromLists("user", strings(props.userName), strings(props.policyArns), "policyArns");
        case IAM_GROUP_POLICY_ATTACHMENTS_EXCLUSIVE:
            return fromLists("group", strings(props.groupName), strings(props.policyArns), "policyArns");
        case IAM_USER:
            return fromLists("user", [asString(props.name) ?? self], strings(props.managedPolicyArns), "managedPolicyArns");
        case IAM_GROUP:
            return fromLists("group", [asString(props.name) ?? self], strings(props.managedPolicyArns), "managedPolicyArns");
        default:
            return [];
    }
}

/** The name of an AWS managed policy (`arn:<partition>:iam::aws:policy/<Name>`, root path), or undefined. */
export function awsManagedPolicyName(arn: string): string | undefined {
    const match = /^arn:aws(?:-[a-z]+)*:iam::aws:policy\/([^/]+)$/.exec(arn.trim());
    return match ? match[1] : undefined;
}

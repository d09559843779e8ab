import type { ParsedPolicyDocument } from "../parsePolicyDocument";
import { fullAdminStatements } from "./adminGrant";
import { fenceKindsOf } from "./fenceKinds";

/**
 * Permissions boundaries that bound nothing. A boundary caps what a user's
 * policies can grant; one that allows every action on every resource (AWS's
 * `AdministratorAccess`, or any document with `Allow *` on `*`) caps nothing,
 * so it is no fence around a user's keys. The policy pack's
 * `iam-key-users-fenced` and `aws-guardrails audit`'s `key-user-unfenced` both
 * ask this module.
 */

/**
 * AWS managed policies that allow every action on every resource.
 *
 * @awsfact https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html — the AWS managed policy AdministratorAccess (arn:aws:iam::aws:policy/AdministratorAccess) allows "*" on "*"
 */
const FULL_ACCESS_MANAGED_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** `AdministratorAccess` as a parsed document, for readers that know the ARN but not the text. */
export const ADMINISTRATOR_ACCESS_DOCUMENT: ParsedPolicyDocument = Object.freeze({
    Version: "2012-10-17",
    Id: undefined,
    Statement: [Object.freeze({ Effect: "Allow" as const, Action: ["*"], Resource: ["*"] })],
});

/** Whether an ARN is an AWS managed policy that allows every action on every resource. */
export function isFullAccessManagedPolicy(arn: string): boolean {
    return FULL_ACCESS_MANAGED_POLICY.test(arn.trim());
}

/**
 * Whether a permissions boundary bounds nothing: its ARN is `AdministratorAccess`,
 * or its document allows every action on every resource and carries no IP or
 * region fence of its own. A boundary whose document is unknown (defined in
 * another stack) is not judged open here; callers say what they could not see.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html — a permissions boundary sets the maximum permissions identity policies can grant; effective permissions are the intersection of both
 */
export function isOpenBoundary(arn: string, doc?: Pick<ParsedPolicyDocument, "Statement">): boolean {
    if (isFullAccessManagedPolicy(arn)) {
        return true;
    }
    if (doc === undefined) {
        return false;
    }
    return fullAdminStatements(doc).length > 0 && !fenceKindsOf(doc).some((kind) => kind === "ip" || kind === "region");
}

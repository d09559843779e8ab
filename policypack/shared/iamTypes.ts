/**
 * Type tokens of the IAM, Organizations, SSM and Secrets Manager resources the
 * IAM, secrets and account policies read, checked against
 * `node_modules/@pulumi/aws/<module>/<resource>.js` (`__pulumiType`). Strings, not
 * `@pulumi/aws` imports: the pack must start without loading the AWS SDK.
 */

/** `aws.iam.User`: `name`, `permissionsBoundary`, `tags`. */
export const IAM_USER = "aws:iam/user:User";
/** `aws.iam.Group`: `name`. */
export const IAM_GROUP = "aws:iam/group:Group";
/** `aws.iam.Role`: `assumeRolePolicy`, `inlinePolicies[].policy`, `managedPolicyArns`. */
export const IAM_ROLE = "aws:iam/role:Role";
/** `aws.iam.Policy` (customer managed): `policy`, output `arn`. */
export const IAM_POLICY = "aws:iam/policy:Policy";
/** `aws.iam.UserPolicy` (inline): `user`, `policy`. */
export const IAM_USER_POLICY = "aws:iam/userPolicy:UserPolicy";
/** `aws.iam.GroupPolicy` (inline): `group`, `policy`. */
export const IAM_GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
/** `aws.iam.RolePolicy` (inline): `role`, `policy`. */
export const IAM_ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
/** `aws.iam.UserPolicyAttachment`: `user`, `policyArn`. */
export const IAM_USER_POLICY_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
/** `aws.iam.GroupPolicyAttachment`: `group`, `policyArn`. */
export const IAM_GROUP_POLICY_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
/** `aws.iam.PolicyAttachment`: `policyArn`, `users[]`, `groups[]`, `roles[]`. */
export const IAM_POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
/** `aws.iam.UserPolicyAttachmentsExclusive`: `userName`, `policyArns[]`. */
export const IAM_USER_POLICY_ATTACHMENTS_EXCLUSIVE = "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";
/** `aws.iam.GroupPolicyAttachmentsExclusive`: `groupName`, `policyArns[]`. */
export const IAM_GROUP_POLICY_ATTACHMENTS_EXCLUSIVE = "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";
/** `aws.iam.UserPoliciesExclusive`: `userName`, `policyNames[]`. */
export const IAM_USER_POLICIES_EXCLUSIVE = "aws:iam/userPoliciesExclusive:UserPoliciesExclusive";
/** `aws.iam.UserGroupMembership`: `user`, `groups[]`. */
export const IAM_USER_GROUP_MEMBERSHIP = "aws:iam/userGroupMembership:UserGroupMembership";
/** `aws.iam.GroupMembership`: `group`, `users[]`. */
export const IAM_GROUP_MEMBERSHIP = "aws:iam/groupMembership:GroupMembership";
/** `aws.iam.AccessKey`: `user`, `status`; outputs `id`, `createDate`. */
export const IAM_ACCESS_KEY = "aws:iam/accessKey:AccessKey";
/** `aws.iam.UserLoginProfile`: `user`. */
export const IAM_USER_LOGIN_PROFILE = "aws:iam/userLoginProfile:UserLoginProfile";
/** `aws.iam.AccountPasswordPolicy`. */
export const IAM_ACCOUNT_PASSWORD_POLICY = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";
/** `aws.organizations.Policy`: `content`, `type` (default `SERVICE_CONTROL_POLICY`). */
export const ORGANIZATIONS_POLICY = "aws:organizations/policy:Policy";
/** `aws.ssm.Parameter`: `name`, `type`, `value`. */
export const SSM_PARAMETER = "aws:ssm/parameter:Parameter";
/** `aws.secretsmanager.SecretVersion`: `secretString`, `secretBinary`. */
export const SECRETS_MANAGER_SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
/** The AWS provider resource itself. */
export const AWS_PROVIDER = "pulumi:providers:aws";

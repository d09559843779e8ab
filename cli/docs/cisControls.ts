/**
 * The recommendations of the CIS Amazon Web Services Foundations Benchmark
 * v7.0.0, as data, with the v5.0.0 ID of the same recommendation (the previous
 * numbering, which many scanners still report; AWS Security Hub reports its own
 * control ids, with related CIS v1.2.0, v1.4.0 or v3.0.0 requirements).
 *
 * Sources, and how sure we are: the v7.0.0 list (IDs, titles, sections) follows
 * Prowler's machine-readable mapping of v7.0.0 (prowler-cloud/prowler,
 * `prowler/compliance/aws/cis_7.0_aws.json`), which reproduces the benchmark's
 * recommendation titles; we had no access to the CIS PDF itself. The v5.0.0 IDs
 * follow Turbot's `steampipe-mod-aws-compliance` (`cis_v500/section_*.pp`) and
 * pair recommendations by title. v7.0.0 numbers its recommendations from
 * section 2 (IAM); 3 is storage, 4 logging, 5 monitoring and 6 networking.
 * Recommendations new in v7.0.0 (or v6.0.0) have no v5.0.0 ID.
 */

/** How a control relates to what infrastructure code can do. */
export type ControlScope =
    /** Code can configure it; the pack or a component may cover it. */
    | "iac"
    /** It depends on account state or people (root credentials, usage, contacts): out of scope for IaC. */
    | "runtime";

/** One CIS recommendation. */
export interface CisControl {
    /** The v7.0.0 ID, such as `2.8`. */
    id: string;
    /** The v5.0.0 ID of the same recommendation, when it has one. */
    v5?: string;
    /** The recommendation's title. */
    title: string;
    /** CIS profile level. */
    level: 1 | 2;
    /** Whether infrastructure code can satisfy it. */
    scope: ControlScope;
    /** Components of this library that satisfy it, by exported class name (listed only if the library exports them). */
    components?: string[];
    /** A short note on how far the coverage goes. */
    note?: string;
}

/** The benchmark's sections, as v7.0.0 numbers them. */
export const CIS_SECTIONS: { id: string; title: string }[] = [
    { id: "2", title: "Identity and Access Management" },
    { id: "3", title: "Storage" },
    { id: "4", title: "Logging" },
    { id: "5", title: "Monitoring" },
    { id: "6", title: "Networking" },
];

/** Every CIS AWS Foundations Benchmark v7.0.0 recommendation. */
export const CIS_V7_CONTROLS: CisControl[] = [
    { id: "2.1.1", title: "Ensure centralized root access in AWS Organizations", level: 2, scope: "iac" },
    { id: "2.1.2", title: "Ensure authorization guardrails for all AWS Organization accounts", level: 2, scope: "iac", components: ["OrganizationGuardrails"], note: "SCPs for regions, IPs, leaving the organization, CloudTrail tampering and root use; attach them to every OU." },
    { id: "2.1.3", title: "Ensure Organizations management account is not used for workloads", level: 2, scope: "runtime" },
    { id: "2.1.4", title: "Ensure Organizational Units are structured by environment and sensitivity", level: 2, scope: "runtime" },
    { id: "2.1.5", title: "Ensure delegated admin manages AWS Organizations policies", level: 2, scope: "iac" },
    { id: "2.1.6", title: "Ensure delegated admins manage AWS Organizations-integrated services", level: 2, scope: "iac" },
    { id: "2.2", v5: "1.1", title: "Maintain current AWS account contact details", level: 1, scope: "runtime" },
    { id: "2.3", v5: "1.2", title: "Ensure security contact information is registered", level: 1, scope: "iac" },
    { id: "2.4", v5: "1.3", title: "Ensure no 'root' user account access key exists", level: 1, scope: "iac", components: ["KeyHygiene"], note: "KeyHygiene's iam-root-access-key-check rule alerts while a root key exists (deleting it is the root user's step)." },
    { id: "2.5", v5: "1.4", title: "Ensure MFA is enabled for the 'root' user account", level: 1, scope: "iac", components: ["KeyHygiene"], note: "KeyHygiene's root-account-mfa-enabled rule alerts while the root user has no MFA (enrolling it is the root user's step)." },
    { id: "2.6", v5: "1.5", title: "Ensure hardware MFA is enabled for the 'root' user account", level: 2, scope: "runtime" },
    { id: "2.7", v5: "1.6", title: "Eliminate use of the 'root' user for administrative and daily tasks", level: 1, scope: "runtime", components: ["LeakedKeyAlert", "CisAlarms"], note: "Root use is a habit, not a setting; the alarms make every root call visible." },
    { id: "2.8", v5: "1.7", title: "Ensure IAM password policy requires minimum length of 14 or greater", level: 1, scope: "iac", components: ["AccountPasswordPolicy"] },
    { id: "2.9", v5: "1.8", title: "Ensure IAM password policy prevents password reuse", level: 1, scope: "iac", components: ["AccountPasswordPolicy"] },
    { id: "2.10", v5: "1.9", title: "Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password", level: 1, scope: "iac", components: ["MfaRequiredGroup", "KeyHygiene"], note: "Code can deny everything without MFA; enrolling a device is the user's step. KeyHygiene's mfa-enabled-for-iam-console-access rule watches users made outside Pulumi." },
    { id: "2.11", v5: "1.11", title: "Ensure credentials unused for 45 days or more are disabled", level: 1, scope: "iac", components: ["KeyHygiene"], note: "KeyHygiene's iam-user-unused-credentials-check rule (45 days) alerts, and with autoRemediation AWS's runbook revokes them." },
    { id: "2.12", v5: "1.13", title: "Ensure access keys are rotated every 90 days or less", level: 1, scope: "iac", components: ["ScopedServiceUser", "KeyHygiene"], note: "Key age is known from state after deployment; two-slot rotation replaces old keys on the next run. KeyHygiene's access-keys-rotated rule (90 days) watches every key, made by Pulumi or not." },
    { id: "2.13", v5: "1.14", title: "Ensure IAM users receive permissions only through groups", level: 1, scope: "iac", components: ["ScopedServiceUser", "KeyHygiene"], note: "KeyHygiene's iam-user-no-policies-check rule watches users made outside Pulumi." },
    { id: "2.14", v5: "1.15", title: "Ensure IAM policies that allow full \"*:*\" administrative privileges are not attached", level: 1, scope: "iac", components: ["KeyHygiene"], note: "KeyHygiene's iam-policy-no-statements-with-admin-access rule watches policies made outside Pulumi." },
    { id: "2.15", v5: "1.16", title: "Ensure a support role has been created to manage incidents with AWS Support", level: 1, scope: "iac" },
    { id: "2.16", v5: "1.17", title: "Ensure IAM instance roles are used for AWS resource access from instances", level: 2, scope: "iac", components: ["ScopedServiceRole"], note: "The pack finds keys written into instance inputs; it does not require every instance to have a profile." },
    { id: "2.17", v5: "1.18", title: "Ensure that all expired SSL/TLS certificates stored in AWS IAM are removed", level: 1, scope: "runtime" },
    { id: "2.18", v5: "1.19", title: "Ensure that IAM External Access Analyzer is enabled for all regions", level: 1, scope: "iac", components: ["KeyHygiene"], note: "An external-access analyzer in every watched region: the 17 enabled in every account plus the allowed opt-in regions." },
    { id: "2.19", v5: "1.20", title: "Ensure IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments", level: 2, scope: "runtime" },
    { id: "2.20", v5: "1.21", title: "Ensure access to AWSCloudShellFullAccess is restricted", level: 1, scope: "iac", note: "iam-no-admin-managed-policies can forbid it for users and groups through its forbiddenPolicies config." },
    { id: "2.21", title: "Ensure AWS resource policies do not allow unrestricted access using 'Principal': '*'", level: 1, scope: "iac", note: "Role trust policies are checked; other resource policies where a policy's tags say so." },
    { id: "3.1.1", v5: "2.1.1", title: "Ensure S3 Bucket Policy is set to deny HTTP requests", level: 2, scope: "iac", note: "AllRegionsTrail's own bucket denies non-TLS access." },
    { id: "3.1.2", v5: "2.1.2", title: "Ensure MFA Delete is enabled on S3 buckets", level: 2, scope: "runtime", note: "Only the root user can enable MFA Delete, with its MFA device." },
    { id: "3.1.3", v5: "2.1.3", title: "Ensure all data in Amazon S3 has been discovered, classified, and secured when necessary", level: 2, scope: "iac" },
    { id: "3.1.4", v5: "2.1.4", title: "Ensure that S3 is configured with 'Block Public Access' enabled", level: 1, scope: "iac", components: ["GuardrailBaseline"], note: "GuardrailBaseline sets the account-level block with all four settings; AllRegionsTrail's own bucket has all four blocks." },
    { id: "3.2.1", v5: "2.2.1", title: "Ensure that encryption-at-rest is enabled for RDS instances", level: 1, scope: "iac" },
    { id: "3.2.2", v5: "2.2.2", title: "Ensure the Auto Minor Version Upgrade feature is enabled for RDS instances", level: 1, scope: "iac" },
    { id: "3.2.3", v5: "2.2.3", title: "Ensure that RDS instances are not publicly accessible", level: 1, scope: "iac" },
    { id: "3.2.4", v5: "2.2.4", title: "Ensure Multi-AZ deployments are used for enhanced availability in Amazon RDS", level: 1, scope: "iac" },
    { id: "3.3.1", v5: "2.3.1", title: "Ensure that encryption is enabled for EFS file systems", level: 1, scope: "iac" },
    { id: "4.1", v5: "3.1", title: "Ensure CloudTrail is enabled in all regions", level: 1, scope: "iac", components: ["AllRegionsTrail"] },
    { id: "4.2", v5: "3.2", title: "Ensure CloudTrail log file validation is enabled", level: 2, scope: "iac", components: ["AllRegionsTrail"] },
    { id: "4.3", v5: "3.3", title: "Ensure AWS Config is enabled in all regions", level: 2, scope: "iac", components: ["KeyHygiene"], note: "A recorder of every supported resource type in every watched region, the global IAM types in the home region only." },
    { id: "4.4", v5: "3.4", title: "Ensure that server access logging is enabled on the CloudTrail S3 bucket", level: 1, scope: "iac", components: ["AllRegionsTrail"], note: "With its optional access-log bucket." },
    { id: "4.5", v5: "3.5", title: "Ensure CloudTrail logs are encrypted at rest using KMS CMKs", level: 2, scope: "iac", components: ["AllRegionsTrail"] },
    { id: "4.6", v5: "3.6", title: "Ensure rotation for customer-created symmetric CMKs is enabled", level: 2, scope: "iac", note: "AllRegionsTrail's own key rotates; other keys are the pack's concern." },
    { id: "4.7", v5: "3.7", title: "Ensure VPC flow logging is enabled in all VPCs", level: 2, scope: "iac" },
    { id: "4.8", v5: "3.8", title: "Ensure that object-level logging for write events is enabled for S3 buckets", level: 2, scope: "iac", components: ["AllRegionsTrail"], note: "With its S3 data-events option." },
    { id: "4.9", v5: "3.9", title: "Ensure that object-level logging for read events is enabled for S3 buckets", level: 2, scope: "iac", components: ["AllRegionsTrail"], note: "With its S3 data-events option." },
    { id: "4.10", title: "Ensure all AWS-managed web front-end services have access logging enabled", level: 1, scope: "iac" },
    { id: "5.1", v5: "4.1", title: "Ensure unauthorized API calls are monitored", level: 2, scope: "iac", components: ["CisAlarms"] },
    { id: "5.2", v5: "4.2", title: "Ensure management console sign-in without MFA is monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.3", v5: "4.3", title: "Ensure usage of the 'root' account is monitored", level: 1, scope: "iac", components: ["CisAlarms", "LeakedKeyAlert"] },
    { id: "5.4", v5: "4.4", title: "Ensure IAM policy changes are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.5", v5: "4.5", title: "Ensure CloudTrail configuration changes are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.6", v5: "4.6", title: "Ensure AWS Management Console authentication failures are monitored", level: 2, scope: "iac", components: ["CisAlarms"] },
    { id: "5.7", v5: "4.7", title: "Ensure disabling or scheduled deletion of customer created CMKs is monitored", level: 2, scope: "iac", components: ["CisAlarms"] },
    { id: "5.8", v5: "4.8", title: "Ensure S3 bucket policy changes are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.9", v5: "4.9", title: "Ensure AWS Config configuration changes are monitored", level: 2, scope: "iac", components: ["CisAlarms"] },
    { id: "5.10", v5: "4.10", title: "Ensure security group changes are monitored", level: 2, scope: "iac", components: ["CisAlarms"] },
    { id: "5.11", v5: "4.11", title: "Ensure Network Access Control List (NACL) changes are monitored", level: 2, scope: "iac", components: ["CisAlarms"] },
    { id: "5.12", v5: "4.12", title: "Ensure changes to network gateways are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.13", v5: "4.13", title: "Ensure route table changes are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.14", v5: "4.14", title: "Ensure VPC changes are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.15", v5: "4.15", title: "Ensure AWS Organizations changes are monitored", level: 1, scope: "iac", components: ["CisAlarms"] },
    { id: "5.16", v5: "4.16", title: "Ensure AWS Security Hub is enabled", level: 2, scope: "iac" },
    { id: "6.1.1", v5: "5.1.1", title: "Ensure EBS volume encryption is enabled in all regions", level: 1, scope: "iac", components: ["GuardrailBaseline"], note: "GuardrailBaseline turns on encryption by default in every region of allowedRegions." },
    { id: "6.1.2", v5: "5.1.2", title: "Ensure CIFS access is restricted to trusted networks to prevent unauthorized access", level: 1, scope: "iac" },
    { id: "6.2", v5: "5.2", title: "Ensure no Network ACLs allow ingress from 0.0.0.0/0 to remote server administration ports", level: 1, scope: "iac" },
    { id: "6.3", v5: "5.3", title: "Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports", level: 1, scope: "iac" },
    { id: "6.4", v5: "5.4", title: "Ensure no security groups allow ingress from ::/0 to remote server administration ports", level: 1, scope: "iac" },
    { id: "6.5", v5: "5.5", title: "Ensure the default security group of every VPC restricts all traffic", level: 2, scope: "iac" },
    { id: "6.6", v5: "5.6", title: "Ensure routing tables for VPC peering are \"least access\"", level: 2, scope: "runtime", note: "Which routes are \"least\" is a design judgement, reviewed by people." },
    { id: "6.7", v5: "5.7", title: "Ensure that the EC2 Metadata Service only allows IMDSv2", level: 1, scope: "iac" },
    { id: "6.8", title: "Ensure VPC Endpoints are used for access to AWS Services", level: 2, scope: "iac" },
];

/** v5.0.0 recommendations that v7.0.0 dropped, for readers who map v5.0.0 findings. */
export const CIS_V5_ONLY_CONTROLS: { v5: string; title: string; note?: string }[] = [
    { v5: "1.10", title: "Do not create access keys during initial setup for IAM users with a console password" },
    { v5: "1.12", title: "Ensure there is only one active access key for any single IAM user", note: "Set iam-max-access-keys-per-user's maxActiveKeysPerUser to 1; the default 2 allows two-slot rotation." },
];

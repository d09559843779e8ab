/**
 * The CIS AWS Foundations Benchmark monitoring controls as data: one CloudWatch
 * Logs metric filter pattern per control, with its id in v7.0.0 (section 5,
 * Monitoring), in v5.0.0 (section 4, the same numbers as v1.4.0 and v3.0.0) and
 * the AWS Security Hub control that checks it. No Pulumi imports; the syntax of
 * every pattern is tested (balanced braces and parentheses, supported operators
 * only).
 *
 * Security Hub does not report these under CIS v5.0.0 numbers: it has its own
 * control ids, CloudWatch.1 to CloudWatch.14, whose "related requirements" cite
 * CIS v1.2.0 (3.x) and v1.4.0 (4.x); its CIS v3.0.0 standard contains none of
 * them, and no Security Hub control covers Organizations changes.
 *
 * @awsfact https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html — Security Hub controls CloudWatch.1 (root use) to CloudWatch.14 (VPC changes) check the log metric filters and alarms, with related requirements CIS v1.2.0 3.x and v1.4.0 4.x
 * @awsfact https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards-cis.html — Security Hub's CIS v3.0.0 standard contains no CloudWatch metric-filter controls
 * @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html — JSON metric filter patterns: { ($.field = value) && (...) || (...) }, with != , NOT EXISTS and * wildcards
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html — CloudTrail records carry eventSource, eventName, errorCode, errorMessage, sourceIPAddress, eventType, userIdentity, additionalEventData and responseElements
 */

/**
 * The name of each alarm `CisAlarms` creates, usable to turn it off: the CIS
 * monitoring controls (v7.0.0 5.1 to 5.15, in order), then this package's own
 * `mfaDeviceChanges`.
 */
export const CisAlarmId = {
    UnauthorizedApiCalls: "unauthorizedApiCalls",
    ConsoleSignInWithoutMfa: "consoleSignInWithoutMfa",
    RootAccountUsage: "rootAccountUsage",
    IamPolicyChanges: "iamPolicyChanges",
    CloudTrailConfigChanges: "cloudTrailConfigChanges",
    ConsoleAuthenticationFailures: "consoleAuthenticationFailures",
    CmkDisableOrScheduledDeletion: "cmkDisableOrScheduledDeletion",
    S3BucketPolicyChanges: "s3BucketPolicyChanges",
    AwsConfigChanges: "awsConfigChanges",
    SecurityGroupChanges: "securityGroupChanges",
    NaclChanges: "naclChanges",
    NetworkGatewayChanges: "networkGatewayChanges",
    RouteTableChanges: "routeTableChanges",
    VpcChanges: "vpcChanges",
    OrganizationsChanges: "organizationsChanges",
    MfaDeviceChanges: "mfaDeviceChanges",
} as const;

/** One of `CisAlarmId`. */
export type CisAlarmId = (typeof CisAlarmId)[keyof typeof CisAlarmId];

/** One CIS monitoring control. */
export interface CisFilter {
    /** The alarm's id. */
    id: CisAlarmId;
    /** The control id in CIS AWS Foundations Benchmark v7.0.0. */
    cisV7: string;
    /** The control id in v5.0.0 (section 4, as in v1.4.0 and v3.0.0). */
    cisV5: string;
    /** The AWS Security Hub control that checks it, when there is one (`CloudWatch.1`...). */
    securityHub?: string;
    /** What the alarm means, one sentence. */
    title: string;
    /** The CloudWatch Logs JSON filter pattern. */
    pattern: string;
}

/** `($.eventName = A) || ($.eventName = B) ...`: one clause per API call. */
function anyEvent(names: readonly string[]): string {
    return names.map((name) => `($.eventName = ${name})`).join(" || ");
}

/** `{ ($.eventSource = source) && (any of names) }`. */
function serviceEvents(source: string, names: readonly string[]): string {
    return `{ ($.eventSource = ${source}) && (${anyEvent(names)}) }`;
}

/**
 * The CIS monitoring controls, in benchmark order.
 *
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_cloudtrail-integration.html — CloudTrail records every Organizations API call (eventSource organizations.amazonaws.com, the API name as eventName), in us-east-1
 */
export const CIS_FILTERS: readonly CisFilter[] = Object.freeze([
    {
        id: "unauthorizedApiCalls",
        cisV7: "5.1",
        cisV5: "4.1",
        securityHub: "CloudWatch.2",
        title: "Unauthorized API calls",
        pattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    },
    {
        id: "consoleSignInWithoutMfa",
        cisV7: "5.2",
        cisV5: "4.2",
        securityHub: "CloudWatch.3",
        title: "Management console sign-in without MFA (IAM users only, so SSO sign-ins do not count)",
        pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    },
    {
        id: "rootAccountUsage",
        cisV7: "5.3",
        cisV5: "4.3",
        securityHub: "CloudWatch.1",
        title: "Usage of the root account",
        pattern: '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }',
    },
    {
        id: "iamPolicyChanges",
        cisV7: "5.4",
        cisV5: "4.4",
        securityHub: "CloudWatch.4",
        title: "IAM policy changes",
        pattern: serviceEvents("iam.amazonaws.com", [
            "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy", "PutUserPolicy",
            "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion", "SetDefaultPolicyVersion",
            "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy",
        ]),
    },
    {
        id: "cloudTrailConfigChanges",
        cisV7: "5.5",
        cisV5: "4.5",
        securityHub: "CloudWatch.5",
        title: "CloudTrail configuration changes",
        pattern: serviceEvents("cloudtrail.amazonaws.com", ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"]),
    },
    {
        id: "consoleAuthenticationFailures",
        cisV7: "5.6",
        cisV5: "4.6",
        securityHub: "CloudWatch.6",
        title: "Management console authentication failures",
        pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    },
    {
        id: "cmkDisableOrScheduledDeletion",
        cisV7: "5.7",
        cisV5: "4.7",
        securityHub: "CloudWatch.7",
        title: "Disabling or scheduled deletion of customer-managed KMS keys",
        pattern: serviceEvents("kms.amazonaws.com", ["DisableKey", "ScheduleKeyDeletion"]),
    },
    {
        id: "s3BucketPolicyChanges",
        cisV7: "5.8",
        cisV5: "4.8",
        securityHub: "CloudWatch.8",
        title: "S3 bucket policy changes",
        pattern: serviceEvents("s3.amazonaws.com", [
            "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle", "PutBucketReplication",
            "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication",
        ]),
    },
    {
        id: "awsConfigChanges",
        cisV7: "5.9",
        cisV5: "4.9",
        securityHub: "CloudWatch.9",
        title: "AWS Config configuration changes",
        pattern: serviceEvents("config.amazonaws.com", [
            "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder",
        ]),
    },
    {
        id: "securityGroupChanges",
        cisV7: "5.10",
        cisV5: "4.10",
        securityHub: "CloudWatch.10",
        title: "Security group changes",
        pattern: serviceEvents("ec2.amazonaws.com", [
            "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
            "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup", "ModifySecurityGroupRules",
        ]),
    },
    {
        id: "naclChanges",
        cisV7: "5.11",
        cisV5: "4.11",
        securityHub: "CloudWatch.11",
        title: "Network ACL changes",
        pattern: serviceEvents("ec2.amazonaws.com", [
            "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry",
            "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation",
        ]),
    },
    {
        id: "networkGatewayChanges",
        cisV7: "5.12",
        cisV5: "4.12",
        securityHub: "CloudWatch.12",
        title: "Network gateway changes",
        pattern: serviceEvents("ec2.amazonaws.com", [
            "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway",
            "DeleteInternetGateway", "DetachInternetGateway",
        ]),
    },
    {
        id: "routeTableChanges",
        cisV7: "5.13",
        cisV5: "4.13",
        securityHub: "CloudWatch.13",
        title: "Route table changes",
        pattern: serviceEvents("ec2.amazonaws.com", [
            "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable",
            "DeleteRoute", "DisassociateRouteTable",
        ]),
    },
    {
        id: "vpcChanges",
        cisV7: "5.14",
        cisV5: "4.14",
        securityHub: "CloudWatch.14",
        title: "VPC changes",
        pattern: serviceEvents("ec2.amazonaws.com", [
            "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection",
            "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc", "DetachClassicLinkVpc",
            "DisableVpcClassicLink", "EnableVpcClassicLink",
        ]),
    },
    {
        id: "organizationsChanges",
        cisV7: "5.15",
        cisV5: "4.15",
        title: "AWS Organizations changes",
        // The 18 calls of the CIS text, and CancelHandshake, CreateOrganization and
        // EnableAllFeatures, which Prowler's check of this control also requires.
        pattern: serviceEvents("organizations.amazonaws.com", [
            "AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit", "CreatePolicy",
            "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy",
            "DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount",
            "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit",
            "CancelHandshake", "CreateOrganization", "EnableAllFeatures",
        ]),
    },
].map((filter) => Object.freeze(filter as CisFilter)));

/** Every alarm id, in benchmark order. */
export const CIS_ALARM_IDS: readonly CisAlarmId[] = Object.freeze(CIS_FILTERS.map((filter) => filter.id));

/** The alarms this package adds beyond the benchmark, usable to turn them off. */
export type GuardrailAlarmId = typeof CisAlarmId.MfaDeviceChanges;

/** One alarm beyond the benchmark, in the same form as the CIS filters. */
export interface GuardrailFilter {
    /** The alarm's id. */
    id: GuardrailAlarmId;
    /** What the alarm means, one sentence. */
    title: string;
    /** Why it matters, for the alarm description. */
    rationale: string;
    /** The CloudWatch Logs JSON filter pattern. */
    pattern: string;
}

/** The IAM calls that enrol or remove an MFA device. */
export const MFA_DEVICE_EVENTS: readonly string[] = Object.freeze([
    "CreateVirtualMFADevice", "EnableMFADevice", "DeactivateMFADevice", "DeleteVirtualMFADevice",
]);

/**
 * Alarms this package adds to the CIS set, same shape and same topic.
 *
 * `mfaDeviceChanges`: an IAM user enrolled or removed an MFA device. The
 * `requireMfa` fence lets a user without MFA create and enable its own virtual
 * MFA device (that is how a person sets one up), so a leaked key alone can
 * enrol a device the attacker holds and then get MFA session credentials. The
 * enrolment cannot be prevented without breaking self-service; it is made loud.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html — IAM API calls (CreateVirtualMFADevice, EnableMFADevice, DeactivateMFADevice, DeleteVirtualMFADevice) are logged by CloudTrail with eventSource iam.amazonaws.com
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html — userIdentity.type is IAMUser for requests made with an IAM user's credentials
 */
export const GUARDRAIL_FILTERS: readonly GuardrailFilter[] = Object.freeze([
    {
        id: "mfaDeviceChanges",
        title: "MFA device enrolled or removed by an IAM user",
        rationale: "A leaked access key alone can enrol its own virtual MFA device and then get MFA session credentials; confirm the owner did it.",
        pattern: `{ ($.eventSource = iam.amazonaws.com) && (${anyEvent(MFA_DEVICE_EVENTS)}) && ($.userIdentity.type = IAMUser) }`,
    },
].map((filter) => Object.freeze(filter as GuardrailFilter)));

/** Every alarm id CisAlarms can create, benchmark first. */
export const MONITORING_ALARM_IDS: readonly CisAlarmId[] = Object.freeze([
    ...CIS_ALARM_IDS,
    ...GUARDRAIL_FILTERS.map((filter) => filter.id),
]);

/**
 * The CIS AWS Foundations Benchmark monitoring controls as data: one CloudWatch
 * Logs metric filter pattern per control, with its id in v7.0.0 (section 5,
 * Monitoring) and in v5.0.0 (section 4). No Pulumi imports; the syntax of every
 * pattern is tested (balanced braces and parentheses, supported operators only).
 */

/** The name of each CIS monitoring alarm (v7.0.0 5.1 to 5.15, in order), usable to turn it off. */
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
} as const;

/** One of `CisAlarmId`. */
export type CisAlarmId = (typeof CisAlarmId)[keyof typeof CisAlarmId];

/** One CIS monitoring control. */
export interface CisFilter {
    /** The alarm's id. */
    id: CisAlarmId;
    /** The control id in CIS AWS Foundations Benchmark v7.0.0. */
    cisV7: string;
    /** The control id in v5.0.0 (the numbering AWS Security Hub reports). */
    cisV5: string;
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

/** The CIS monitoring controls, in benchmark order. */
export const CIS_FILTERS: readonly CisFilter[] = Object.freeze([
    {
        id: "unauthorizedApiCalls",
        cisV7: "5.1",
        cisV5: "4.1",
        title: "Unauthorized API calls",
        pattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    },
    {
        id: "consoleSignInWithoutMfa",
        cisV7: "5.2",
        cisV5: "4.2",
        title: "Management console sign-in without MFA (IAM users only, so SSO sign-ins do not count)",
        pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    },
    {
        id: "rootAccountUsage",
        cisV7: "5.3",
        cisV5: "4.3",
        title: "Usage of the root account",
        pattern: '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }',
    },
    {
        id: "iamPolicyChanges",
        cisV7: "5.4",
        cisV5: "4.4",
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
        title: "CloudTrail configuration changes",
        pattern: serviceEvents("cloudtrail.amazonaws.com", ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"]),
    },
    {
        id: "consoleAuthenticationFailures",
        cisV7: "5.6",
        cisV5: "4.6",
        title: "Management console authentication failures",
        pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    },
    {
        id: "cmkDisableOrScheduledDeletion",
        cisV7: "5.7",
        cisV5: "4.7",
        title: "Disabling or scheduled deletion of customer-managed KMS keys",
        pattern: serviceEvents("kms.amazonaws.com", ["DisableKey", "ScheduleKeyDeletion"]),
    },
    {
        id: "s3BucketPolicyChanges",
        cisV7: "5.8",
        cisV5: "4.8",
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
        title: "AWS Config configuration changes",
        pattern: serviceEvents("config.amazonaws.com", [
            "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder",
        ]),
    },
    {
        id: "securityGroupChanges",
        cisV7: "5.10",
        cisV5: "4.10",
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
        pattern: serviceEvents("organizations.amazonaws.com", [
            "AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit", "CreatePolicy",
            "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy",
            "DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount",
            "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit",
        ]),
    },
].map((filter) => Object.freeze(filter as CisFilter)));

/** Every alarm id, in benchmark order. */
export const CIS_ALARM_IDS: readonly CisAlarmId[] = Object.freeze(CIS_FILTERS.map((filter) => filter.id));

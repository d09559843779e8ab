import type { PolicyDocument, PolicyStatement } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { bucketArn, type AccountScope } from "./arns";
import { REVOKE_UNUSED_CREDENTIALS_RUNBOOK } from "./configRules";
import { denyInsecureTransport } from "./denyInsecureTransport";

/**
 * The roles of the key-hygiene watch: the role AWS Config records with, the
 * role Systems Manager runs the remediation runbook with, and the role
 * EventBridge forwards findings to the home region with. Pure builders.
 */

/**
 * A trust policy for an AWS service, limited to requests it makes on behalf of
 * this account (`aws:SourceAccount`), the guard against the cross-service
 * confused deputy: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html — aws:SourceAccount and aws:SourceArn in a service role's trust policy guard against the cross-service confused deputy
 */
export function serviceTrustPolicy(service: string, scope: AccountScope): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [{
            Sid: "TrustServiceForThisAccountOnly",
            Effect: "Allow",
            Principal: { Service: service },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "aws:SourceAccount": scope.accountId } },
        }],
    };
}

/** The managed policy that lets AWS Config describe resources (`AWS_ConfigRole`). */
export function configManagedPolicyArn(partition: string): string {
    // https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html#iam-role-policies-describe-apis
    // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html#iam-role-policies-describe-apis — the AWS managed policy AWS_ConfigRole (arn:aws:iam::aws:policy/service-role/AWS_ConfigRole) lets AWS Config describe resources
    return `arn:${partition}:iam::aws:policy/service-role/AWS_ConfigRole`;
}

/**
 * What the recorder's role needs to deliver to its bucket, as "Permissions for
 * the IAM Role Assigned to AWS Config" gives it: put objects under
 * `AWSLogs/<account>/` with the `bucket-owner-full-control` ACL, read the bucket
 * ACL, and `s3:ListBucket` for the HeadBucket existence check
 * (https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html,
 * https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html).
 * @awsfact https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html — AWS Config delivers to AWSLogs/<account>/Config/* with the bucket-owner-full-control ACL, and needs s3:GetBucketAcl and s3:ListBucket on the bucket
 */
export function configDeliveryPermissions(scope: AccountScope, bucketName: string): PolicyDocument {
    const bucket = bucketArn(scope.partition, bucketName);
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "DeliverConfigurationFiles",
                Effect: "Allow",
                Action: ["s3:PutObject", "s3:PutObjectAcl"],
                Resource: `${bucket}/AWSLogs/${scope.accountId}/*`,
                Condition: { StringLike: { "s3:x-amz-acl": "bucket-owner-full-control" } },
            },
            { Sid: "CheckBucketAcl", Effect: "Allow", Action: "s3:GetBucketAcl", Resource: bucket },
            { Sid: "CheckBucketExists", Effect: "Allow", Action: "s3:ListBucket", Resource: bucket },
        ],
    };
}

/** The Config bucket's policy: the recorder's role writes through its own permissions, so the bucket only refuses plain HTTP. */
export function configBucketPolicy(partition: string, bucketName: string): PolicyDocument {
    const bucket = bucketArn(partition, bucketName);
    return { Version: POLICY_VERSION, Statement: [denyInsecureTransport("DenyInsecureTransport", "s3:*", [bucket, `${bucket}/*`])] };
}

/** The ARN pattern of every IAM user of the account, at any path. */
export function accountUsersArn(scope: AccountScope): string {
    return `arn:${scope.partition}:iam::${scope.accountId}:user/*`;
}

/**
 * The permissions of the runbook `AWSConfigRemediation-RevokeUnusedIAMUserCredentials`,
 * exactly the list its reference page requires
 * (https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-revoke-iam-user.html),
 * with the IAM actions limited to the account's users and the SSM actions to
 * this runbook's executions.
 *
 * @awsfact https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-revoke-iam-user.html — the runbook needs iam:DeleteAccessKey, iam:DeleteLoginProfile, iam:GetAccessKeyLastUsed, iam:GetLoginProfile, iam:GetUser, iam:ListAccessKeys, iam:UpdateAccessKey, config:ListDiscoveredResources, ssm:GetAutomationExecution, ssm:StartAutomationExecution
 */
export function revokeUnusedCredentialsPermissions(scope: AccountScope): PolicyDocument {
    const automation = `arn:${scope.partition}:ssm:*:${scope.accountId}:automation-execution/*`;
    // Amazon-owned runbooks carry no account in their ARN, hence "*" there.
    const definition = `arn:${scope.partition}:ssm:*:*:automation-definition/${REVOKE_UNUSED_CREDENTIALS_RUNBOOK}:*`;
    const document = `arn:${scope.partition}:ssm:*:*:document/${REVOKE_UNUSED_CREDENTIALS_RUNBOOK}`;
    const statements: PolicyStatement[] = [
        {
            Sid: "RevokeUnusedCredentialsOfUsers",
            Effect: "Allow",
            Action: [
                "iam:DeleteAccessKey", "iam:DeleteLoginProfile", "iam:GetAccessKeyLastUsed", "iam:GetLoginProfile",
                "iam:GetUser", "iam:ListAccessKeys", "iam:UpdateAccessKey",
            ],
            Resource: accountUsersArn(scope),
        },
        { Sid: "FindTheUser", Effect: "Allow", Action: "config:ListDiscoveredResources", Resource: "*" },
        { Sid: "RunThisRunbook", Effect: "Allow", Action: "ssm:StartAutomationExecution", Resource: [definition, document, automation] },
        { Sid: "FollowItsExecution", Effect: "Allow", Action: "ssm:GetAutomationExecution", Resource: automation },
    ];
    return { Version: POLICY_VERSION, Statement: statements };
}

/** The ARN of the default event bus of a region. */
export function defaultEventBusArn(scope: AccountScope, region: string): string {
    return `arn:${scope.partition}:events:${region}:${scope.accountId}:event-bus/default`;
}

/**
 * What EventBridge needs to forward a rule's events to the default bus of the
 * home region: `events:PutEvents` on that bus only. Same account, so no bus
 * policy is needed: "Sending and receiving events between AWS Regions",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html — forwarding to another Region's bus needs a role with events:PutEvents on that bus; within one account no bus policy is needed
 */
export function eventForwardingPermissions(scope: AccountScope, homeRegion: string): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [{
            Sid: "ForwardToTheHomeRegionBus",
            Effect: "Allow",
            Action: "events:PutEvents",
            Resource: defaultEventBusArn(scope, homeRegion),
        }],
    };
}

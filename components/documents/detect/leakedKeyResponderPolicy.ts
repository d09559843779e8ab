import type { PolicyDocument, PolicyStatement } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import type { AccountScope } from "./arns";
import { accountUsersArn } from "./keyHygieneRoles";

/**
 * The documents of the leaked-key responder: the deny-all quarantine policy it
 * attaches to a user whose key leaked, and its own least-privilege role.
 * Pure builders; the simulator tests prove what they allow.
 */

/** The Sids of the responder role's statements. */
export const RESPONDER_SIDS = {
    read: "ReadKeysAndPoliciesOfUsers",
    deactivate: "DeactivateKeysOfUsers",
    quarantine: "AttachOnlyTheQuarantinePolicy",
    lookup: "LookUpKeyActivity",
    publish: "PublishReports",
    topicKeys: "EncryptReportsForTheTopics",
    logs: "WriteOwnLogs",
} as const;

/**
 * The quarantine policy: denies every action on every resource. Attached to a
 * user, an explicit Deny overrides every Allow the user has, so the user's
 * other key, its password and any session it started can do nothing until a
 * human detaches it ("Policy evaluation logic",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html — an explicit Deny in any applicable policy overrides every Allow
 */
export function quarantinePolicy(): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [{ Sid: "LeakedKeyQuarantineDenyEverything", Effect: "Deny", Action: "*", Resource: "*" }],
    };
}

/** Arguments of {@link responderPermissions}. */
export interface ResponderPermissionsArgs extends AccountScope {
    /** The ARN of the managed quarantine policy: the only policy the role may attach. */
    quarantinePolicyArn: string;
    /** The alert topics the functions publish to. */
    topicArns: readonly string[];
    /** The ARNs of the functions' log groups. */
    logGroupArns: readonly string[];
    /** Report only: leave out the actions that change anything. */
    dryRun: boolean;
}

/**
 * The responder's role, least privilege, limited to the account's users:
 * - read a key's owner and status and a user's attached policies
 *   (`iam:GetAccessKeyLastUsed` returns the key's user; `iam:ListAccessKeys`,
 *   `iam:ListAttachedUserPolicies`), on `arn:<p>:iam::<account>:user/*` only;
 * - unless `dryRun`: `iam:UpdateAccessKey` on those users (never
 *   `iam:DeleteAccessKey`), and `iam:AttachUserPolicy` only for the quarantine
 *   policy (`iam:PolicyARN`, https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html):
 *   `iam:PutUserPolicy` would let a stolen role grant any user anything, so the
 *   quarantine is a managed policy the role can attach and nothing else;
 * - `cloudtrail:LookupEvents`, which has no resource-level permissions;
 * - publish to the alert topics, and use their KMS keys only through SNS
 *   (`kms:ViaService`; publishers to an encrypted topic need
 *   `kms:GenerateDataKey*` and `kms:Decrypt`, https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html);
 * - write its own log streams.
 *
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html — iam:AttachUserPolicy supports the iam:PolicyARN condition key
 * @awsfact https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html — publishers to an SSE-KMS topic need kms:GenerateDataKey* and kms:Decrypt on its key
 */
export function responderPermissions(args: ResponderPermissionsArgs): PolicyDocument {
    const users = accountUsersArn(args);
    const statements: PolicyStatement[] = [
        {
            Sid: RESPONDER_SIDS.read,
            Effect: "Allow",
            Action: ["iam:GetAccessKeyLastUsed", "iam:ListAccessKeys", "iam:ListAttachedUserPolicies"],
            Resource: users,
        },
    ];
    if (!args.dryRun) {
        statements.push(
            { Sid: RESPONDER_SIDS.deactivate, Effect: "Allow", Action: "iam:UpdateAccessKey", Resource: users },
            {
                Sid: RESPONDER_SIDS.quarantine,
                Effect: "Allow",
                Action: "iam:AttachUserPolicy",
                Resource: users,
                Condition: { ArnEquals: { "iam:PolicyARN": args.quarantinePolicyArn } },
            },
        );
    }
    statements.push(
        { Sid: RESPONDER_SIDS.lookup, Effect: "Allow", Action: "cloudtrail:LookupEvents", Resource: "*" },
        { Sid: RESPONDER_SIDS.publish, Effect: "Allow", Action: "sns:Publish", Resource: [...args.topicArns] },
        {
            Sid: RESPONDER_SIDS.topicKeys,
            Effect: "Allow",
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
            Resource: `arn:${args.partition}:kms:*:${args.accountId}:key/*`,
            Condition: { StringLike: { "kms:ViaService": "sns.*.amazonaws.com" } },
        },
        {
            Sid: RESPONDER_SIDS.logs,
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: args.logGroupArns.map((arn) => `${arn}:*`),
        },
    );
    return { Version: POLICY_VERSION, Statement: statements };
}

/** The trust policy of the responder's role: the Lambda service only. */
export function responderTrustPolicy(): PolicyDocument {
    // https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html
    // @awsfact https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html — a Lambda execution role trusts lambda.amazonaws.com
    return {
        Version: POLICY_VERSION,
        Statement: [{ Sid: "TrustLambda", Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
    };
}

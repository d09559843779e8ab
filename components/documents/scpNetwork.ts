import { denyOutsideCidrs, type DenyOutsideCidrsArgs } from "./denyOutsideCidrs";
import { POLICY_VERSION, type PolicyDocument, type PolicyStatement } from "./policyDocument";
import { validateFlag } from "./validate/scalars";

/**
 * The network fence as a service control policy, shaped after AWS's own
 * network-perimeter SCP for IAM users.
 *
 * An SCP binds every principal of every account below its target, including
 * the roles of Lambda functions, EC2 instances and ECS tasks, which call AWS
 * from AWS's own addresses, not from the office. Applied to an OU, an IP fence
 * that binds everyone breaks those workloads. So by default the SCP binds IAM
 * users only (`ArnLike aws:PrincipalArn arn:aws:iam::*:user/*`): the principals
 * with long-term access keys, the ones a leak is about. Binding every principal
 * is an explicit choice (`allPrincipals: true`) for accounts whose roles also
 * call from known networks or VPCs.
 *
 * @awsfact https://github.com/aws-samples/data-perimeter-policy-examples/blob/main/service_control_policies/service_specific_controls/network_perimeter_iam_users_scp.json — AWS's network-perimeter SCP for IAM users binds only principals matching ArnLike aws:PrincipalArn arn:aws:iam::*:user/*
 * @awsfact https://github.com/aws-samples/data-perimeter-policy-examples/blob/main/service_control_policies/service_specific_controls/README.md — service roles of Lambda and EC2 call AWS from AWS networks; network perimeters for them need their own conditions (lambda:SourceFunctionArn, ec2:SourceInstanceARN)
 */

/**
 * Data-plane actions that reach resources through network interfaces in your
 * VPC (not through a VPC endpoint), so they carry neither a public
 * `aws:SourceIp` nor an `aws:SourceVpc` the fence could allow; AWS's example
 * leaves them to security groups and network ACLs by listing them in
 * `NotAction`.
 *
 * @awsfact https://github.com/aws-samples/data-perimeter-policy-examples/blob/main/service_control_policies/service_specific_controls/README.md — DAX item actions, neptune-db:*, kafka-cluster:*, elasticfilesystem:Client*, rds-db:connect and es:ES* are exempted (NotAction) from network perimeter SCPs: they reach resources through ENIs in the VPC, not VPC endpoints
 */
export const IN_VPC_DATA_PLANE_ACTIONS: readonly string[] = Object.freeze([
    "es:ES*",
    "dax:GetItem",
    "dax:BatchGetItem",
    "dax:Query",
    "dax:Scan",
    "dax:PutItem",
    "dax:UpdateItem",
    "dax:DeleteItem",
    "dax:BatchWriteItem",
    "dax:ConditionCheckItem",
    "neptune-db:*",
    "kafka-cluster:*",
    "elasticfilesystem:client*",
    "rds-db:connect",
]);

/** The principals an IAM-user SCP binds: every IAM user of every account. */
export const IAM_USER_PRINCIPAL_PATTERN = "arn:aws:iam::*:user/*";

/** Arguments of {@link scpDenyOutsideCidrs}. */
export interface ScpDenyOutsideCidrsArgs extends DenyOutsideCidrsArgs {
    /** Bind every principal (roles included) instead of IAM users only. Default false. */
    allPrincipals?: boolean;
}

/** The Sids {@link scpDenyOutsideCidrs} emits. */
export const SCP_NETWORK_SIDS = {
    iamUsers: "DenyIamUsersOutsideAllowedNetworks",
    allPrincipals: "DenyOutsideAllowedNetworks",
} as const;

/**
 * {@link denyOutsideCidrs} as an SCP: the same ranges, VPC endpoints, VPCs and
 * `aws:ViaAWSService` exemption, with `NotAction` {@link IN_VPC_DATA_PLANE_ACTIONS}
 * instead of `Action: "*"` (unless `actions` narrows the deny), bound to IAM
 * users unless `allPrincipals` is true. Every range check of
 * `denyOutsideCidrs` applies (no whole address space, no empty fence).
 */
export function scpDenyOutsideCidrs(args: ScpDenyOutsideCidrsArgs): PolicyDocument {
    const allPrincipals = validateFlag("scpDenyOutsideCidrs: allPrincipals", args.allPrincipals, false);
    const base = denyOutsideCidrs(args).Statement[0];
    const statement: PolicyStatement = {
        Sid: allPrincipals ? SCP_NETWORK_SIDS.allPrincipals : SCP_NETWORK_SIDS.iamUsers,
        Effect: "Deny",
        ...(args.actions === undefined ? { NotAction: [...IN_VPC_DATA_PLANE_ACTIONS] } : { Action: base.Action }),
        Resource: "*",
        Condition: {
            ...base.Condition,
            ...(allPrincipals ? {} : { ArnLike: { "aws:PrincipalArn": [IAM_USER_PRINCIPAL_PATTERN] } }),
        },
    };
    return { Version: POLICY_VERSION, Statement: [statement] };
}

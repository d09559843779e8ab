import { scpDenyOutsideCidrs } from "../../../components/documents";
import { ALLOW_ALL, ALLOWED_VPC, context, GET_OBJECT, OFFICE_V4, OUTSIDE_IP, row, RUN_INSTANCES, type SimulatorCase } from "./common";
import { ACCOUNT_ID } from "./harness";

/**
 * The network fence as an SCP (`scpDenyOutsideCidrs`): bound to IAM users by
 * default, so the roles of Lambda, EC2 and ECS, which call from AWS's own
 * addresses, keep working; in-VPC data-plane actions left to network controls.
 */

const LAMBDA_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/orders-fn-execution`;
const SERVICE_USER = `arn:aws:iam::${ACCOUNT_ID}:user/service/svc-orders`;
const AWS_ADDRESS = "52.94.76.10";

const usersOnly = scpDenyOutsideCidrs({ cidrs: [OFFICE_V4], allowedVpcs: [ALLOWED_VPC] });
const allPrincipals = scpDenyOutsideCidrs({ cidrs: [OFFICE_V4], allPrincipals: true });

const DAX_GET_ITEM = { action: "dax:GetItem", resource: `arn:aws:dax:eu-west-1:${ACCOUNT_ID}:cache/orders` };
const RDS_CONNECT = { action: "rds-db:connect", resource: `arn:aws:rds-db:eu-west-1:${ACCOUNT_ID}:dbuser:db-ABCDEFGHIJKL01234/app` };
const NO_PUBLIC_IP = { "aws:SourceIp": "10.0.3.17" };

/** Every case of the network SCP. */
export const SCP_NETWORK_CASES: readonly SimulatorCase[] = [
    row("the users-only network SCP denies an IAM user's key used from outside", RUN_INSTANCES, [ALLOW_ALL], context({ "aws:SourceIp": OUTSIDE_IP }, SERVICE_USER), "denied", { principal: SERVICE_USER, scps: [usersOnly] }),
    row("the users-only network SCP allows the IAM user from the office", RUN_INSTANCES, [ALLOW_ALL], context({}, SERVICE_USER), "allowed", { principal: SERVICE_USER, scps: [usersOnly] }),
    row("the users-only network SCP leaves a Lambda role calling from an AWS address alone", GET_OBJECT, [ALLOW_ALL], context({ "aws:SourceIp": AWS_ADDRESS }, LAMBDA_ROLE), "allowed", { principal: LAMBDA_ROLE, scps: [usersOnly] }),
    row("the users-only network SCP leaves a role's ec2:RunInstances from an AWS address alone", RUN_INSTANCES, [ALLOW_ALL], context({ "aws:SourceIp": AWS_ADDRESS }, LAMBDA_ROLE), "allowed", { principal: LAMBDA_ROLE, scps: [usersOnly] }),
    row("the users-only network SCP leaves DAX reads through the VPC to network controls", DAX_GET_ITEM, [ALLOW_ALL], context(NO_PUBLIC_IP, SERVICE_USER), "allowed", { principal: SERVICE_USER, scps: [usersOnly] }),
    row("the users-only network SCP leaves rds-db:connect (IAM database auth in the VPC) to network controls", RDS_CONNECT, [ALLOW_ALL], context(NO_PUBLIC_IP, SERVICE_USER), "allowed", { principal: SERVICE_USER, scps: [usersOnly] }),
    row("the users-only network SCP denies s3:GetObject from a private address that came through no allowed VPC", GET_OBJECT, [ALLOW_ALL], context(NO_PUBLIC_IP, SERVICE_USER), "denied", { principal: SERVICE_USER, scps: [usersOnly] }),
    row("the users-only network SCP still allows an AWS service acting for the user from outside", GET_OBJECT, [ALLOW_ALL], context({ "aws:SourceIp": OUTSIDE_IP, "aws:ViaAWSService": "true" }, SERVICE_USER), "allowed", { principal: SERVICE_USER, scps: [usersOnly] }),
    row("the all-principals network SCP denies the Lambda role from an AWS address", GET_OBJECT, [ALLOW_ALL], context({ "aws:SourceIp": AWS_ADDRESS }, LAMBDA_ROLE), "denied", { principal: LAMBDA_ROLE, scps: [allPrincipals] }),
    row("the all-principals network SCP allows the role from the office", GET_OBJECT, [ALLOW_ALL], context({}, LAMBDA_ROLE), "allowed", { principal: LAMBDA_ROLE, scps: [allPrincipals] }),
    row("the all-principals network SCP still denies an IAM user from outside", GET_OBJECT, [ALLOW_ALL], context({ "aws:SourceIp": OUTSIDE_IP }, SERVICE_USER), "denied", { principal: SERVICE_USER, scps: [allPrincipals] }),
];

import type { PolicyDocument } from "../../../components/documents";
import { ACCOUNT_ID, type Expected, type SimulationRequest } from "./harness";

/**
 * What every table of simulator cases shares: the office ranges and the
 * outside address, the principals, the request context as AWS sends it, and a
 * constructor for one row.
 */

/** One row of the table. */
export interface SimulatorCase {
    /** What the row proves, as a sentence. */
    name: string;
    /** The request and the policies in force. */
    request: SimulationRequest;
    /** Whether the request must go through. */
    expected: Expected;
    /** True when the denial comes from no Allow at all rather than from a guardrail's Deny. */
    implicitDeny?: boolean;
}

export const OFFICE_V4 = "203.0.113.0/24";
export const OFFICE_V6 = "2001:db8::/32";
export const INSIDE_IP = "203.0.113.10";
export const OUTSIDE_IP = "198.51.100.7";
export const ALLOWED_VPCE = "vpce-0a1b2c3d4e5f67890";
export const OTHER_VPCE = "vpce-99999999";
export const ALLOWED_VPC = "vpc-11111111";
export const OTHER_VPC = "vpc-22222222";

export const ALICE = `arn:aws:iam::${ACCOUNT_ID}:user/alice`;
export const BOB = `arn:aws:iam::${ACCOUNT_ID}:user/bob`;
export const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;
export const DEPLOYER = `arn:aws:iam::${ACCOUNT_ID}:role/PulumiDeployer`;

/** Allows everything: the guardrails are the only denies. */
export const ALLOW_ALL: PolicyDocument = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };

/** A request context as AWS would send it; start from a key used from the office with MFA, then override. */
export function context(overrides: Record<string, string | undefined> = {}, principal = ALICE): Record<string, string> {
    const base: Record<string, string | undefined> = {
        "aws:SourceIp": INSIDE_IP,
        "aws:ViaAWSService": "false",
        "aws:RequestedRegion": "eu-west-1",
        "aws:MultiFactorAuthPresent": "true",
        "aws:username": principal.split("/").pop(),
        "aws:PrincipalArn": principal,
        "aws:PrincipalAccount": ACCOUNT_ID,
        ...overrides,
    };
    const result: Record<string, string> = {};
    for (const [key, value] of Object.entries(base)) if (value !== undefined) result[key] = value;
    return result;
}

/** Long-term access key: no MFA key in the context at all. */
export const NO_MFA = { "aws:MultiFactorAuthPresent": undefined };
/** A request through a VPC endpoint: no public source IP. */
export function viaEndpoint(vpce: string, vpc: string): Record<string, string | undefined> {
    return { "aws:SourceIp": undefined, "aws:SourceVpce": vpce, "aws:SourceVpc": vpc, "aws:VpcSourceIp": "10.0.1.25" };
}

export const RUN_INSTANCES = { action: "ec2:RunInstances", resource: `arn:aws:ec2:eu-west-1:${ACCOUNT_ID}:instance/i-0123456789abcdef0` };
export const CREATE_KEY = { action: "iam:CreateAccessKey", resource: ALICE };
export const GET_OBJECT = { action: "s3:GetObject", resource: "arn:aws:s3:::reports/2024/q1.csv" };
export const THREE_CALLS = [RUN_INSTANCES, CREATE_KEY, GET_OBJECT];

/** One row: a call, the identity policies, the context and the expected outcome. */
export function row(
    name: string,
    call: { action: string; resource: string },
    identityPolicies: PolicyDocument[],
    ctx: Record<string, string>,
    expected: Expected,
    extra: { principal?: string; scps?: PolicyDocument[]; implicitDeny?: boolean } = {},
): SimulatorCase {
    return {
        name,
        request: {
            principal: extra.principal ?? ALICE,
            action: call.action,
            resource: call.resource,
            context: ctx,
            identityPolicies,
            ...(extra.scps ? { serviceControlPolicies: extra.scps } : {}),
        },
        expected,
        ...(extra.implicitDeny ? { implicitDeny: true } : {}),
    };
}

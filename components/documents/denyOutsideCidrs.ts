import { GuardrailInputError } from "./errors";
import { POLICY_VERSION, type ConditionBlock, type PolicyDocument } from "./policyDocument";
import { validateActionList } from "./validate/actions";
import { validateVpcEndpointId, validateVpcId } from "./validate/awsIds";
import { isWholeInternet, validateCidr } from "./validate/cidr";
import { optionalStringList, stringList } from "./validate/list";

/** Arguments of {@link denyOutsideCidrs}. */
export interface DenyOutsideCidrsArgs {
    /** Public IPv4/IPv6 ranges callers may use, such as `["203.0.113.0/24", "2001:db8::/32"]`. */
    cidrs: readonly string[];
    /** Exempt requests AWS services make on the caller's behalf (`aws:ViaAWSService`). Default true. */
    viaAwsServices?: boolean;
    /** VPC endpoint ids (`vpce-...`) whose requests are never denied. Default none. */
    allowedVpcEndpoints?: readonly string[];
    /** VPC ids (`vpc-...`) whose requests through any VPC endpoint are never denied. Default none. */
    allowedVpcs?: readonly string[];
    /** Deny only these actions or patterns (checked against the IAM catalog). Default every action. */
    actions?: readonly string[];
}

const WHERE = "denyOutsideCidrs";

/** The Sid of the single statement {@link denyOutsideCidrs} emits. */
export const DENY_OUTSIDE_CIDRS_SID = "DenyOutsideAllowedNetworks";

/**
 * A policy that denies requests from outside the given networks, so a leaked key
 * is useless from an attacker's machine.
 *
 * One `Deny` statement on `Resource: "*"` whose conditions are ANDed, so a
 * request is denied only when ALL of these hold:
 * 1. `NotIpAddress aws:SourceIp` [cidrs]: the caller's public IP is outside the
 *    ranges, OR the request carries no public IP at all. Requests through a VPC
 *    endpoint have no `aws:SourceIp`, and a negated operator on a missing key is
 *    true: so without the exemption below, in-VPC callers are locked out.
 * 2. `Bool aws:ViaAWSService "false"` (unless `viaAwsServices: false`): the
 *    caller's own request, not one an AWS service (CloudFormation, Athena, ...)
 *    makes on its behalf from AWS's own addresses. Every request carries this key.
 * 3. `StringNotEqualsIfExists` with `aws:SourceVpce` [allowedVpcEndpoints] and/or
 *    `aws:SourceVpc` [allowedVpcs] (only when some are given). Two keys under one
 *    operator must BOTH match, so this is true only when the request came neither
 *    through an allowed endpoint nor from an allowed VPC. A public request has
 *    neither key, and `...IfExists` on a missing key is true, so public requests
 *    are still judged by their IP alone. A request through another endpoint in
 *    another VPC matches all three and is denied.
 *
 * `cidrs` may be empty only when endpoints or VPCs are allowed: then only in-VPC
 * requests through them (and, by default, AWS service requests) get through.
 * `0.0.0.0/0` and `::/0` are refused: they switch the fence off. CIDRs are
 * validated and written canonically (host bits cleared, IPv6 compressed).
 * `actions` narrows the deny, such as `["ec2:RunInstances"]` to fence only
 * instance launches; each is checked against the IAM catalog.
 *
 * Valid as an identity policy and, unchanged, as an SCP (no `Principal`).
 * Proven against the IAM simulator in test/documents.
 */
export function denyOutsideCidrs(args: DenyOutsideCidrsArgs): PolicyDocument {
    const cidrs = stringList(WHERE, "cidrs", args.cidrs).map((value) => validateCidr(WHERE, value));
    for (const cidr of cidrs) {
        if (isWholeInternet(cidr)) {
            throw new GuardrailInputError(
                `${WHERE}: "${cidr.text}" allows every ${cidr.family === 4 ? "IPv4" : "IPv6"} address, which switches the fence off; list the ranges your callers use, like 203.0.113.0/24`,
            );
        }
    }
    const endpoints = optionalStringList(WHERE, "allowedVpcEndpoints", args.allowedVpcEndpoints).map((value) =>
        validateVpcEndpointId(WHERE, value),
    );
    const vpcs = optionalStringList(WHERE, "allowedVpcs", args.allowedVpcs).map((value) => validateVpcId(WHERE, value));
    if (args.viaAwsServices !== undefined && typeof args.viaAwsServices !== "boolean") {
        throw new GuardrailInputError(`${WHERE}: viaAwsServices must be true or false; got ${JSON.stringify(args.viaAwsServices)}`);
    }
    if (cidrs.length === 0 && endpoints.length === 0 && vpcs.length === 0) {
        throw new GuardrailInputError(
            `${WHERE}: cidrs is empty and no allowedVpcEndpoints or allowedVpcs are given, so every request would be denied; give at least one CIDR, like 203.0.113.0/24`,
        );
    }
    const actions = args.actions === undefined ? undefined : validateActionList(WHERE, "actions", args.actions);

    const condition: ConditionBlock = {};
    const uniqueCidrs = [...new Set(cidrs.map((cidr) => cidr.text))];
    if (uniqueCidrs.length > 0) condition.NotIpAddress = { "aws:SourceIp": uniqueCidrs };
    if (args.viaAwsServices !== false) condition.Bool = { "aws:ViaAWSService": "false" };
    if (endpoints.length > 0 || vpcs.length > 0) {
        const exemptions: Record<string, string[]> = {};
        if (endpoints.length > 0) exemptions["aws:SourceVpce"] = endpoints;
        if (vpcs.length > 0) exemptions["aws:SourceVpc"] = vpcs;
        condition.StringNotEqualsIfExists = exemptions;
    }
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: DENY_OUTSIDE_CIDRS_SID,
                Effect: "Deny",
                Action: actions ?? "*",
                Resource: "*",
                Condition: condition,
            },
        ],
    };
}

import { GuardrailInputError } from "./errors";
import { POLICY_VERSION, type ConditionBlock, type PolicyDocument } from "./policyDocument";
import { validateActionList } from "./validate/actions";
import { validateVpcEndpointId, validateVpcId } from "./validate/awsIds";
import { validateCidr, type Cidr } from "./validate/cidr";
import { wholeFamiliesCovered } from "./validate/cidrCoverage";
import { optionalStringList, stringList } from "./validate/list";
import { validateFlag } from "./validate/scalars";

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

/** The values as a message lists them: the first five, and how many more. */
function quoteSome(values: readonly string[]): string {
    const shown = values.slice(0, 5).map((value) => `"${value}"`).join(", ");
    return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

/** Throws when the ranges of a family, together, allow every address of it: such a fence fences nothing. */
function refuseWholeAddressSpace(cidrs: readonly Cidr[]): void {
    for (const family of wholeFamiliesCovered(cidrs)) {
        const name = family === 4 ? "IPv4" : "IPv6";
        const whole = cidrs.find((cidr) => cidr.family === family && cidr.prefix === 0);
        const named = whole ? `"${whole.text}" allows` : `${quoteSome(cidrs.filter((c) => c.family === family).map((c) => c.text))} together allow`;
        throw new GuardrailInputError(
            `${WHERE}: ${named} every ${name} address, which switches the fence off; list the ranges your callers use, like 203.0.113.0/24`,
        );
    }
}

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
 *    caller's own request, not one an AWS service makes on its behalf with
 *    forward access sessions (S3 calling KMS for an SSE-KMS object, CloudFormation
 *    creating what a template names). AWS's current IP example has no such
 *    condition: it says those requests keep the original caller's IP, so a fence
 *    that the first request passed lets them through anyway. The condition is
 *    kept as a second line for services whose downstream calls arrive from
 *    AWS's addresses, and it cannot open the fence: every request a caller signs
 *    itself carries `aws:ViaAWSService` false, so a leaked key used from outside
 *    is denied at its first call.
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
 * Ranges that together allow every IPv4 or every IPv6 address are refused
 * (`0.0.0.0/0`, `::/0`, `0.0.0.0/1` + `128.0.0.0/1`, ...): they switch the
 * fence off. CIDRs are validated and written canonically (host bits cleared,
 * IPv6 compressed).
 * `actions` narrows the deny, such as `["ec2:RunInstances"]` to fence only
 * instance launches; each is checked against the IAM catalog.
 *
 * Valid as an identity policy and, unchanged, as an SCP (no `Principal`);
 * `scpDenyOutsideCidrs` is the SCP form. Proven against the IAM simulator in
 * test/documents.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-ip.html — AWS's IP example denies "*" with NotIpAddress aws:SourceIp and no aws:ViaAWSService condition: requests AWS services make with forward access sessions keep the original requester's IP
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/access_forward_access_sessions.html — with forward access sessions a service makes downstream requests (S3 to KMS, for example) with the calling principal's permissions
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-viaawsservice — aws:ViaAWSService is true when a service makes the request for a principal with forward access sessions, false when the principal calls directly
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip — aws:SourceIp is absent when the request comes through a VPC endpoint; aws:SourceVpce and aws:SourceVpc are present only then
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists — a negated operator, or ...IfExists, on a key missing from the request evaluates to true
 */
export function denyOutsideCidrs(args: DenyOutsideCidrsArgs): PolicyDocument {
    const cidrs = stringList(WHERE, "cidrs", args.cidrs).map((value) => validateCidr(WHERE, value));
    refuseWholeAddressSpace(cidrs);
    const endpoints = optionalStringList(WHERE, "allowedVpcEndpoints", args.allowedVpcEndpoints).map((value) =>
        validateVpcEndpointId(WHERE, value),
    );
    const vpcs = optionalStringList(WHERE, "allowedVpcs", args.allowedVpcs).map((value) => validateVpcId(WHERE, value));
    const viaAwsServices = validateFlag(`${WHERE}: viaAwsServices`, args.viaAwsServices, true);
    if (cidrs.length === 0 && endpoints.length === 0 && vpcs.length === 0) {
        throw new GuardrailInputError(
            `${WHERE}: cidrs is empty and no allowedVpcEndpoints or allowedVpcs are given, so every request would be denied; give at least one CIDR, like 203.0.113.0/24`,
        );
    }
    const actions = args.actions === undefined ? undefined : validateActionList(WHERE, "actions", args.actions);

    const condition: ConditionBlock = {};
    const uniqueCidrs = [...new Set(cidrs.map((cidr) => cidr.text))];
    if (uniqueCidrs.length > 0) condition.NotIpAddress = { "aws:SourceIp": uniqueCidrs };
    if (viaAwsServices) condition.Bool = { "aws:ViaAWSService": "false" };
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

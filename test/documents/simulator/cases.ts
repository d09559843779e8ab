import {
    denyOutsideCidrs,
    denyOutsideRegions,
    requireMfa,
    scpDenyCloudTrailTampering,
    scpDenyLeavingOrganization,
    scpDenyRootUser,
} from "../../../components/documents";
import { ACCOUNT_ID } from "./harness";
import {
    ALICE, ALLOW_ALL, ALLOWED_VPC, ALLOWED_VPCE, BOB, context, DEPLOYER, GET_OBJECT, NO_MFA, OFFICE_V4, OFFICE_V6,
    OTHER_VPC, OTHER_VPCE, OUTSIDE_IP, ROOT, row, RUN_INSTANCES, THREE_CALLS, viaEndpoint, type SimulatorCase,
} from "./common";
import { MFA_ENROLMENT_CASES } from "./mfaEnrolmentCases";
import { REGION_EXEMPTION_CASES } from "./regionExemptionCases";
import { SCP_NETWORK_CASES } from "./scpNetworkCases";

/**
 * The data-driven table of simulator cases: every guardrail document, built by
 * our own builders, run through `@cloud-copilot/iam-simulate`, with the expected
 * outcome. `simulatorCaseCounts()` reports its size for the lead.
 */

const network = denyOutsideCidrs({ cidrs: [OFFICE_V4, OFFICE_V6] });
const networkWithVpc = denyOutsideCidrs({
    cidrs: [OFFICE_V4],
    allowedVpcEndpoints: [ALLOWED_VPCE],
    allowedVpcs: [ALLOWED_VPC],
});
const vpcOnly = denyOutsideCidrs({ cidrs: [], allowedVpcEndpoints: [ALLOWED_VPCE] });
const networkNoServiceExemption = denyOutsideCidrs({ cidrs: [OFFICE_V4], viaAwsServices: false });
const networkForLaunches = denyOutsideCidrs({ cidrs: [OFFICE_V4], actions: ["ec2:RunInstances"] });
const regions = denyOutsideRegions({ regions: ["eu-west-1"] });
const mfa = requireMfa();

const networkCases: SimulatorCase[] = [
    ...THREE_CALLS.map((call) =>
        row(`a leaked key used from ${OUTSIDE_IP} is denied ${call.action}`, call, [ALLOW_ALL, network], context({ "aws:SourceIp": OUTSIDE_IP }), "denied"),
    ),
    ...THREE_CALLS.map((call) =>
        row(`the same key used from the office range is allowed ${call.action}`, call, [ALLOW_ALL, network], context(), "allowed"),
    ),
    ...THREE_CALLS.map((call) =>
        row(
            `an AWS service acting for the caller from outside the ranges is allowed ${call.action}`,
            call,
            [ALLOW_ALL, network],
            context({ "aws:SourceIp": OUTSIDE_IP, "aws:ViaAWSService": "true" }),
            "allowed",
        ),
    ),
    row("an IPv6 caller inside 2001:db8::/32 is allowed", RUN_INSTANCES, [ALLOW_ALL, network], context({ "aws:SourceIp": "2001:db8:42::7" }), "allowed"),
    row("an IPv6 caller outside the ranges is denied", RUN_INSTANCES, [ALLOW_ALL, network], context({ "aws:SourceIp": "2001:db9::7" }), "denied"),
    row("the first address of the office range is allowed", GET_OBJECT, [ALLOW_ALL, network], context({ "aws:SourceIp": "203.0.113.0" }), "allowed"),
    row("the address just past the office range is denied", GET_OBJECT, [ALLOW_ALL, network], context({ "aws:SourceIp": "203.0.114.0" }), "denied"),
    row(
        "without VPC exemptions, a request through a VPC endpoint (no public IP) is denied",
        GET_OBJECT,
        [ALLOW_ALL, network],
        context(viaEndpoint(ALLOWED_VPCE, ALLOWED_VPC)),
        "denied",
    ),
    row(
        "with viaAwsServices false, an AWS service acting from outside the ranges is denied",
        GET_OBJECT,
        [ALLOW_ALL, networkNoServiceExemption],
        context({ "aws:SourceIp": OUTSIDE_IP, "aws:ViaAWSService": "true" }),
        "denied",
    ),
];

const vpcCases: SimulatorCase[] = [
    ...THREE_CALLS.map((call) =>
        row(
            `a request through the allowed VPC endpoint is allowed ${call.action} without a public IP`,
            call,
            [ALLOW_ALL, networkWithVpc],
            context(viaEndpoint(ALLOWED_VPCE, OTHER_VPC)),
            "allowed",
        ),
    ),
    row(
        "a request from the allowed VPC through another endpoint is allowed",
        GET_OBJECT,
        [ALLOW_ALL, networkWithVpc],
        context(viaEndpoint(OTHER_VPCE, ALLOWED_VPC)),
        "allowed",
    ),
    ...THREE_CALLS.map((call) =>
        row(
            `a request through another endpoint in another VPC is denied ${call.action}`,
            call,
            [ALLOW_ALL, networkWithVpc],
            context(viaEndpoint(OTHER_VPCE, OTHER_VPC)),
            "denied",
        ),
    ),
    row(
        "with VPC exemptions, a public request from outside the ranges is still denied",
        RUN_INSTANCES,
        [ALLOW_ALL, networkWithVpc],
        context({ "aws:SourceIp": OUTSIDE_IP }),
        "denied",
    ),
    row(
        "with VPC exemptions, a public request from the office is still allowed",
        RUN_INSTANCES,
        [ALLOW_ALL, networkWithVpc],
        context(),
        "allowed",
    ),
    row(
        "a request through an unlisted endpoint that also carries an outside source IP is denied",
        RUN_INSTANCES,
        [ALLOW_ALL, networkWithVpc],
        context({ "aws:SourceIp": OUTSIDE_IP, "aws:SourceVpce": OTHER_VPCE, "aws:SourceVpc": OTHER_VPC }),
        "denied",
    ),
];

const vpcOnlyCases: SimulatorCase[] = [
    row("with no CIDRs and one allowed endpoint, a public request even from the office is denied", GET_OBJECT, [ALLOW_ALL, vpcOnly], context(), "denied"),
    row("with no CIDRs and one allowed endpoint, a request through that endpoint is allowed", GET_OBJECT, [ALLOW_ALL, vpcOnly], context(viaEndpoint(ALLOWED_VPCE, OTHER_VPC)), "allowed"),
    row("with no CIDRs and one allowed endpoint, an AWS service acting for the caller is allowed", GET_OBJECT, [ALLOW_ALL, vpcOnly], context({ "aws:SourceIp": OUTSIDE_IP, "aws:ViaAWSService": "true" }), "allowed"),
];

const scopedCases: SimulatorCase[] = [
    row(
        "the launch-only fence lets ec2:RebootInstances through from anywhere",
        { action: "ec2:RebootInstances", resource: RUN_INSTANCES.resource },
        [ALLOW_ALL, networkForLaunches],
        context({ "aws:SourceIp": OUTSIDE_IP }),
        "allowed",
    ),
    row("the launch-only fence denies ec2:RunInstances from outside", RUN_INSTANCES, [ALLOW_ALL, networkForLaunches], context({ "aws:SourceIp": OUTSIDE_IP }), "denied"),
    row("the launch-only fence allows ec2:RunInstances from the office", RUN_INSTANCES, [ALLOW_ALL, networkForLaunches], context(), "allowed"),
    row(
        "the launch-only fence lets s3:GetObject through from anywhere",
        GET_OBJECT,
        [ALLOW_ALL, networkForLaunches],
        context({ "aws:SourceIp": OUTSIDE_IP }),
        "allowed",
    ),
];

const SINGAPORE_INSTANCE = { action: "ec2:RunInstances", resource: `arn:aws:ec2:ap-southeast-1:${ACCOUNT_ID}:instance/i-0123456789abcdef0` };
const fenced = [ALLOW_ALL, network, regions];
const regionCases: SimulatorCase[] = [
    row("ec2:RunInstances in ap-southeast-1 is denied when only eu-west-1 is allowed", SINGAPORE_INSTANCE, fenced, context({ "aws:RequestedRegion": "ap-southeast-1" }), "denied"),
    row("s3:GetObject through ap-southeast-1 is denied", GET_OBJECT, fenced, context({ "aws:RequestedRegion": "ap-southeast-1" }), "denied"),
    row(
        "ec2:RunInstances in the opt-in region me-central-1 is denied",
        { action: "ec2:RunInstances", resource: `arn:aws:ec2:me-central-1:${ACCOUNT_ID}:instance/i-0123456789abcdef0` },
        fenced,
        context({ "aws:RequestedRegion": "me-central-1" }),
        "denied",
    ),
    row("ec2:RunInstances in us-east-1 is denied: it is not a global service", { action: "ec2:RunInstances", resource: `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:instance/i-0123456789abcdef0` }, fenced, context({ "aws:RequestedRegion": "us-east-1" }), "denied"),
    row("ec2:RunInstances in eu-west-1 from the office is allowed", RUN_INSTANCES, fenced, context(), "allowed"),
    row("iam:GetUser (global, us-east-1) from the office is allowed", { action: "iam:GetUser", resource: ALICE }, fenced, context({ "aws:RequestedRegion": "us-east-1" }), "allowed"),
    row("sts:GetCallerIdentity (global, us-east-1) from the office is allowed", { action: "sts:GetCallerIdentity", resource: "*" }, fenced, context({ "aws:RequestedRegion": "us-east-1" }), "allowed"),
    row("route53:ListHostedZones (global) from the office is allowed", { action: "route53:ListHostedZones", resource: "*" }, fenced, context({ "aws:RequestedRegion": "us-east-1" }), "allowed"),
    row("ec2:DescribeRegions is exempt, as in AWS's example SCP", { action: "ec2:DescribeRegions", resource: "*" }, fenced, context({ "aws:RequestedRegion": "us-east-1" }), "allowed"),
    row("a global service called from outside the network is still denied by the CIDR fence", { action: "iam:GetUser", resource: ALICE }, fenced, context({ "aws:RequestedRegion": "us-east-1", "aws:SourceIp": OUTSIDE_IP }), "denied"),
];

const withMfa = [ALLOW_ALL, mfa];
const mfaCases: SimulatorCase[] = [
    row("without MFA, s3:ListBucket is denied", { action: "s3:ListBucket", resource: "arn:aws:s3:::reports" }, withMfa, context(NO_MFA), "denied"),
    row("with MFA present but false, s3:ListBucket is denied", { action: "s3:ListBucket", resource: "arn:aws:s3:::reports" }, withMfa, context({ "aws:MultiFactorAuthPresent": "false" }), "denied"),
    row("with MFA, s3:ListBucket is allowed", { action: "s3:ListBucket", resource: "arn:aws:s3:::reports" }, withMfa, context(), "allowed"),
    row("without MFA, iam:EnableMFADevice on oneself is allowed", { action: "iam:EnableMFADevice", resource: ALICE }, withMfa, context(NO_MFA), "allowed"),
    row("without MFA, iam:CreateVirtualMFADevice is allowed", { action: "iam:CreateVirtualMFADevice", resource: `arn:aws:iam::${ACCOUNT_ID}:mfa/alice-phone` }, withMfa, context(NO_MFA), "allowed"),
    row("without MFA, sts:GetSessionToken is allowed (to obtain MFA credentials)", { action: "sts:GetSessionToken", resource: "*" }, withMfa, context(NO_MFA), "allowed"),
    row("without MFA, ec2:RunInstances is denied", RUN_INSTANCES, withMfa, context(NO_MFA), "denied"),
    row("without MFA, iam:ChangePassword is denied (as in AWS's document)", { action: "iam:ChangePassword", resource: ALICE }, withMfa, context(NO_MFA), "denied"),
];

const KEY_ACTIONS = ["iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:DeleteAccessKey"];
const mfaOnlyCases: SimulatorCase[] = [
    ...KEY_ACTIONS.map((action) =>
        row(`with only the MFA policy and MFA, a user may ${action} on its own key`, { action, resource: ALICE }, [mfa], context(), "allowed"),
    ),
    ...KEY_ACTIONS.map((action) =>
        row(
            `with only the MFA policy and MFA, a user may not ${action} on another user's key`,
            { action, resource: BOB },
            [mfa],
            context(),
            "denied",
            { implicitDeny: true },
        ),
    ),
    ...KEY_ACTIONS.map((action) =>
        row(`with only the MFA policy and no MFA, even ${action} on its own key is denied`, { action, resource: ALICE }, [mfa], context(NO_MFA), "denied"),
    ),
    row("with only the MFA policy and MFA, a user may list its own access keys", { action: "iam:ListAccessKeys", resource: ALICE }, [mfa], context(), "allowed"),
    row("with only the MFA policy and no MFA, a user may enable its own MFA device", { action: "iam:EnableMFADevice", resource: ALICE }, [mfa], context(NO_MFA), "allowed"),
    row("with only the MFA policy and no MFA, a user may not enable MFA on another user", { action: "iam:EnableMFADevice", resource: BOB }, [mfa], context(NO_MFA), "denied", { implicitDeny: true }),
    row("with only the MFA policy, MFA grants nothing beyond self-service: ec2:RunInstances", RUN_INSTANCES, [mfa], context(), "denied", { implicitDeny: true }),
];

const scpFence = [network, regions];
const TRAIL = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT_ID}:trail/guardrail-trail`;
const trailScp = scpDenyCloudTrailTampering({ exemptPrincipalArns: ["arn:aws:iam::*:role/PulumiDeployer"] });
const scpCases: SimulatorCase[] = [
    ...THREE_CALLS.map((call) =>
        row(`as SCPs, the fence denies ${call.action} from outside`, call, [ALLOW_ALL], context({ "aws:SourceIp": OUTSIDE_IP }), "denied", { scps: scpFence }),
    ),
    ...THREE_CALLS.map((call) =>
        row(`as SCPs, the fence allows ${call.action} from the office`, call, [ALLOW_ALL], context(), "allowed", { scps: scpFence }),
    ),
    row("as SCPs, an AWS service acting from outside is allowed", GET_OBJECT, [ALLOW_ALL], context({ "aws:SourceIp": OUTSIDE_IP, "aws:ViaAWSService": "true" }), "allowed", { scps: scpFence }),
    row("as SCPs, ap-southeast-1 is denied", SINGAPORE_INSTANCE, [ALLOW_ALL], context({ "aws:RequestedRegion": "ap-southeast-1" }), "denied", { scps: scpFence }),
    row("as SCPs, sts:GetCallerIdentity in us-east-1 from the office is allowed", { action: "sts:GetCallerIdentity", resource: "*" }, [ALLOW_ALL], context({ "aws:RequestedRegion": "us-east-1" }), "allowed", { scps: scpFence }),
    row("as SCPs, the allowed VPC endpoint is allowed without a public IP", GET_OBJECT, [ALLOW_ALL], context(viaEndpoint(ALLOWED_VPCE, OTHER_VPC)), "allowed", { scps: [networkWithVpc] }),
    row("as SCPs, another VPC endpoint is denied", GET_OBJECT, [ALLOW_ALL], context(viaEndpoint(OTHER_VPCE, OTHER_VPC)), "denied", { scps: [networkWithVpc] }),
    row("the deny-root SCP denies the root user", RUN_INSTANCES, [], context({}, ROOT), "denied", { principal: ROOT, scps: [scpDenyRootUser()] }),
    row("the deny-root SCP leaves IAM users alone", RUN_INSTANCES, [ALLOW_ALL], context(), "allowed", { scps: [scpDenyRootUser()] }),
    row("the deny-leave-org SCP denies organizations:LeaveOrganization", { action: "organizations:LeaveOrganization", resource: "*" }, [ALLOW_ALL], context({ "aws:RequestedRegion": "us-east-1" }), "denied", { scps: [scpDenyLeavingOrganization()] }),
    row("the deny-leave-org SCP allows organizations:DescribeOrganization", { action: "organizations:DescribeOrganization", resource: "*" }, [ALLOW_ALL], context({ "aws:RequestedRegion": "us-east-1" }), "allowed", { scps: [scpDenyLeavingOrganization()] }),
    ...["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors", "cloudtrail:PutInsightSelectors"].map((action) =>
        row(`the CloudTrail SCP denies ${action}`, { action, resource: TRAIL }, [ALLOW_ALL], context(), "denied", { scps: [trailScp] }),
    ),
    row("the CloudTrail SCP allows cloudtrail:StartLogging", { action: "cloudtrail:StartLogging", resource: TRAIL }, [ALLOW_ALL], context(), "allowed", { scps: [trailScp] }),
    row("the CloudTrail SCP allows cloudtrail:LookupEvents", { action: "cloudtrail:LookupEvents", resource: "*" }, [ALLOW_ALL], context(), "allowed", { scps: [trailScp] }),
    row("the CloudTrail SCP exempts the deploying role", { action: "cloudtrail:UpdateTrail", resource: TRAIL }, [ALLOW_ALL], context({}, DEPLOYER), "allowed", { principal: DEPLOYER, scps: [trailScp] }),
];

const baseline = [ALLOW_ALL, network, regions, mfa];
const baselineCases: SimulatorCase[] = [
    row("with the whole baseline, a leaked key from outside without MFA is denied", RUN_INSTANCES, baseline, context({ "aws:SourceIp": OUTSIDE_IP, ...NO_MFA }), "denied"),
    row("with the whole baseline, a leaked key from the office without MFA is denied", RUN_INSTANCES, baseline, context(NO_MFA), "denied"),
    row("with the whole baseline, the owner from the office with MFA in eu-west-1 is allowed", RUN_INSTANCES, baseline, context(), "allowed"),
    row("with the whole baseline, the owner with MFA in ap-southeast-1 is denied", SINGAPORE_INSTANCE, baseline, context({ "aws:RequestedRegion": "ap-southeast-1" }), "denied"),
];

/** Every simulator case, in one table. */
export const SIMULATOR_CASES: readonly SimulatorCase[] = Object.freeze([
    ...networkCases,
    ...vpcCases,
    ...vpcOnlyCases,
    ...scopedCases,
    ...regionCases,
    ...REGION_EXEMPTION_CASES,
    ...mfaCases,
    ...mfaOnlyCases,
    ...MFA_ENROLMENT_CASES,
    ...scpCases,
    ...SCP_NETWORK_CASES,
    ...baselineCases,
]);

/** How many cases the table has, and how many expect a denial or an allow. */
export function simulatorCaseCounts(): { total: number; denies: number; allows: number } {
    const denies = SIMULATOR_CASES.filter((item) => item.expected === "denied").length;
    return { total: SIMULATOR_CASES.length, denies, allows: SIMULATOR_CASES.length - denies };
}

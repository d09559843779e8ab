import type { ResourceView } from "../../framework/guardrailPolicy";
import { asString } from "../../framework/props";

/**
 * AWS resources that belong to no region: the region-restriction policy
 * exempts them. Whole modules, by type-token prefix:
 * - `aws:iam/` (users, roles, policies, the account password policy...),
 *   `aws:organizations/`, `aws:account/` (contacts, region opt-in);
 * - `aws:cloudfront/`, `aws:waf/` (WAF Classic is CloudFront-only; regional
 *   WAF Classic is `aws:wafregional/`, which is NOT exempt),
 *   `aws:globalaccelerator/`, `aws:shield/`;
 * - `aws:budgets/`, `aws:costexplorer/`, `aws:cur/`, `aws:bcmdata/`,
 *   `aws:invoicing/`, `aws:savingsplans/`, `aws:costoptimizationhub/`
 *   (billing is global);
 * - `aws:route53domains/`, `aws:route53recoverycontrol/`,
 *   `aws:route53recoveryreadiness/`, `aws:networkmanager/` (global networks);
 * - `aws:ecrpublic/` (a public registry lives only in us-east-1 whatever the
 *   team's regions).
 * Single types: Route 53 hosted zones, records, health checks and the other
 * DNS types below (the Route 53 Resolver and Profiles types are regional and
 * NOT exempt), the account-level S3 public access block, S3 Multi-Region
 * Access Points, and WAFv2 web ACLs and their parts with
 * `scope: "CLOUDFRONT"`.
 *
 * Not exempt, on purpose: regional resources that AWS pins to us-east-1 for a
 * global feature (ACM certificates for CloudFront, Lambda@Edge functions, the
 * billing alarm). A stack that deploys them must allow us-east-1, or exempt
 * them with a reason.
 * @awsfact https://docs.aws.amazon.com/general/latest/gr/rande.html#global-endpoints — IAM, Organizations, Account Management, CloudFront, Route 53, Global Accelerator, Shield, WAF Classic for CloudFront and billing services are global, with endpoints in us-east-1 (some in us-west-2)
 * @awsfact https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html — certificates for CloudFront must be requested in us-east-1
 */
export const GLOBAL_TYPE_PREFIXES: readonly string[] = [
    "aws:iam/", "aws:organizations/", "aws:account/",
    "aws:cloudfront/", "aws:waf/", "aws:globalaccelerator/", "aws:shield/",
    "aws:budgets/", "aws:costexplorer/", "aws:cur/", "aws:bcmdata/", "aws:invoicing/", "aws:savingsplans/", "aws:costoptimizationhub/",
    "aws:route53domains/", "aws:route53recoverycontrol/", "aws:route53recoveryreadiness/", "aws:networkmanager/",
    "aws:ecrpublic/",
];

/** Single global types, outside the prefixes above. */
export const GLOBAL_TYPES: ReadonlySet<string> = new Set([
    "aws:route53/zone:Zone",
    "aws:route53/record:Record",
    "aws:route53/recordsExclusive:RecordsExclusive",
    "aws:route53/healthCheck:HealthCheck",
    "aws:route53/delegationSet:DelegationSet",
    "aws:route53/hostedZoneDnsSec:HostedZoneDnsSec",
    "aws:route53/keySigningKey:KeySigningKey",
    "aws:route53/queryLog:QueryLog",
    "aws:route53/trafficPolicy:TrafficPolicy",
    "aws:route53/trafficPolicyInstance:TrafficPolicyInstance",
    "aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization",
    "aws:route53/zoneAssociation:ZoneAssociation",
    "aws:route53/cidrCollection:CidrCollection",
    "aws:route53/cidrLocation:CidrLocation",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint",
    "aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy",
    "aws:s3control/multiRegionAccessPointRoutes:MultiRegionAccessPointRoutes",
]);

/** Whether a resource is global and so exempt from region restrictions. */
export function isGlobalResource(resource: ResourceView): boolean {
    if (GLOBAL_TYPES.has(resource.type) || GLOBAL_TYPE_PREFIXES.some((prefix) => resource.type.startsWith(prefix))) {
        return true;
    }
    return resource.type.startsWith("aws:wafv2/") && asString(resource.props.scope)?.toUpperCase() === "CLOUDFRONT";
}

/**
 * Actions exempted from the region fence because their services are global:
 * one endpoint, usually in us-east-1 (some in us-west-2), so requests carry that
 * `aws:RequestedRegion` whatever region the caller works in.
 *
 * Three AWS lists, kept apart so each can be checked against its page, and
 * combined by {@link globalServiceExemptions}:
 * - {@link ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS}: the AWS Organizations User
 *   Guide's example SCP "Deny access to AWS based on the requested AWS Region",
 *   verbatim;
 * - {@link AWS_SAMPLES_GLOBAL_EXEMPTIONS}: what AWS's service-control-policy
 *   examples repository lists beyond the guide (Route 53 ARC and S3
 *   Multi-Region Access Points, served from us-west-2);
 * - {@link BILLING_GLOBAL_EXEMPTIONS}: the fine-grained Billing actions that
 *   replaced `aws-portal:*`, and Account Management.
 *
 * {@link CONTROL_TOWER_GLOBAL_EXEMPTIONS} is AWS Control Tower's Region deny
 * control, verbatim: longer, offered as the `controlTower` preset.
 *
 * Notes on the AWS lists: `wafv2:*` is regional for ALBs and API Gateway but
 * global (us-east-1) for CloudFront web ACLs; `kms:*` and `acm:*` are regional,
 * but CloudFront needs its certificates and keys in us-east-1; a few prefixes
 * (`a4b`, `importexport`, `mobileanalytics`) belong to retired services and are
 * kept as AWS lists them (all still exist in the IAM catalog, and the tests
 * check every entry against it).
 */

/**
 * The Organizations User Guide's example SCP, verbatim.
 *
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region — the example region-deny SCP exempts (NotAction) a4b, acm, aws-marketplace(-management), aws-portal, budgets, ce, chime, cloudfront, config, cur, directconnect, three ec2 Describe actions, fms, globalaccelerator, health, iam, importexport, kms, mobileanalytics, networkmanager, organizations, pricing, route53, route53domains, s3 account public-access and ListAllMyBuckets, shield, sts, support, supportplans, trustedadvisor, waf, waf-regional, wafv2, wellarchitected
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region — KMS and ACM are regional, but must be exempted for use with CloudFront (us-east-1); STS is global unless regional endpoints are used
 */
export const ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS: readonly string[] = Object.freeze([
    "a4b:*",
    "acm:*",
    "aws-marketplace-management:*",
    "aws-marketplace:*",
    "aws-portal:*",
    "budgets:*",
    "ce:*",
    "chime:*",
    "cloudfront:*",
    "config:*",
    "cur:*",
    "directconnect:*",
    "ec2:DescribeRegions",
    "ec2:DescribeTransitGateways",
    "ec2:DescribeVpnGateways",
    "fms:*",
    "globalaccelerator:*",
    "health:*",
    "iam:*",
    "importexport:*",
    "kms:*",
    "mobileanalytics:*",
    "networkmanager:*",
    "organizations:*",
    "pricing:*",
    "route53:*",
    "route53domains:*",
    "s3:GetAccountPublic*",
    "s3:ListAllMyBuckets",
    "s3:PutAccountPublic*",
    "shield:*",
    "sts:*",
    "support:*",
    "supportplans:*",
    "trustedadvisor:*",
    "waf-regional:*",
    "waf:*",
    "wafv2:*",
    "wellarchitected:*",
]);

/**
 * What AWS's service-control-policy examples repository exempts beyond the guide.
 *
 * @awsfact https://github.com/aws-samples/service-control-policy-examples/blob/main/Region-controls/Deny-access-to-AWS-based-on-the-requested-AWS-region.json — AWS's sample region-deny SCP also exempts route53-recovery-cluster, route53-recovery-control-config, route53-recovery-readiness and s3:ListMultiRegionAccessPoints
 */
export const AWS_SAMPLES_GLOBAL_EXEMPTIONS: readonly string[] = Object.freeze([
    "route53-recovery-cluster:*",
    "route53-recovery-control-config:*",
    "route53-recovery-readiness:*",
    "s3:ListMultiRegionAccessPoints",
]);

/**
 * The Billing and Cost Management console's fine-grained actions, which
 * replaced `aws-portal:*`, and Account Management (global, us-east-1).
 *
 * @awsfact https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/migrate-granularaccess-iam-mapping-reference.html — the aws-portal actions map to the fine-grained billing, payments, tax, invoicing, consolidatedbilling, freetier, account and purchase-orders actions
 * @awsfact https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/migrate-granularaccess-whatis.html — the aws-portal namespace reached the end of standard support in July 2023; SCPs must use the fine-grained actions
 */
export const BILLING_GLOBAL_EXEMPTIONS: readonly string[] = Object.freeze([
    "account:*",
    "billing:*",
    "consolidatedbilling:*",
    "freetier:*",
    "invoicing:*",
    "payments:*",
    "purchase-orders:*",
    "tax:*",
]);

/**
 * AWS Control Tower's Region deny control, verbatim.
 *
 * @awsfact https://docs.aws.amazon.com/controltower/latest/controlreference/primary-region-deny-policy.html — the Control Tower Region deny control (GRREGIONDENY) exempts this longer NotAction list of global services and actions
 */
export const CONTROL_TOWER_GLOBAL_EXEMPTIONS: readonly string[] = Object.freeze([
    "a4b:*", "access-analyzer:*", "account:*", "acm:*", "activate:*", "artifact:*", "aws-marketplace-management:*",
    "aws-marketplace:*", "aws-portal:*", "billing:*", "billingconductor:*", "budgets:*", "ce:*", "chatbot:*", "chime:*",
    "cloudfront:*", "cloudtrail:LookupEvents", "compute-optimizer:*", "config:*", "consoleapp:*", "consolidatedbilling:*",
    "cur:*", "datapipeline:GetAccountLimits", "devicefarm:*", "directconnect:*", "ec2:DescribeRegions",
    "ec2:DescribeTransitGateways", "ec2:DescribeVpnGateways", "ecr-public:*", "fms:*", "freetier:*", "globalaccelerator:*",
    "health:*", "iam:*", "importexport:*", "invoicing:*", "iq:*", "kms:*", "license-manager:ListReceivedLicenses",
    "lightsail:Get*", "mobileanalytics:*", "networkmanager:*", "notifications-contacts:*", "notifications:*",
    "organizations:*", "payments:*", "pricing:*", "quicksight:DescribeAccountSubscription", "resource-explorer-2:*",
    "route53-recovery-cluster:*", "route53-recovery-control-config:*", "route53-recovery-readiness:*", "route53:*",
    "route53domains:*", "s3:CreateMultiRegionAccessPoint", "s3:DeleteMultiRegionAccessPoint",
    "s3:DescribeMultiRegionAccessPointOperation", "s3:GetAccountPublicAccessBlock", "s3:GetBucketLocation",
    "s3:GetBucketPolicyStatus", "s3:GetBucketPublicAccessBlock", "s3:GetMultiRegionAccessPoint",
    "s3:GetMultiRegionAccessPointPolicy", "s3:GetMultiRegionAccessPointPolicyStatus", "s3:GetStorageLensConfiguration",
    "s3:GetStorageLensDashboard", "s3:ListAllMyBuckets", "s3:ListMultiRegionAccessPoints",
    "s3:ListStorageLensConfigurations", "s3:PutAccountPublicAccessBlock", "s3:PutMultiRegionAccessPointPolicy",
    "savingsplans:*", "shield:*", "sso:*", "sts:*", "support:*", "supportapp:*", "supportplans:*", "sustainability:*",
    "tag:GetResources", "tax:*", "trustedadvisor:*", "vendor-insights:ListEntitledSecurityProfiles", "waf-regional:*",
    "waf:*", "wafv2:*",
]);

/** The lists of global-service exemptions `denyOutsideRegions` can use, by name. */
export const GlobalServicePreset = {
    /** The Organizations guide's list, AWS's sample extras and the Billing actions. The default. */
    Standard: "standard",
    /** AWS Control Tower's Region deny list, for organizations that follow Control Tower. */
    ControlTower: "controlTower",
} as const;

/** One of `GlobalServicePreset`. */
export type GlobalServicePreset = (typeof GlobalServicePreset)[keyof typeof GlobalServicePreset];

function sortedUnion(...lists: readonly (readonly string[])[]): readonly string[] {
    return Object.freeze([...new Set(lists.flat())].sort());
}

/** Every action {@link denyOutsideRegions} exempts by default (the `standard` preset), sorted. */
export const GLOBAL_SERVICE_EXEMPTIONS: readonly string[] = sortedUnion(
    ORGANIZATIONS_GUIDE_GLOBAL_EXEMPTIONS,
    AWS_SAMPLES_GLOBAL_EXEMPTIONS,
    BILLING_GLOBAL_EXEMPTIONS,
);

const PRESET_LISTS: Readonly<Record<GlobalServicePreset, readonly string[]>> = Object.freeze({
    standard: GLOBAL_SERVICE_EXEMPTIONS,
    controlTower: sortedUnion(CONTROL_TOWER_GLOBAL_EXEMPTIONS),
});

/** The sorted exemptions of a preset. */
export function globalServiceExemptions(preset: GlobalServicePreset = GlobalServicePreset.Standard): readonly string[] {
    return PRESET_LISTS[preset];
}

/**
 * Actions exempted from the region fence because their services are global
 * (one endpoint, requests arrive with `aws:RequestedRegion` = `us-east-1`, or a
 * region unrelated to where the caller works).
 *
 * The list is AWS Organizations' example SCP "Deny access to AWS based on the
 * requested AWS Region", verbatim:
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region
 * See also the IAM example and the `aws:RequestedRegion` key:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-requestedregion
 *
 * Notes on the AWS list:
 * - `wafv2:*` is regional for ALBs/API Gateway but global (us-east-1) for
 *   CloudFront web ACLs, so AWS exempts it; so do we.
 * - `kms:*` and `acm:*` are regional, but CloudFront needs its certificates and
 *   keys in us-east-1; AWS's example exempts them for that reason.
 * - A few prefixes (`a4b`, `importexport`, `mobileanalytics`) belong to retired
 *   services; they are kept as AWS lists them (all still exist in the IAM
 *   catalog, and the tests check every entry against it).
 */
export const AWS_EXAMPLE_GLOBAL_EXEMPTIONS: readonly string[] = Object.freeze([
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
    "route53-recovery-cluster:*",
    "route53-recovery-control-config:*",
    "route53-recovery-readiness:*",
    "route53:*",
    "route53domains:*",
    "s3:GetAccountPublic*",
    "s3:ListAllMyBuckets",
    "s3:ListMultiRegionAccessPoints",
    "s3:PutAccountPublic*",
    "shield:*",
    "sts:*",
    "support:*",
    "trustedadvisor:*",
    "waf-regional:*",
    "waf:*",
    "wafv2:*",
    "wellarchitected:*",
]);

/**
 * Global services AWS added after that example was written, which this package
 * also exempts: Account Management (`account:*`, us-east-1 endpoint) and the
 * fine-grained Billing console actions (`billing:*`) that replace `aws-portal:*`.
 */
export const ADDITIONAL_GLOBAL_EXEMPTIONS: readonly string[] = Object.freeze(["account:*", "billing:*"]);

/** Every action {@link denyOutsideRegions} exempts by default, sorted. */
export const GLOBAL_SERVICE_EXEMPTIONS: readonly string[] = Object.freeze(
    [...AWS_EXAMPLE_GLOBAL_EXEMPTIONS, ...ADDITIONAL_GLOBAL_EXEMPTIONS].sort(),
);

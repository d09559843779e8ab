/**
 * Every AWS region in the commercial partition (`aws`), with its opt-in flag.
 *
 * Scope: commercial regions only. AWS GovCloud (US) (`aws-us-gov`), China
 * (`aws-cn`), the European Sovereign Cloud (`aws-eusc`) and the ISO partitions are
 * separate partitions with their own ARNs (`arn:aws-us-gov:...`), accounts and
 * credentials; the documents in this package write `arn:aws:` ARNs, so those
 * regions are deliberately NOT known regions. They are listed in
 * {@link AWS_NON_COMMERCIAL_REGIONS} only so that errors can say why they are refused.
 *
 * Opt-in regions (launched after March 2019) are disabled until an account enables
 * them, but a leaked key with enough rights can enable them, which is exactly why
 * the region fence and the per-region vCPU alarms must cover them too.
 *
 * Cross-checked against the `Region` enum of @pulumi/aws 7.x.
 *
 * @awsfact https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html — the commercial regions, their codes and which are opt-in (launched after 20 March 2019)
 * @awsfact https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html — opt-in regions are disabled until an account enables them (account:EnableRegion)
 */

/** One commercial AWS region. */
export interface AwsRegion {
    /** The region code, such as `eu-west-1`. */
    readonly name: string;
    /** The human-readable location, such as `Europe (Ireland)`. */
    readonly location: string;
    /** True when an account must enable the region before using it. */
    readonly optIn: boolean;
}

/** All commercial AWS regions, enabled-by-default and opt-in, sorted by name. */
export const AWS_REGIONS: readonly AwsRegion[] = Object.freeze([
    { name: "af-south-1", location: "Africa (Cape Town)", optIn: true },
    { name: "ap-east-1", location: "Asia Pacific (Hong Kong)", optIn: true },
    { name: "ap-east-2", location: "Asia Pacific (Taipei)", optIn: true },
    { name: "ap-northeast-1", location: "Asia Pacific (Tokyo)", optIn: false },
    { name: "ap-northeast-2", location: "Asia Pacific (Seoul)", optIn: false },
    { name: "ap-northeast-3", location: "Asia Pacific (Osaka)", optIn: false },
    { name: "ap-south-1", location: "Asia Pacific (Mumbai)", optIn: false },
    { name: "ap-south-2", location: "Asia Pacific (Hyderabad)", optIn: true },
    { name: "ap-southeast-1", location: "Asia Pacific (Singapore)", optIn: false },
    { name: "ap-southeast-2", location: "Asia Pacific (Sydney)", optIn: false },
    { name: "ap-southeast-3", location: "Asia Pacific (Jakarta)", optIn: true },
    { name: "ap-southeast-4", location: "Asia Pacific (Melbourne)", optIn: true },
    { name: "ap-southeast-5", location: "Asia Pacific (Malaysia)", optIn: true },
    { name: "ap-southeast-6", location: "Asia Pacific (New Zealand)", optIn: true },
    { name: "ap-southeast-7", location: "Asia Pacific (Thailand)", optIn: true },
    { name: "ca-central-1", location: "Canada (Central)", optIn: false },
    { name: "ca-west-1", location: "Canada West (Calgary)", optIn: true },
    { name: "eu-central-1", location: "Europe (Frankfurt)", optIn: false },
    { name: "eu-central-2", location: "Europe (Zurich)", optIn: true },
    { name: "eu-north-1", location: "Europe (Stockholm)", optIn: false },
    { name: "eu-south-1", location: "Europe (Milan)", optIn: true },
    { name: "eu-south-2", location: "Europe (Spain)", optIn: true },
    { name: "eu-west-1", location: "Europe (Ireland)", optIn: false },
    { name: "eu-west-2", location: "Europe (London)", optIn: false },
    { name: "eu-west-3", location: "Europe (Paris)", optIn: false },
    { name: "il-central-1", location: "Israel (Tel Aviv)", optIn: true },
    { name: "me-central-1", location: "Middle East (UAE)", optIn: true },
    { name: "me-south-1", location: "Middle East (Bahrain)", optIn: true },
    { name: "mx-central-1", location: "Mexico (Central)", optIn: true },
    { name: "sa-east-1", location: "South America (Sao Paulo)", optIn: false },
    { name: "us-east-1", location: "US East (N. Virginia)", optIn: false },
    { name: "us-east-2", location: "US East (Ohio)", optIn: false },
    { name: "us-west-1", location: "US West (N. California)", optIn: false },
    { name: "us-west-2", location: "US West (Oregon)", optIn: false },
].map((region) => Object.freeze(region)));

/** The names of all commercial regions, in the order of {@link AWS_REGIONS}. */
export const AWS_REGION_NAMES: readonly string[] = Object.freeze(AWS_REGIONS.map((region) => region.name));

/**
 * Regions outside the commercial partition, by partition name. They are not
 * accepted anywhere in this package; see the file comment for why.
 */
export const AWS_NON_COMMERCIAL_REGIONS: Readonly<Record<string, string>> = Object.freeze({
    "us-gov-east-1": "AWS GovCloud (US) (partition aws-us-gov)",
    "us-gov-west-1": "AWS GovCloud (US) (partition aws-us-gov)",
    "cn-north-1": "AWS China (partition aws-cn)",
    "cn-northwest-1": "AWS China (partition aws-cn)",
    "eusc-de-east-1": "AWS European Sovereign Cloud (partition aws-eusc)",
});

const KNOWN = new Set(AWS_REGION_NAMES);

/** True when `name` is exactly the code of a commercial AWS region (case-sensitive, as AWS is). */
export function isKnownRegion(name: unknown): name is string {
    return typeof name === "string" && KNOWN.has(name);
}

/** The opt-in commercial regions. */
export function optInRegions(): string[] {
    return AWS_REGIONS.filter((region) => region.optIn).map((region) => region.name);
}

import { AWS_REGIONS } from "../documents/regions";

/**
 * The commercial regions enabled by default in every new account: all regions
 * of `AWS_REGIONS` that need no opt-in (17 today). This is the default region
 * list of {@link InstanceCountAlarms}: the list must be known when the program
 * runs (one provider is created per region), so it cannot come from
 * `aws.getRegions`. Opt-in regions the account has enabled can be added.
 */
export const DEFAULT_ENABLED_REGIONS: readonly string[] = Object.freeze(
    AWS_REGIONS.filter((region) => !region.optIn).map((region) => region.name),
);

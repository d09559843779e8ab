import { GuardrailInputError } from "../errors";
import { AWS_NON_COMMERCIAL_REGIONS, AWS_REGION_NAMES, isKnownRegion } from "../regions";
import { describeValue } from "./describe";
import { nearestName } from "./nearest";

/**
 * Returns `value` if it is a known commercial AWS region; otherwise throws an
 * error that names the nearest known region and lists all of them.
 */
export function validateRegion(where: string, value: unknown): string {
    if (isKnownRegion(value)) return value;
    if (typeof value === "string" && Object.prototype.hasOwnProperty.call(AWS_NON_COMMERCIAL_REGIONS, value)) {
        throw new GuardrailInputError(
            `${where}: "${value}" is in ${AWS_NON_COMMERCIAL_REGIONS[value]}; only commercial-partition (aws) regions are supported, like "us-east-1"`,
        );
    }
    const suggestion = typeof value === "string" ? nearestName(value, AWS_REGION_NAMES) : undefined;
    const hint = suggestion ? ` did you mean "${suggestion}"?` : "";
    throw new GuardrailInputError(
        `${where}: ${describeValue(value)} is not a known AWS commercial region;${hint} known regions: ${AWS_REGION_NAMES.join(", ")}`,
    );
}

/** A list of region names, without duplicates; `allowEmpty` false rejects an empty list. */
export function validateRegions(where: string, value: unknown, allowEmpty = false): string[] {
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: must be an array of region names, like ["us-east-1"]; got ${describeValue(value)}`);
    }
    const regions = value.map((item) => validateRegion(where, item));
    if (!allowEmpty && regions.length === 0) {
        throw new GuardrailInputError(`${where}: must name at least one region, like "us-east-1"`);
    }
    return [...new Set(regions)];
}

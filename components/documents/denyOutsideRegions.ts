import { GuardrailInputError } from "./errors";
import { GLOBAL_SERVICE_EXEMPTIONS } from "./globalServices";
import { POLICY_VERSION, type PolicyDocument, type PolicyStatement } from "./policyDocument";
import { validateActionList } from "./validate/actions";
import { stringList } from "./validate/list";
import { validateRegion } from "./validate/region";

/** Arguments of {@link denyOutsideRegions}. */
export interface DenyOutsideRegionsArgs {
    /** The commercial AWS regions callers may use, such as `["eu-west-1"]`. */
    regions: readonly string[];
    /** Leave global services (IAM, STS, Route 53, ...) usable. Default true. */
    exemptGlobalServices?: boolean;
    /** More actions or patterns to exempt, checked against the IAM catalog. Default none. */
    extraExemptActions?: readonly string[];
}

const WHERE = "denyOutsideRegions";

/** The Sid of the single statement {@link denyOutsideRegions} emits. */
export const DENY_OUTSIDE_REGIONS_SID = "DenyOutsideAllowedRegions";

/**
 * A policy that denies requests to any region but the allowed ones, so a leaked
 * key cannot start instances in a region nobody watches.
 *
 * One `Deny` statement with `StringNotEquals aws:RequestedRegion` [regions] on
 * `Resource: "*"`. Global services answer in us-east-1 (or elsewhere) whatever
 * region the caller works in, so by default the statement uses `NotAction` with
 * {@link GLOBAL_SERVICE_EXEMPTIONS}: AWS Organizations' example list
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region)
 * plus `account:*` and `billing:*`. See the `aws:RequestedRegion` docs:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-requestedregion
 *
 * With `exemptGlobalServices: false` and no extra exemptions the statement uses
 * `Action: "*"`: then even IAM and STS calls must name an allowed region
 * (STS regional endpoints do; IAM always says us-east-1).
 *
 * Regions are validated against `AWS_REGIONS` (commercial partition, opt-in
 * included); an unknown one fails with the nearest known name.
 * Valid unchanged as an SCP.
 */
export function denyOutsideRegions(args: DenyOutsideRegionsArgs): PolicyDocument {
    const regions = stringList(WHERE, "regions", args.regions).map((value) => validateRegion(WHERE, value));
    if (regions.length === 0) {
        throw new GuardrailInputError(`${WHERE}: regions is empty, so every regional request would be denied; give at least one region, like "eu-west-1"`);
    }
    if (args.exemptGlobalServices !== undefined && typeof args.exemptGlobalServices !== "boolean") {
        throw new GuardrailInputError(
            `${WHERE}: exemptGlobalServices must be true or false; got ${JSON.stringify(args.exemptGlobalServices)}`,
        );
    }
    const extra =
        args.extraExemptActions === undefined ? [] : validateActionList(WHERE, "extraExemptActions", args.extraExemptActions);
    const exempt = [...new Set([...(args.exemptGlobalServices === false ? [] : GLOBAL_SERVICE_EXEMPTIONS), ...extra])];
    const statement: PolicyStatement = {
        Sid: DENY_OUTSIDE_REGIONS_SID,
        Effect: "Deny",
        ...(exempt.length > 0 ? { NotAction: exempt } : { Action: "*" }),
        Resource: "*",
        Condition: { StringNotEquals: { "aws:RequestedRegion": regions } },
    };
    return { Version: POLICY_VERSION, Statement: [statement] };
}

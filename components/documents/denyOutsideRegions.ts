import { GuardrailInputError } from "./errors";
import { GlobalServicePreset, globalServiceExemptions } from "./globalServices";
import { AWS_REGION_NAMES } from "./regions";
import { POLICY_VERSION, type PolicyDocument, type PolicyStatement } from "./policyDocument";
import { validateActionList } from "./validate/actions";
import { stringList } from "./validate/list";
import { validateRegion } from "./validate/region";
import { validateFlag } from "./validate/scalars";

/** Arguments of {@link denyOutsideRegions}. */
export interface DenyOutsideRegionsArgs {
    /** The commercial AWS regions callers may use, such as `["eu-west-1"]`. */
    regions: readonly string[];
    /** Leave global services (IAM, STS, Route 53, ...) usable. Default true. */
    exemptGlobalServices?: boolean;
    /** Which list of global services to exempt: "standard" or "controlTower" (see GlobalServicePreset). Default "standard". */
    globalServices?: GlobalServicePreset;
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
 * `Resource: "*"`. Global services answer in us-east-1 (or us-west-2) whatever
 * region the caller works in, so by default the statement uses `NotAction` with
 * the `standard` list of global services (the Organizations guide's example
 * SCP, AWS's sample extras and the fine-grained Billing actions; see
 * globalServices.ts); `globalServices: "controlTower"` uses AWS Control Tower's
 * longer list instead.
 *
 * With `exemptGlobalServices: false` and no extra exemptions the statement uses
 * `Action: "*"`: then even IAM and STS calls must name an allowed region
 * (STS regional endpoints do; IAM always says us-east-1).
 *
 * Regions are validated against `AWS_REGIONS` (commercial partition, opt-in
 * included); an unknown one fails with the nearest known name. A list that
 * allows every known region is refused: it fences nothing today.
 * Valid unchanged as an SCP.
 *
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-requestedregion — aws:RequestedRegion is the region the request is sent to; global services send us-east-1
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html — AWS's identity-policy example denies with StringNotEquals aws:RequestedRegion and a NotAction list of global services
 */
export function denyOutsideRegions(args: DenyOutsideRegionsArgs): PolicyDocument {
    const regions = stringList(WHERE, "regions", args.regions).map((value) => validateRegion(WHERE, value));
    if (regions.length === 0) {
        throw new GuardrailInputError(`${WHERE}: regions is empty, so every regional request would be denied; give at least one region, like "eu-west-1"`);
    }
    if (AWS_REGION_NAMES.every((name) => regions.includes(name))) {
        throw new GuardrailInputError(
            `${WHERE}: regions allows all ${AWS_REGION_NAMES.length} AWS commercial regions, which fences nothing; list only the regions you use, like ["eu-west-1"]`,
        );
    }
    const exemptGlobalServices = validateFlag(`${WHERE}: exemptGlobalServices`, args.exemptGlobalServices, true);
    const presets: string[] = Object.values(GlobalServicePreset);
    if (args.globalServices !== undefined && !presets.includes(args.globalServices)) {
        throw new GuardrailInputError(`${WHERE}: globalServices ${JSON.stringify(args.globalServices)} is not a preset; allowed: ${presets.join(", ")}`);
    }
    const extra =
        args.extraExemptActions === undefined ? [] : validateActionList(WHERE, "extraExemptActions", args.extraExemptActions);
    const globals = exemptGlobalServices ? globalServiceExemptions(args.globalServices) : [];
    const exempt = [...new Set([...globals, ...extra])];
    const statement: PolicyStatement = {
        Sid: DENY_OUTSIDE_REGIONS_SID,
        Effect: "Deny",
        ...(exempt.length > 0 ? { NotAction: exempt } : { Action: "*" }),
        Resource: "*",
        Condition: { StringNotEquals: { "aws:RequestedRegion": regions } },
    };
    return { Version: POLICY_VERSION, Statement: [statement] };
}

import type * as pulumi from "@pulumi/pulumi";
import { denyOutsideRegions } from "../documents/denyOutsideRegions";
import type { GlobalServicePreset } from "../documents/globalServices";
import { GuardrailGroup, resolveGroupSpec } from "./guardrailGroup";
import { componentLabel } from "../documents/validate";

/** Arguments of {@link RegionRestrictionGroup}. Plain values: every one is validated before anything is created. */
export interface RegionRestrictionGroupArgs {
    /** The AWS regions members may use, like `["eu-west-1"]`. Required; opt-in regions are accepted. */
    regions: string[];
    /** Keep global services (IAM, STS, Route 53, CloudFront, ...) usable from any region. Default true. */
    exemptGlobalServices?: boolean;
    /** The list of global services exempted: "standard" (AWS's example SCP lists and the Billing actions) or "controlTower". Default "standard". */
    globalServices?: GlobalServicePreset;
    /** The IAM group's name. Default `deny-outside-regions-<component name>`. */
    groupName?: string;
    /** The IAM group's path. Default `/guardrails/`. */
    path?: string;
}

/**
 * An IAM group whose members are denied every request to a region outside the
 * allowed ones (`aws:RequestedRegion`), global services excepted: the
 * {@link denyOutsideRegions} document as the group's inline policy. A leaked key
 * cannot start instances in a region nobody watches. Throws a
 * `GuardrailInputError` naming the bad value before any resource is created.
 */
export class RegionRestrictionGroup extends GuardrailGroup {
    constructor(name: string, args: RegionRestrictionGroupArgs, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveGroupSpec(
            componentLabel("RegionRestrictionGroup", name),
            { groupName: args?.groupName, defaultGroupName: `deny-outside-regions-${name}`, path: args?.path, policyName: "deny-outside-regions" },
            () => denyOutsideRegions({ regions: args?.regions, exemptGlobalServices: args?.exemptGlobalServices, globalServices: args?.globalServices }),
        );
        super("aws-guardrails:iam:RegionRestrictionGroup", name, spec, opts);
    }
}

import * as pulumi from "@pulumi/pulumi";
import { denyOutsideRegions } from "../documents/denyOutsideRegions";
import type { GlobalServicePreset } from "../documents/globalServices";
import { withFormerType } from "../common/componentType";
import { refuseOutput } from "../common/inputs";
import {
    createGuardrailGroup, defineGroupAccessors, resolveGroupSpec, type GuardrailGroup, type GuardrailGroupAccessors, type GuardrailGroupSpec,
} from "./guardrailGroup";
import { componentLabel } from "../documents/validate";

/** The settings of a region fence other than its regions; `GuardrailBaseline.regionRestriction` takes the same. */
export interface RegionFenceSettings {
    /** Keep global services (IAM, STS, Route 53, CloudFront, ...) usable from any region. Default true. */
    exemptGlobalServices?: boolean;
    /** The list of global services exempted: "standard" (AWS's example SCP lists and the Billing actions) or "controlTower". Default "standard". */
    globalServices?: GlobalServicePreset;
    /** The IAM group's name. Default `deny-outside-regions-<component name>`. */
    groupName?: string;
    /** The IAM group's path. Default `/guardrails/`. */
    path?: string;
}

/** Arguments of RegionRestrictionGroup. Plain values: every one is validated before anything is created. */
export interface RegionRestrictionGroupArgs extends RegionFenceSettings {
    /** The AWS regions members may use, like ["eu-west-1"]. Required; opt-in regions are accepted. */
    regions: string[];
}

/** Validates the arguments of a region fence (the component's or the baseline's) and returns its group spec. */
export function resolveRegionFence(where: string, defaultGroupName: string, args: RegionRestrictionGroupArgs): GuardrailGroupSpec {
    return resolveGroupSpec(
        where,
        { groupName: args?.groupName, defaultGroupName, path: args?.path, policyName: "deny-outside-regions" },
        { regions: args?.regions, exemptGlobalServices: args?.exemptGlobalServices, globalServices: args?.globalServices },
        (path) => refuseOutput(where, path),
        (known) => denyOutsideRegions(known),
    );
}

/** The TypeScript-only members: `group`, `groupPolicy`, `document`, `policyDocument`. */
export interface RegionRestrictionGroup extends GuardrailGroupAccessors {}

/**
 * An IAM group whose members are denied every request to a region outside the
 * allowed ones (`aws:RequestedRegion`), global services excepted: the
 * `denyOutsideRegions` document as the group's inline policy. A leaked key
 * cannot start instances in a region nobody watches. Throws a
 * `GuardrailInputError` naming the bad value before any resource is created.
 */
export class RegionRestrictionGroup extends pulumi.ComponentResource implements GuardrailGroup {
    // The outputs are declared here, for the schema, and set by createGuardrailGroup.
    /** The group's name, known once its policy is attached; pass it to ScopedServiceUser's restrictionGroups. */
    declare readonly groupName: pulumi.Output<string>;
    /** The group's ARN. */
    declare readonly groupArn: pulumi.Output<string>;
    /** The attached policy document, as JSON. */
    declare readonly policyJson: pulumi.Output<string>;

    constructor(name: string, args: RegionRestrictionGroupArgs, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveRegionFence(componentLabel("RegionRestrictionGroup", name), `deny-outside-regions-${name}`, args);
        super("aws-guardrails:index:RegionRestrictionGroup", name, {}, withFormerType(opts, "aws-guardrails:iam:RegionRestrictionGroup"));
        this.registerOutputs(createGuardrailGroup(this, name, spec));
    }
}
defineGroupAccessors(RegionRestrictionGroup);

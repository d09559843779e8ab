import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { denyOutsideRegions } from "../documents/denyOutsideRegions";
import type { GlobalServicePreset } from "../documents/globalServices";
import type { PolicyDocument } from "../documents/policyDocument";
import { withFormerType } from "../common/componentType";
import { refuseOutput } from "../common/inputs";
import { createGuardrailGroup, groupParts, resolveGroupSpec, type GuardrailGroup, type GuardrailGroupSpec } from "./guardrailGroup";
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

/**
 * An IAM group whose members are denied every request to a region outside the
 * allowed ones (`aws:RequestedRegion`), global services excepted: the
 * `denyOutsideRegions` document as the group's inline policy. A leaked key
 * cannot start instances in a region nobody watches. Throws a
 * `GuardrailInputError` naming the bad value before any resource is created.
 */
export class RegionRestrictionGroup extends pulumi.ComponentResource implements GuardrailGroup {
    /** The group's name, known once its policy is attached; pass it to ScopedServiceUser's restrictionGroups. */
    readonly groupName: pulumi.Output<string>;
    /** The group's ARN. */
    readonly groupArn: pulumi.Output<string>;
    /** The attached policy document, as JSON. */
    readonly policyJson: pulumi.Output<string>;

    /** The IAM group (TypeScript only). */
    get group(): aws.iam.Group { return groupParts.get(this).group; }
    /** The group's inline policy (TypeScript only). */
    get groupPolicy(): aws.iam.GroupPolicy { return groupParts.get(this).groupPolicy; }
    /** The attached document, as data (TypeScript only). */
    get document(): pulumi.Output<PolicyDocument> { return groupParts.get(this).document; }
    /** The same as `document` (TypeScript only). */
    get policyDocument(): pulumi.Output<PolicyDocument> { return groupParts.get(this).document; }

    constructor(name: string, args: RegionRestrictionGroupArgs, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveRegionFence(componentLabel("RegionRestrictionGroup", name), `deny-outside-regions-${name}`, args);
        super("aws-guardrails:index:RegionRestrictionGroup", name, {}, withFormerType(opts, "aws-guardrails:iam:RegionRestrictionGroup"));
        const parts = createGuardrailGroup(this, name, spec);
        this.groupName = parts.groupName;
        this.groupArn = parts.groupArn;
        this.policyJson = parts.policyJson;
        this.registerOutputs({ groupName: this.groupName, groupArn: this.groupArn, policyJson: this.policyJson });
    }
}

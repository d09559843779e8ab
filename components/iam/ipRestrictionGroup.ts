import * as pulumi from "@pulumi/pulumi";
import { denyOutsideCidrs } from "../documents/denyOutsideCidrs";
import { withFormerType } from "../common/componentType";
import { refuseOutput } from "../common/inputs";
import {
    createGuardrailGroup, defineGroupAccessors, resolveGroupSpec, type GuardrailGroup, type GuardrailGroupAccessors, type GuardrailGroupSpec,
} from "./guardrailGroup";
import { componentLabel } from "../documents/validate";

/** The settings of an IP fence other than its ranges; `GuardrailBaseline.ipRestriction` takes the same. */
export interface IpFenceSettings {
    /** Let AWS services act on a member's behalf from AWS's own addresses (`aws:ViaAWSService`). Default true. */
    viaAwsServices?: boolean;
    /** VPC endpoint ids (`vpce-...`) whose requests are never denied; needed for in-VPC callers. Each may be an endpoint's id output. Default none. */
    allowedVpcEndpoints?: pulumi.Input<string>[];
    /** VPC ids (`vpc-...`) whose requests through any VPC endpoint are never denied. Each may be a VPC's id output. Default none. */
    allowedVpcs?: pulumi.Input<string>[];
    /** Deny only these actions outside the ranges, like ["ec2:RunInstances"]. Default every action. */
    actions?: string[];
    /** The IAM group's name. Default `deny-outside-cidrs-<component name>`. */
    groupName?: string;
    /** The IAM group's path. Default `/guardrails/`. */
    path?: string;
}

/** Arguments of IpRestrictionGroup. Every known value is validated before anything is created. */
export interface IpRestrictionGroupArgs extends IpFenceSettings {
    /** Public IPv4/IPv6 ranges members may call AWS from, like ["203.0.113.0/24"]. Required; `0.0.0.0/0` is refused. */
    cidrs: string[];
}

/** Stand-ins for endpoint and VPC ids known only at deployment: valid ids, checked for real once known. */
const ID_PLACEHOLDERS: Record<string, string> = { allowedVpcEndpoints: "vpce-00000000", allowedVpcs: "vpc-00000000" };

/** Validates the arguments of an IP fence (the component's or the baseline's) and returns its group spec. */
export function resolveIpFence(where: string, defaultGroupName: string, args: IpRestrictionGroupArgs): GuardrailGroupSpec {
    const documentArgs = { cidrs: args?.cidrs, allowedVpcEndpoints: args?.allowedVpcEndpoints, allowedVpcs: args?.allowedVpcs };
    return resolveGroupSpec(
        where,
        { groupName: args?.groupName, defaultGroupName, path: args?.path, policyName: "deny-outside-cidrs" },
        documentArgs,
        (path) => ID_PLACEHOLDERS[path] ?? refuseOutput(where, path),
        (known) => denyOutsideCidrs({ ...known, viaAwsServices: args?.viaAwsServices, actions: args?.actions }),
    );
}

/** The TypeScript-only members: `group`, `groupPolicy`, `document`, `policyDocument`. */
export interface IpRestrictionGroup extends GuardrailGroupAccessors {}

/**
 * An IAM group whose members are denied every request (or the chosen `actions`)
 * from outside the allowed networks: the `denyOutsideCidrs` document as the
 * group's inline policy. A key leaked to an attacker's machine stops working.
 *
 * Requests through a VPC endpoint carry no public source IP, so in-VPC callers
 * are locked out unless their endpoints or VPCs are listed. Throws a
 * `GuardrailInputError` naming the bad value before any resource is created.
 */
export class IpRestrictionGroup extends pulumi.ComponentResource implements GuardrailGroup {
    // The outputs are declared here, for the schema, and set by createGuardrailGroup.
    /** The group's name, known once its policy is attached; pass it to ScopedServiceUser's restrictionGroups. */
    declare readonly groupName: pulumi.Output<string>;
    /** The group's ARN. */
    declare readonly groupArn: pulumi.Output<string>;
    /** The attached policy document, as JSON. */
    declare readonly policyJson: pulumi.Output<string>;

    constructor(name: string, args: IpRestrictionGroupArgs, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveIpFence(componentLabel("IpRestrictionGroup", name), `deny-outside-cidrs-${name}`, args);
        super("aws-guardrails:index:IpRestrictionGroup", name, {}, withFormerType(opts, "aws-guardrails:iam:IpRestrictionGroup"));
        this.registerOutputs(createGuardrailGroup(this, name, spec));
    }
}
defineGroupAccessors(IpRestrictionGroup);

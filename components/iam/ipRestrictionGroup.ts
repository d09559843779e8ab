import type * as pulumi from "@pulumi/pulumi";
import { denyOutsideCidrs } from "../documents/denyOutsideCidrs";
import { GuardrailGroup, resolveGroupSpec } from "./guardrailGroup";
import { componentLabel } from "../documents/validate";

/** Arguments of {@link IpRestrictionGroup}. Plain values: every one is validated before anything is created. */
export interface IpRestrictionGroupArgs {
    /** Public IPv4/IPv6 ranges members may call AWS from, like `["203.0.113.0/24"]`. Required; `0.0.0.0/0` is refused. */
    cidrs: string[];
    /** Let AWS services act on a member's behalf from AWS's own addresses (`aws:ViaAWSService`). Default true. */
    viaAwsServices?: boolean;
    /** VPC endpoint ids (`vpce-...`) whose requests are never denied; needed for in-VPC callers. Default none. */
    allowedVpcEndpoints?: string[];
    /** VPC ids (`vpc-...`) whose requests through any VPC endpoint are never denied. Default none. */
    allowedVpcs?: string[];
    /** Deny only these actions outside the ranges, like `["ec2:RunInstances"]`. Default every action. */
    actions?: string[];
    /** The IAM group's name. Default `deny-outside-cidrs-<component name>`. */
    groupName?: string;
    /** The IAM group's path. Default `/guardrails/`. */
    path?: string;
}

/**
 * An IAM group whose members are denied every request (or the chosen `actions`)
 * from outside the allowed networks: the {@link denyOutsideCidrs} document as the
 * group's inline policy. A key leaked to an attacker's machine stops working.
 *
 * Requests through a VPC endpoint carry no public source IP, so in-VPC callers
 * are locked out unless their endpoints or VPCs are listed. Throws a
 * `GuardrailInputError` naming the bad value before any resource is created.
 */
export class IpRestrictionGroup extends GuardrailGroup {
    constructor(name: string, args: IpRestrictionGroupArgs, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveGroupSpec(
            componentLabel("IpRestrictionGroup", name),
            { groupName: args?.groupName, defaultGroupName: `deny-outside-cidrs-${name}`, path: args?.path, policyName: "deny-outside-cidrs" },
            () =>
                denyOutsideCidrs({
                    cidrs: args?.cidrs,
                    viaAwsServices: args?.viaAwsServices,
                    allowedVpcEndpoints: args?.allowedVpcEndpoints,
                    allowedVpcs: args?.allowedVpcs,
                    actions: args?.actions,
                }),
        );
        super("aws-guardrails:iam:IpRestrictionGroup", name, spec, opts);
    }
}

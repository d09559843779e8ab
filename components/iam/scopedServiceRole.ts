import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { leastPrivilege } from "../documents/leastPrivilege";
import type { PolicyDocument, PolicyStatement } from "../documents/policyDocument";
import { assertWithinLimit } from "../documents/sizeLimits";
import { describeValue } from "../documents/validate/describe";
import { SERVICE_PATH } from "./paths";
import { roleTrustPolicy, type RoleTrust } from "./trustPolicy";
import {
    componentLabel, labelled, validateFlag, validateOwner, validatePolicyArn, validateServiceName, validateTags, validateWholeNumber,
} from "../documents/validate";

/**
 * Arguments of {@link ScopedServiceRole}. Plain values except
 * `permissionsBoundary`, which may be an Output (a plain string is validated).
 */
export interface ScopedServiceRoleArgs {
    /** The consuming service: 1 to 50 lowercase letters, digits and hyphens; the role is `svc-<service>`. Required. */
    service: string;
    /** Who answers for the role (team or person), stored as the `Owner` tag. Required. */
    owner: string;
    /** Who may assume the role: `{ services: ["lambda"] }` or `{ roleArns: [...], externalId?, requireMfa? }`. Required; wildcards are refused. */
    trust: RoleTrust;
    /** The least-privilege statements, checked by `leastPrivilege` against the IAM catalog. Required. */
    statements: PolicyStatement[];
    /** Accept `Action: "*"` or `NotAction` in Allow statements. Default false. */
    allowStarAction?: boolean;
    /** Create an instance profile `svc-<service>` (needs `ec2` in `trust.services`). Default false. */
    instanceProfile?: boolean;
    /** Maximum session length in seconds, 3,600 to 43,200. Default 3,600 (one hour). */
    maxSessionDuration?: number;
    /** ARN of a managed policy set as the role's permissions boundary. Default none. */
    permissionsBoundary?: pulumi.Input<string>;
    /** Extra tags for the role and instance profile; `Service` and `Owner` are set by the component. Default none. */
    tags?: Record<string, string>;
}

interface ResolvedServiceRole {
    roleName: string;
    tags: Record<string, string>;
    trustPolicy: PolicyDocument;
    document: PolicyDocument;
    instanceProfile: boolean;
    maxSessionDuration: number;
    permissionsBoundary?: pulumi.Input<string>;
}

function resolveServiceRole(where: string, args: ScopedServiceRoleArgs): ResolvedServiceRole {
    if (typeof args !== "object" || args === null) {
        throw new GuardrailInputError(`${where}: args must be an object with service, owner, trust and statements; got ${describeValue(args)}`);
    }
    const roleName = `svc-${validateServiceName(where, args.service)}`;
    const owner = validateOwner(where, args.owner);
    const tags = { ...validateTags(where, args.tags, ["Service", "Owner"]), Service: args.service, Owner: owner };
    const trustPolicy = roleTrustPolicy(where, args.trust);
    const allowStarAction = validateFlag(`${where}: allowStarAction`, args.allowStarAction, false);
    const document = labelled(where, () => leastPrivilege(args.statements, { allowStarAction }));
    labelled(where, () => assertWithinLimit(document, "roleInline", roleName));
    const instanceProfile = validateFlag(`${where}: instanceProfile`, args.instanceProfile, false);
    const services = trustPolicy.Statement[0].Principal;
    const trustsEc2 = typeof services === "object" && ([] as string[]).concat(services.Service ?? []).includes("ec2.amazonaws.com");
    if (instanceProfile && !trustsEc2) {
        throw new GuardrailInputError(`${where}: instanceProfile needs "ec2" in trust.services; an instance profile is only for EC2 instances`);
    }
    // @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html — MaxSessionDuration is 3600 to 43200 seconds
    const maxSessionDuration = validateWholeNumber(`${where}: maxSessionDuration`, args.maxSessionDuration, { min: 3600, max: 43200, fallback: 3600, hint: " seconds" });
    const permissionsBoundary = validatePolicyArn(`${where}: permissionsBoundary`, args.permissionsBoundary);
    return { roleName, tags, trustPolicy, document, instanceProfile, maxSessionDuration, permissionsBoundary };
}

/**
 * One IAM role per consuming service. **Prefer this over `ScopedServiceUser`
 * wherever the caller runs on AWS** (EC2, Lambda, ECS, EKS, CodeBuild, ...):
 * a role hands out short-lived credentials, so there is no long-term key to
 * leak or rotate.
 *
 * The role `svc-<service>` lives under `/service/`, tagged `Service` and
 * `Owner`. Its trust policy names AWS services, or role ARNs with an optional
 * `sts:ExternalId` and MFA condition; a wildcard principal is refused. Its
 * permissions are one least-privilege inline policy (within the 10,240-character
 * role limit), optionally capped by a permissions boundary. An instance profile
 * of the same name is created on request. Throws a `GuardrailInputError` naming
 * the bad value before any resource is created.
 */
export class ScopedServiceRole extends pulumi.ComponentResource {
    /** The IAM role `svc-<service>`. */
    readonly role: aws.iam.Role;
    /** The role's least-privilege inline policy. */
    readonly rolePolicy: aws.iam.RolePolicy;
    /** The instance profile, when asked for. */
    readonly instanceProfile?: aws.iam.InstanceProfile;
    /** The trust policy, as plain data. */
    readonly trustPolicy: PolicyDocument;
    /** The least-privilege document, as plain data. */
    readonly policyDocument: PolicyDocument;
    /** The role's name, known once its policy is attached. */
    readonly roleName: pulumi.Output<string>;
    /** The role's ARN, known once its policy is attached. */
    readonly roleArn: pulumi.Output<string>;
    /** The instance profile's name, when asked for. */
    readonly instanceProfileName?: pulumi.Output<string>;
    /** The instance profile's ARN, when asked for. */
    readonly instanceProfileArn?: pulumi.Output<string>;

    constructor(name: string, args: ScopedServiceRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const resolved = resolveServiceRole(componentLabel("ScopedServiceRole", name), args);
        super("aws-guardrails:iam:ScopedServiceRole", name, {}, opts);
        this.trustPolicy = resolved.trustPolicy;
        this.policyDocument = resolved.document;
        this.role = new aws.iam.Role(
            name,
            {
                name: resolved.roleName,
                path: SERVICE_PATH,
                description: `Least-privilege role of the ${args.service} service (aws-guardrails)`,
                assumeRolePolicy: JSON.stringify(resolved.trustPolicy),
                maxSessionDuration: resolved.maxSessionDuration,
                permissionsBoundary: resolved.permissionsBoundary,
                tags: resolved.tags,
            },
            { parent: this },
        );
        this.rolePolicy = new aws.iam.RolePolicy(
            name,
            { role: this.role.name, name: "least-privilege", policy: JSON.stringify(resolved.document) },
            { parent: this },
        );
        // Both resolve once the policy is attached, so nothing uses the role before it has its
        // permissions. The name is the policy's `role` output, known during preview.
        this.roleName = this.rolePolicy.role;
        this.roleArn = pulumi.all([this.role.arn, this.rolePolicy.id]).apply(([roleArn]) => roleArn);
        if (resolved.instanceProfile) {
            this.instanceProfile = new aws.iam.InstanceProfile(
                name,
                { name: resolved.roleName, path: SERVICE_PATH, role: this.role.name, tags: resolved.tags },
                { parent: this },
            );
            this.instanceProfileName = this.instanceProfile.name;
            this.instanceProfileArn = this.instanceProfile.arn;
        }
        this.registerOutputs({
            roleName: this.roleName,
            roleArn: this.roleArn,
            instanceProfileName: this.instanceProfileName,
            instanceProfileArn: this.instanceProfileArn,
        });
    }
}

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import type { PolicyDocument } from "../documents/policyDocument";
import { describeValue } from "../documents/validate/describe";
import { withFormerType } from "../common/componentType";
import { TypeScriptOnly } from "../common/typescriptOnly";
import { leastPrivilegeDocument, type IamStatement } from "./iamStatements";
import { SERVICE_PATH } from "./paths";
import { roleTrustPolicy, type RoleTrust } from "./trustPolicy";
import {
    componentLabel, validateFlag, validateOwner, validatePolicyArn, validateServiceName, validateTags, validateWholeNumber,
} from "../documents/validate";

/**
 * Arguments of ScopedServiceRole. `permissionsBoundary`, `trust.roleArns`,
 * `trust.externalId` and the statements' resources and condition values may be
 * outputs of other resources (known values are validated at once, the others
 * once known).
 */
export interface ScopedServiceRoleArgs {
    /** The consuming service: 1 to 50 lowercase letters, digits and hyphens; the role is `svc-<service>`. Required. */
    service: string;
    /** Who answers for the role (team or person), stored as the `Owner` tag. Required. */
    owner: string;
    /** Who may assume the role: { services: ["lambda"] } or { roleArns: [...], externalId, requireMfa }. Required; wildcards are refused. */
    trust: RoleTrust;
    /** The least-privilege statements; every action is checked against the IAM catalog. Required. */
    statements: IamStatement[];
    /** Accept the action "*" or notActions in Allow statements. Default false. */
    allowStarAction?: boolean;
    /** Create an instance profile `svc-<service>` (needs "ec2" in trust.services). Default false. */
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
    trustPolicy: pulumi.Output<PolicyDocument>;
    document: pulumi.Output<PolicyDocument>;
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
    const document = leastPrivilegeDocument(where, args.statements, allowStarAction, "roleInline", roleName);
    const instanceProfile = validateFlag(`${where}: instanceProfile`, args.instanceProfile, false);
    const trustsEc2 = (args.trust.services ?? []).some((service) => service === "ec2" || service === "ec2.amazonaws.com");
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
    /** The role's name, known once its policy is attached. */
    readonly roleName: pulumi.Output<string>;
    /** The role's ARN, known once its policy is attached. */
    readonly roleArn: pulumi.Output<string>;
    /** The role's least-privilege inline policy, as JSON. */
    readonly policyJson: pulumi.Output<string>;
    /** The trust policy, as JSON. */
    readonly trustPolicyJson: pulumi.Output<string>;
    /** The instance profile's name, when asked for. */
    readonly instanceProfileName?: pulumi.Output<string>;
    /** The instance profile's ARN, when asked for. */
    readonly instanceProfileArn?: pulumi.Output<string>;

    /** The IAM role `svc-<service>` (TypeScript only). */
    get role(): aws.iam.Role { return members.get(this).role; }
    /** The role's least-privilege inline policy (TypeScript only). */
    get rolePolicy(): aws.iam.RolePolicy { return members.get(this).rolePolicy; }
    /** The instance profile, when asked for (TypeScript only). */
    get instanceProfile(): aws.iam.InstanceProfile | undefined { return members.get(this).instanceProfile; }
    /** The trust policy, as data (TypeScript only). */
    get trustPolicy(): pulumi.Output<PolicyDocument> { return members.get(this).trustPolicy; }
    /** The least-privilege document, as data (TypeScript only). */
    get policyDocument(): pulumi.Output<PolicyDocument> { return members.get(this).policyDocument; }

    constructor(name: string, args: ScopedServiceRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const resolved = resolveServiceRole(componentLabel("ScopedServiceRole", name), args);
        super("aws-guardrails:index:ScopedServiceRole", name, {}, withFormerType(opts, "aws-guardrails:iam:ScopedServiceRole"));
        this.trustPolicyJson = resolved.trustPolicy.apply((document) => JSON.stringify(document));
        this.policyJson = resolved.document.apply((document) => JSON.stringify(document));
        const role = new aws.iam.Role(
            name,
            {
                name: resolved.roleName,
                path: SERVICE_PATH,
                description: `Least-privilege role of the ${args.service} service (aws-guardrails)`,
                assumeRolePolicy: this.trustPolicyJson,
                maxSessionDuration: resolved.maxSessionDuration,
                permissionsBoundary: resolved.permissionsBoundary,
                tags: resolved.tags,
            },
            { parent: this },
        );
        const rolePolicy = new aws.iam.RolePolicy(name, { role: role.name, name: "least-privilege", policy: this.policyJson }, { parent: this });
        // Both resolve once the policy is attached, so nothing uses the role before it has its
        // permissions. The name is the policy's `role` output, known during preview.
        this.roleName = rolePolicy.role;
        this.roleArn = pulumi.all([role.arn, rolePolicy.id]).apply(([roleArn]) => roleArn);
        let instanceProfile: aws.iam.InstanceProfile | undefined;
        if (resolved.instanceProfile) {
            instanceProfile = new aws.iam.InstanceProfile(
                name,
                { name: resolved.roleName, path: SERVICE_PATH, role: role.name, tags: resolved.tags },
                { parent: this },
            );
            this.instanceProfileName = instanceProfile.name;
            this.instanceProfileArn = instanceProfile.arn;
        }
        members.set(this, { role, rolePolicy, instanceProfile, trustPolicy: resolved.trustPolicy, policyDocument: resolved.document });
        this.registerOutputs({
            roleName: this.roleName,
            roleArn: this.roleArn,
            policyJson: this.policyJson,
            trustPolicyJson: this.trustPolicyJson,
            instanceProfileName: this.instanceProfileName,
            instanceProfileArn: this.instanceProfileArn,
        });
    }
}

/** The TypeScript-only members of a ScopedServiceRole. */
interface ServiceRoleMembers {
    role: aws.iam.Role;
    rolePolicy: aws.iam.RolePolicy;
    instanceProfile?: aws.iam.InstanceProfile;
    trustPolicy: pulumi.Output<PolicyDocument>;
    policyDocument: pulumi.Output<PolicyDocument>;
}

const members = new TypeScriptOnly<ScopedServiceRole, ServiceRoleMembers>("ScopedServiceRole");

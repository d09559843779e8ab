import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { denyOutsideRegions } from "../documents/denyOutsideRegions";
import type { GlobalServicePreset } from "../documents/globalServices";
import { GuardrailInputError } from "../documents/errors";
import { POLICY_VERSION, type PolicyDocument, type PolicyStatement } from "../documents/policyDocument";
import { asScp, scpDenyCloudTrailTampering, scpDenyLeavingOrganization, scpDenyRootUser } from "../documents/scp";
import { scpDenyOutsideCidrs } from "../documents/scpNetwork";
import { splitForLimit } from "../documents/sizeLimits";
import { describeValue } from "../documents/validate/describe";
import { optionalStringList, stringList } from "../documents/validate/list";
import { withFormerType } from "../common/componentType";
import { TypeScriptOnly } from "../common/typescriptOnly";
import { componentLabel, labelled, validateFlag, validatePrincipalArnPattern, validateTags } from "../documents/validate";

/**
 * Arguments of OrganizationGuardrails. Plain values: every one is validated
 * before anything is created, and the target ids name the attachments.
 */
export interface OrganizationGuardrailsArgs {
    /** Where the SCPs attach: OU ids (`ou-xxxx-xxxxxxxx`), account ids (12 digits) or the root id (`r-xxxx`). Required. */
    targetIds: string[];
    /** Regions member accounts may use; requests to others are denied, global services excepted. Default none (no region SCP). */
    allowedRegions?: string[];
    /** Keep global services (IAM, STS, Route 53, ...) usable in the region SCP. Default true. */
    exemptGlobalServices?: boolean;
    /** The list of global services the region SCP exempts: "standard" or "controlTower". Default "standard". */
    globalServices?: GlobalServicePreset;
    /** Public CIDRs principals may call AWS from; requests from elsewhere are denied. Default none (no network SCP). */
    allowedCidrs?: string[];
    /** Bind the network SCP to every principal, roles of Lambda, EC2 and ECS included, instead of IAM users only. Default false. */
    ipFenceAllPrincipals?: boolean;
    /** Let AWS services act on a principal's behalf from AWS's own addresses in the network SCP. Default true. */
    viaAwsServices?: boolean;
    /** VPC endpoint ids (`vpce-...`) exempt from the network SCP. Default none. */
    allowedVpcEndpoints?: string[];
    /** VPC ids (`vpc-...`) exempt from the network SCP. Default none. */
    allowedVpcs?: string[];
    /** Deny `organizations:LeaveOrganization`, so no account escapes its SCPs. Default true. */
    denyLeavingOrganization?: boolean;
    /** Deny stopping, deleting or weakening CloudTrail trails. Default true. */
    protectCloudTrail?: boolean;
    /** Deny every action to the root user of member accounts. Default true. */
    denyRootUser?: boolean;
    /** Role ARN patterns (`arn:aws:iam::*:role/PulumiDeployer`) exempt from the region, network and CloudTrail SCPs. Default none. */
    exemptRoleArns?: string[];
    /** Name of the SCP (`-1`, `-2`... appended when split). Default `aws-guardrails-<component name>`. */
    policyName?: string;
    /** Tags for the SCPs. Default none. */
    tags?: Record<string, string>;
}

/**
 * At most this many SCPs attach to one target, and AWS's `FullAWSAccess` takes one of them.
 *
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html — at most 5 SCPs can be attached to a root, OU or account
 */
const MAX_GUARDRAIL_SCPS_PER_TARGET = 4;

const TARGET_ID = /^(?:ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12}|r-[0-9a-z]{4,32})$/;

interface ResolvedGuardrails {
    targetIds: string[];
    documents: PolicyDocument[];
    policyNames: string[];
    tags: Record<string, string>;
}

function exemptPrincipals(statements: PolicyStatement[], arns: string[]): PolicyStatement[] {
    if (arns.length === 0) return statements;
    return statements.map((statement) => ({
        ...statement,
        Condition: { ...statement.Condition, ArnNotLike: { "aws:PrincipalArn": arns } },
    }));
}

function guardrailStatements(where: string, args: OrganizationGuardrailsArgs, exempt: string[]): PolicyStatement[] {
    const statements: PolicyStatement[] = [];
    if (args.allowedRegions !== undefined) {
        const doc = labelled(where, () => denyOutsideRegions({
            regions: args.allowedRegions ?? [], exemptGlobalServices: args.exemptGlobalServices, globalServices: args.globalServices,
        }));
        statements.push(...exemptPrincipals(doc.Statement, exempt));
    }
    if (args.allowedCidrs !== undefined) {
        const doc = labelled(where, () =>
            scpDenyOutsideCidrs({
                allPrincipals: validateFlag(`${where}: ipFenceAllPrincipals`, args.ipFenceAllPrincipals, false),
                cidrs: args.allowedCidrs ?? [],
                viaAwsServices: args.viaAwsServices,
                allowedVpcEndpoints: args.allowedVpcEndpoints,
                allowedVpcs: args.allowedVpcs,
            }),
        );
        statements.push(...exemptPrincipals(doc.Statement, exempt));
    }
    if (validateFlag(`${where}: denyLeavingOrganization`, args.denyLeavingOrganization, true)) {
        statements.push(...scpDenyLeavingOrganization().Statement);
    }
    if (validateFlag(`${where}: protectCloudTrail`, args.protectCloudTrail, true)) {
        statements.push(...labelled(where, () => scpDenyCloudTrailTampering({ exemptPrincipalArns: exempt })).Statement);
    }
    if (validateFlag(`${where}: denyRootUser`, args.denyRootUser, true)) {
        statements.push(...scpDenyRootUser().Statement);
    }
    return statements;
}

function resolveGuardrails(name: string, where: string, args: OrganizationGuardrailsArgs): ResolvedGuardrails {
    if (typeof args !== "object" || args === null) {
        throw new GuardrailInputError(`${where}: args must be an object with targetIds; got ${describeValue(args)}`);
    }
    const targetIds = stringList(where, "targetIds", args.targetIds).map((id) => {
        if (!TARGET_ID.test(id)) {
            throw new GuardrailInputError(
                `${where}: targetIds entry ${describeValue(id)} is not an OU id (like ou-ab12-cd34ef56), an account id (12 digits) or a root id (like r-ab12)`,
            );
        }
        return id;
    });
    if (targetIds.length === 0) {
        throw new GuardrailInputError(`${where}: targetIds is empty; give the OU, account or root ids the SCPs attach to, like ou-ab12-cd34ef56`);
    }
    const exempt = optionalStringList(where, "exemptRoleArns", args.exemptRoleArns);
    exempt.forEach((arn) => validatePrincipalArnPattern(`${where}: exemptRoleArns entry`, arn, ["role"]));
    const statements = guardrailStatements(where, args, exempt);
    if (statements.length === 0) {
        throw new GuardrailInputError(
            `${where}: every guardrail is switched off, so there is nothing to attach; give allowedRegions or allowedCidrs, or keep a deny flag on`,
        );
    }
    const baseName = args.policyName ?? `aws-guardrails-${name}`;
    if (typeof baseName !== "string" || baseName.length < 1 || baseName.length > 125) {
        throw new GuardrailInputError(`${where}: policyName ${describeValue(baseName)} is not allowed; expected 1 to 125 characters`);
    }
    const parts = labelled(where, () => splitForLimit({ Version: POLICY_VERSION, Statement: statements }, "scp"));
    if (parts.length > MAX_GUARDRAIL_SCPS_PER_TARGET) {
        throw new GuardrailInputError(
            `${where}: the guardrails need ${parts.length} SCPs, but AWS attaches at most 5 per target and FullAWSAccess takes one; switch some guardrails off or shorten the lists`,
        );
    }
    const policyNames = parts.map((_, index) => (parts.length === 1 ? baseName : `${baseName}-${index + 1}`));
    const documents = parts.map((part, index) => labelled(where, () => asScp(part, policyNames[index])));
    return { targetIds, documents, policyNames, tags: validateTags(where, args.tags) };
}

/**
 * Service control policies for an AWS Organization, built from the same
 * documents as the IAM groups: deny regions outside `allowedRegions`, requests
 * from outside `allowedCidrs`, leaving the organization, tampering with
 * CloudTrail and the root user of member accounts. Unlike a group, an SCP binds
 * every principal of every account below its targets, including ones created
 * later. The network SCP therefore binds IAM users only by default
 * (`scpDenyOutsideCidrs`, after AWS's network-perimeter SCP for IAM users): the
 * roles of Lambda, EC2 and ECS call from AWS's addresses and would break;
 * `ipFenceAllPrincipals` binds everyone. All statements are packed into as few SCPs as the 5,120-character
 * limit allows (split in order); more than four are refused, since AWS attaches
 * at most five per target and `FullAWSAccess` is one. Each SCP is attached to
 * every target. Deploy from the management account (or a delegated
 * administrator). Throws a `GuardrailInputError` before any resource is created.
 */
export class OrganizationGuardrails extends pulumi.ComponentResource {
    /** The SCP ids (`p-...`), in order. */
    readonly policyIds: pulumi.Output<string[]>;
    /** The SCP ARNs, in order. */
    readonly policyArns: pulumi.Output<string[]>;
    /** The content of each SCP, as JSON, in order. */
    readonly policyContents: string[];

    /** The SCPs, in order (TypeScript only). */
    get policies(): aws.organizations.Policy[] { return members.get(this).policies; }
    /** One attachment per SCP and target (TypeScript only). */
    get attachments(): aws.organizations.PolicyAttachment[] { return members.get(this).attachments; }
    /** The SCP documents, as data, in the order of `policies` (TypeScript only). */
    get documents(): PolicyDocument[] { return members.get(this).documents; }

    constructor(name: string, args: OrganizationGuardrailsArgs, opts?: pulumi.ComponentResourceOptions) {
        const resolved = resolveGuardrails(name, componentLabel("OrganizationGuardrails", name), args);
        super("aws-guardrails:index:OrganizationGuardrails", name, {}, withFormerType(opts, "aws-guardrails:iam:OrganizationGuardrails"));
        this.policyContents = resolved.documents.map((document) => JSON.stringify(document));
        const policies = resolved.documents.map(
            (document, index) =>
                new aws.organizations.Policy(
                    `${name}-${index + 1}`,
                    {
                        name: resolved.policyNames[index],
                        description: `aws-guardrails: ${document.Statement.map((statement) => statement.Sid).join(", ")}`.slice(0, 512),
                        type: "SERVICE_CONTROL_POLICY",
                        content: this.policyContents[index],
                        tags: Object.keys(resolved.tags).length > 0 ? resolved.tags : undefined,
                    },
                    { parent: this },
                ),
        );
        const attachments = policies.flatMap((policy, index) =>
            resolved.targetIds.map(
                (targetId) =>
                    new aws.organizations.PolicyAttachment(`${name}-${index + 1}-${targetId}`, { policyId: policy.id, targetId }, { parent: this }),
            ),
        );
        members.set(this, { policies, attachments, documents: resolved.documents });
        this.policyIds = pulumi.all(policies.map((policy) => policy.id));
        this.policyArns = pulumi.all(policies.map((policy) => policy.arn));
        this.registerOutputs({ policyIds: this.policyIds, policyArns: this.policyArns, policyContents: this.policyContents });
    }
}

/** The TypeScript-only members of an OrganizationGuardrails. */
interface OrganizationMembers {
    policies: aws.organizations.Policy[];
    attachments: aws.organizations.PolicyAttachment[];
    documents: PolicyDocument[];
}

const members = new TypeScriptOnly<OrganizationGuardrails, OrganizationMembers>("OrganizationGuardrails");

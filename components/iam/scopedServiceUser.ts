import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import type { PolicyDocument } from "../documents/policyDocument";
import { describeValue } from "../documents/validate/describe";
import { withFormerType } from "../common/componentType";
import { TypeScriptOnly } from "../common/typescriptOnly";
import { leastPrivilegeDocument, type IamStatement } from "./iamStatements";
import { keyFenceProblem } from "./keyFence";
import { SERVICE_PATH } from "./paths";
import { planKeyRotation, type KeyRotationPlan } from "./keyRotation";
import { createAccessKeySlots, type AccessKeySlotResources } from "./serviceAccessKeys";
import {
    componentLabel, validateFlag, validateIamName, validateIsoDay, validateOwner, validatePolicyArn,
    validateServiceName, validateTags, validateWholeNumber,
} from "../documents/validate";

/** Access keys of a ScopedServiceUser. */
export interface ServiceAccessKeys {
    /** Create two rotating access keys. Default false (prefer a role, or no keys at all). */
    enabled?: boolean;
    /** The maximum age of a key in days, 2 to 365; a new active key every half of it. Default 90 (CIS). */
    rotateAfterDays?: number;
    /** The day rotation is decided for, ISO 8601 like "2026-03-31" (for tests and replays). Default today (UTC). */
    now?: string;
    /** KMS key (id, ARN or alias ARN) encrypting the key secrets; may be a key's arn output. Default a CMK this component creates, with rotation on. */
    kmsKeyId?: pulumi.Input<string>;
}

/** @deprecated Renamed `ServiceAccessKeys`. */
export type ServiceAccessKeysArgs = ServiceAccessKeys;

/**
 * Arguments of ScopedServiceUser. `restrictionGroups`, `permissionsBoundary`,
 * `accessKeys.kmsKeyId` and the statements' resources and condition values may
 * be outputs of other resources (known values among them are validated at once,
 * the others once known).
 */
export interface ScopedServiceUserArgs {
    /** The consuming service: 1 to 50 lowercase letters, digits and hyphens; the user is `svc-<service>`. Required. */
    service: string;
    /** Who answers for the user (team or person), stored as the `Owner` tag. Required. */
    owner: string;
    /** The least-privilege statements; every action is checked against the IAM catalog. Required. */
    statements: IamStatement[];
    /** Accept the action "*" or notActions in Allow statements. Default false. */
    allowStarAction?: boolean;
    /** Names of the IP, region or other restriction groups the user joins, such as an IpRestrictionGroup's groupName. Default none. */
    restrictionGroups?: pulumi.Input<string>[];
    /** ARN of a managed policy set as the user's permissions boundary. Default none. */
    permissionsBoundary?: pulumi.Input<string>;
    /** Access keys with two-slot rotation, stored in Secrets Manager. Default none. */
    accessKeys?: ServiceAccessKeys;
    /** Extra tags for the user, the key secrets and the CMK; `Service` and `Owner` are set by the component. Default none. */
    tags?: Record<string, string>;
}

/** Settings after defaults and validation. */
interface ResolvedServiceUser {
    userName: string;
    tags: Record<string, string>;
    document: pulumi.Output<PolicyDocument>;
    restrictionGroups: pulumi.Input<string>[];
    permissionsBoundary?: pulumi.Input<string>;
    keys?: { plan: KeyRotationPlan; kmsKeyId?: pulumi.Input<string> };
}

function resolveRestrictionGroups(where: string, value: unknown): pulumi.Input<string>[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: restrictionGroups must be an array of group names; got ${describeValue(value)}`);
    }
    if (value.length > 9) {
        throw new GuardrailInputError(
            // @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html — an IAM user can be a member of at most 10 groups
            `${where}: restrictionGroups has ${value.length} groups, but AWS puts a user in at most 10 groups and the per-service group is one of them; give at most 9`,
        );
    }
    return value.map((item: unknown) => (typeof item === "string" ? validateIamName(`${where}: restrictionGroups entry`, item) : (item as pulumi.Input<string>)));
}

function resolveKeys(where: string, value: ServiceAccessKeys | undefined, fenceProblem: string | undefined): ResolvedServiceUser["keys"] {
    if (value === undefined) return undefined;
    if (typeof value !== "object" || value === null) {
        throw new GuardrailInputError(`${where}: accessKeys must be an object like { enabled: true }; got ${describeValue(value)}`);
    }
    const rotateAfterDays = validateWholeNumber(`${where}: accessKeys.rotateAfterDays`, value.rotateAfterDays, {
        min: 2, max: 365, fallback: 90, hint: " (two keys alternate, each active for half of it)",
    });
    const day = value.now === undefined ? Math.floor(Date.now() / 86_400_000) : validateIsoDay(`${where}: accessKeys.now`, value.now);
    if (!validateFlag(`${where}: accessKeys.enabled`, value.enabled, false)) return undefined;
    if (fenceProblem !== undefined) {
        throw new GuardrailInputError(
            `${where}: accessKeys.enabled needs a fence so that a leaked key is useless elsewhere (${fenceProblem}); give restrictionGroups with an IpRestrictionGroup or RegionRestrictionGroup groupName, or a permissionsBoundary that bounds the user`,
        );
    }
    return { plan: planKeyRotation(day, rotateAfterDays), kmsKeyId: value.kmsKeyId };
}

function resolveServiceUser(where: string, args: ScopedServiceUserArgs): ResolvedServiceUser {
    if (typeof args !== "object" || args === null) {
        throw new GuardrailInputError(`${where}: args must be an object with service, owner and statements; got ${describeValue(args)}`);
    }
    const userName = `svc-${validateServiceName(where, args.service)}`;
    const owner = validateOwner(where, args.owner);
    const tags = { ...validateTags(where, args.tags, ["Service", "Owner"]), Service: args.service, Owner: owner };
    const allowStarAction = validateFlag(`${where}: allowStarAction`, args.allowStarAction, false);
    const document = leastPrivilegeDocument(where, args.statements, allowStarAction, "groupInline", userName);
    const restrictionGroups = resolveRestrictionGroups(where, args.restrictionGroups);
    const permissionsBoundary = validatePolicyArn(`${where}: permissionsBoundary`, args.permissionsBoundary);
    const keys = resolveKeys(where, args.accessKeys, keyFenceProblem(restrictionGroups, permissionsBoundary));
    return { userName, tags, document, restrictionGroups, permissionsBoundary, keys };
}

/**
 * One IAM user per consuming service that cannot run on AWS (and so cannot use a
 * role: prefer ScopedServiceRole wherever it can). The user
 * `svc-<service>` lives under `/service/`, tagged `Service` and `Owner`, and gets
 * its permissions only through groups (CIS): a per-service group `svc-<service>`
 * holding the least-privilege document, plus the restriction groups, joined
 * through one `UserGroupMembership`. An optional permissions boundary caps it.
 *
 * **Access keys, two-slot rotation.** Slots `a` and `b` each hold a key. Time is
 * cut into windows of `floor(rotateAfterDays / 2)` days from 1970-01-01 (UTC);
 * slot `a` belongs to the latest even window, slot `b` to the latest odd one.
 * Each key's `replacementTrigger` is its window's first day, so when a window
 * starts the engine replaces only the slot of that parity, the older key, while
 * the other key stays valid for one more window as a grace period. The newer
 * key is the active one (`activeAccessKeyId`, `secretArn`). Each key is stored
 * as JSON `{"accessKeyId", "secretAccessKey"}` in its own Secrets Manager secret,
 * encrypted with a CMK; the secret access key is never a plain output. Keys
 * are created only after the user has joined its groups, and only when a fence
 * (restriction groups or a permissions boundary) is given. An `MfaRequiredGroup`
 * alone is refused as the fence of a user with keys (a leaked key can enrol its
 * own MFA device), and so is the `AdministratorAccess` boundary; a group name
 * from elsewhere cannot be judged here and is left to the policy pack.
 *
 * Run `pulumi up` at least once per window (a daily or weekly schedule); a run
 * that skips a whole window, or a changed `rotateAfterDays`, replaces both keys
 * at once. Needs a Pulumi CLI with `replacementTrigger` support (3.215 or later).
 */
export class ScopedServiceUser extends pulumi.ComponentResource {
    /** The user's name. */
    readonly userName: pulumi.Output<string>;
    /** The user's ARN. */
    readonly userArn: pulumi.Output<string>;
    /** The per-service group's name. */
    readonly groupName: pulumi.Output<string>;
    /** The least-privilege policy of the per-service group, as JSON. */
    readonly policyJson: pulumi.Output<string>;
    /** The id of the active (newer) access key, when access keys are enabled. Not secret: an id alone grants nothing. */
    readonly activeAccessKeyId?: pulumi.Output<string>;
    /** The ARN of the secret holding the active key, when access keys are enabled. */
    readonly secretArn?: pulumi.Output<string>;
    /** The rotation state on the day of the run, when access keys are enabled. */
    readonly rotation?: KeyRotationPlan;

    /** The IAM user `svc-<service>` (TypeScript only). */
    get user(): aws.iam.User { return members.get(this).user; }
    /** The per-service group holding the least-privilege document (TypeScript only). */
    get group(): aws.iam.Group { return members.get(this).group; }
    /** The per-service group's inline policy (TypeScript only). */
    get groupPolicy(): aws.iam.GroupPolicy { return members.get(this).groupPolicy; }
    /** The user's memberships: the per-service group and the restriction groups (TypeScript only). */
    get membership(): aws.iam.UserGroupMembership { return members.get(this).membership; }
    /** The CMK encrypting the key secrets, when the component created it (TypeScript only). */
    get kmsKey(): aws.kms.Key | undefined { return members.get(this).kmsKey; }
    /** Both key slots, when access keys are enabled (TypeScript only). */
    get accessKeys(): AccessKeySlotResources[] | undefined { return members.get(this).accessKeys; }
    /** The least-privilege document, as data (TypeScript only). */
    get policyDocument(): pulumi.Output<PolicyDocument> { return members.get(this).policyDocument; }

    constructor(name: string, args: ScopedServiceUserArgs, opts?: pulumi.ComponentResourceOptions) {
        const resolved = resolveServiceUser(componentLabel("ScopedServiceUser", name), args);
        super("aws-guardrails:index:ScopedServiceUser", name, {}, withFormerType(opts, "aws-guardrails:iam:ScopedServiceUser"));
        const user = new aws.iam.User(
            name,
            { name: resolved.userName, path: SERVICE_PATH, permissionsBoundary: resolved.permissionsBoundary, tags: resolved.tags },
            { parent: this },
        );
        const group = new aws.iam.Group(name, { name: resolved.userName, path: SERVICE_PATH }, { parent: this });
        this.policyJson = resolved.document.apply((document) => JSON.stringify(document));
        const groupPolicy = new aws.iam.GroupPolicy(name, { group: group.name, name: "least-privilege", policy: this.policyJson }, { parent: this });
        // The policy's `group` output: known during preview, resolved only once the policy is attached.
        this.groupName = groupPolicy.group;
        const membership = new aws.iam.UserGroupMembership(
            name,
            { user: user.name, groups: [this.groupName, ...resolved.restrictionGroups] },
            { parent: this },
        );
        this.userName = user.name;
        this.userArn = user.arn;

        let kmsKey: aws.kms.Key | undefined;
        let accessKeys: AccessKeySlotResources[] | undefined;
        if (resolved.keys) {
            this.rotation = resolved.keys.plan;
            let kmsKeyId = resolved.keys.kmsKeyId;
            if (kmsKeyId === undefined) {
                kmsKey = new aws.kms.Key(
                    name,
                    {
                        description: `Encrypts the access keys of IAM user ${resolved.userName} in Secrets Manager`,
                        enableKeyRotation: true,
                        deletionWindowInDays: 30,
                        tags: resolved.tags,
                    },
                    { parent: this },
                );
                kmsKeyId = kmsKey.arn;
            }
            accessKeys = createAccessKeySlots(this, name, {
                userName: resolved.userName,
                user: user.name,
                plan: resolved.keys.plan,
                kmsKeyId,
                tags: resolved.tags,
                dependsOn: [membership],
            });
            const active = accessKeys.find((slot) => slot.slot.active) ?? accessKeys[0];
            this.activeAccessKeyId = active.accessKey.id;
            this.secretArn = active.secretArn;
        }
        members.set(this, { user, group, groupPolicy, membership, kmsKey, accessKeys, policyDocument: resolved.document });
        this.registerOutputs({
            userName: this.userName,
            userArn: this.userArn,
            groupName: this.groupName,
            policyJson: this.policyJson,
            activeAccessKeyId: this.activeAccessKeyId,
            secretArn: this.secretArn,
            rotation: this.rotation,
        });
    }
}

/** The TypeScript-only members of a ScopedServiceUser. */
interface ServiceUserMembers {
    user: aws.iam.User;
    group: aws.iam.Group;
    groupPolicy: aws.iam.GroupPolicy;
    membership: aws.iam.UserGroupMembership;
    kmsKey?: aws.kms.Key;
    accessKeys?: AccessKeySlotResources[];
    policyDocument: pulumi.Output<PolicyDocument>;
}

const members = new TypeScriptOnly<ScopedServiceUser, ServiceUserMembers>("ScopedServiceUser");

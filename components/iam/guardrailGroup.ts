import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PolicyDocument } from "../documents/policyDocument";
import { assertWithinLimit } from "../documents/sizeLimits";
import type { FenceKind } from "../documents/inspect";
import { registerGuardrailGroup } from "./keyFence";
import { GUARDRAIL_GROUP_PATH } from "./paths";
import { labelled, validateIamName, validateIamPath } from "../documents/validate";

/** What a guardrail group is made of, after validation. */
export interface GuardrailGroupSpec {
    /** The IAM group's physical name. */
    groupName: string;
    /** The IAM path of the group. */
    path: string;
    /** The name of the group's single inline policy. */
    policyName: string;
    /** The document the inline policy holds. */
    document: PolicyDocument;
}

/**
 * Validates a group's name, path and document (within the 5,120-character
 * group-inline limit) and returns the spec. `build` makes the document and may
 * throw; its error is prefixed with `where`.
 */
export function resolveGroupSpec(
    where: string,
    names: { groupName: unknown; defaultGroupName: string; path: unknown; policyName: string },
    build: () => PolicyDocument,
): GuardrailGroupSpec {
    const document = labelled(where, build);
    const groupName = validateIamName(`${where}: groupName`, names.groupName ?? names.defaultGroupName);
    const path = validateIamPath(where, names.path ?? GUARDRAIL_GROUP_PATH);
    labelled(where, () => assertWithinLimit(document, "groupInline", groupName));
    return { groupName, path, policyName: names.policyName, document };
}

/**
 * The shape shared by {@link IpRestrictionGroup}, {@link RegionRestrictionGroup}
 * and {@link MfaRequiredGroup}: one IAM group (`path` `/guardrails/` by default)
 * with one inline policy holding a guardrail document. Users inherit the deny
 * by joining the group. IAM groups carry no tags, so none are set.
 */
export abstract class GuardrailGroup extends pulumi.ComponentResource {
    /** The IAM group. */
    readonly group: aws.iam.Group;
    /** The group's inline policy holding {@link policyDocument}. */
    readonly groupPolicy: aws.iam.GroupPolicy;
    /**
     * The group's physical name, known once its policy is attached; pass it to
     * `ScopedServiceUser`'s `restrictionGroups`.
     */
    readonly groupName: pulumi.Output<string>;
    /** The group's ARN. */
    readonly groupArn: pulumi.Output<string>;
    /** The attached document, as an output. */
    readonly document: pulumi.Output<PolicyDocument>;
    /** The attached document, as plain data (known before deployment). */
    readonly policyDocument: PolicyDocument;
    /** The fences the document puts around members: `ip`, `region`, `mfa` (an MFA fence alone does not fence an access key). */
    readonly fenceKinds: FenceKind[];

    /** Registers the component and its two children; `spec` must already be validated. */
    protected constructor(type: string, name: string, spec: GuardrailGroupSpec, opts?: pulumi.ComponentResourceOptions) {
        super(type, name, {}, opts);
        this.policyDocument = spec.document;
        this.group = new aws.iam.Group(name, { name: spec.groupName, path: spec.path }, { parent: this });
        this.groupPolicy = new aws.iam.GroupPolicy(
            name,
            { group: this.group.name, name: spec.policyName, policy: JSON.stringify(spec.document) },
            { parent: this },
        );
        // The policy's own `group` output: the same name, known during preview (it is
        // an input), but it resolves only once the policy is attached, so nobody
        // joins an unfenced group.
        this.groupName = this.groupPolicy.group;
        this.fenceKinds = registerGuardrailGroup(this.groupName, spec.document);
        this.groupArn = this.group.arn;
        this.document = pulumi.output(spec.document);
        this.registerOutputs({ groupName: this.groupName, groupArn: this.groupArn, document: this.document });
    }
}

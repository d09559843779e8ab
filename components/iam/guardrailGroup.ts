import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PolicyDocument } from "../documents/policyDocument";
import { assertWithinLimit } from "../documents/sizeLimits";
import { buildFromInputs } from "../common/inputs";
import { TypeScriptOnly } from "../common/typescriptOnly";
import { fenceKindsOf, type FenceKind } from "../documents/inspect";
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
    /** The document the inline policy holds; an output when some argument is one. */
    document: pulumi.Output<PolicyDocument>;
    /** The fences the document puts around members (its shape is the same with stand-ins for outputs). */
    fenceKinds: FenceKind[];
}

/** Names of a guardrail group, as given (validated by {@link resolveGroupSpec}). */
export interface GroupNames {
    /** The group name argument, or undefined for the default. */
    groupName: unknown;
    /** The default group name. */
    defaultGroupName: string;
    /** The path argument, or undefined for `/guardrails/`. */
    path: unknown;
    /** The name of the inline policy. */
    policyName: string;
}

/**
 * Validates a group's name and path, and builds its document from `args`, which
 * may hold outputs: `build` runs at once with each unknown value replaced by
 * `placeholder(path)` (a valid stand-in), so every known value, and the
 * 5,120-character group-inline limit, is checked before anything is created;
 * with outputs it runs again on the real values. Errors start with `where`.
 */
export function resolveGroupSpec<A>(
    where: string,
    names: GroupNames,
    args: A,
    placeholder: (path: string) => unknown,
    build: (args: pulumi.Unwrap<A>) => PolicyDocument,
): GuardrailGroupSpec {
    const groupName = validateIamName(`${where}: groupName`, names.groupName ?? names.defaultGroupName);
    const path = validateIamPath(where, names.path ?? GUARDRAIL_GROUP_PATH);
    let fenceKinds: FenceKind[] | undefined;
    const document = buildFromInputs(args, placeholder, (known) => labelled(where, () => {
        const built = build(known);
        assertWithinLimit(built, "groupInline", groupName);
        fenceKinds ??= fenceKindsOf(built);
        return built;
    }));
    return { groupName, path, policyName: names.policyName, document, fenceKinds: fenceKinds ?? [] };
}

/**
 * The TypeScript-only members of a guardrail group. They are getters (see
 * {@link defineGroupAccessors}) because the schema analyser of Pulumi's
 * component host leaves accessors out of the package schema.
 */
export interface GuardrailGroupAccessors {
    /** The IAM group (TypeScript only). */
    get group(): aws.iam.Group;
    /** The group's inline policy (TypeScript only). */
    get groupPolicy(): aws.iam.GroupPolicy;
    /** The attached document, as data (TypeScript only). */
    get document(): pulumi.Output<PolicyDocument>;
    /** The attached document, as data (TypeScript only); the same as `document`. */
    get policyDocument(): pulumi.Output<PolicyDocument>;
}

/** The outputs of a guardrail group, in every language. */
export interface GuardrailGroupOutputs {
    /** The group's name, known once its policy is attached; pass it to `ScopedServiceUser`'s `restrictionGroups`. */
    readonly groupName: pulumi.Output<string>;
    /** The group's ARN. */
    readonly groupArn: pulumi.Output<string>;
    /** The attached document as JSON. */
    readonly policyJson: pulumi.Output<string>;
}

/**
 * What {@link IpRestrictionGroup}, {@link RegionRestrictionGroup} and
 * {@link MfaRequiredGroup} have in common: one IAM group (`path` `/guardrails/`
 * by default) with one inline policy holding a guardrail document. Users
 * inherit the deny by joining the group.
 */
export interface GuardrailGroup extends pulumi.ComponentResource, GuardrailGroupOutputs, GuardrailGroupAccessors {}

/** The children and outputs of a guardrail group. */
export interface GuardrailGroupParts {
    /** The IAM group. */
    group: aws.iam.Group;
    /** Its inline policy. */
    groupPolicy: aws.iam.GroupPolicy;
    /** The group's name, known once its policy is attached. */
    groupName: pulumi.Output<string>;
    /** The group's ARN. */
    groupArn: pulumi.Output<string>;
    /** The document as data. */
    document: pulumi.Output<PolicyDocument>;
    /** The document as JSON. */
    policyJson: pulumi.Output<string>;
}

/** The TypeScript-only members of the three guardrail groups. */
export const groupParts = new TypeScriptOnly<pulumi.ComponentResource, GuardrailGroupParts>("guardrail group");

/**
 * Creates the group and its policy as children of `parent`, a guardrail group
 * component (`spec` must already be validated), sets the component's outputs
 * and returns them for its `registerOutputs`. Each of the three classes must
 * extend `ComponentResource` directly and declare its outputs itself (the
 * component host's schema analyser reads only such classes and their own
 * members), so the shared work lives here.
 */
export function createGuardrailGroup(parent: pulumi.ComponentResource & GuardrailGroupOutputs, name: string, spec: GuardrailGroupSpec): GuardrailGroupOutputs {
    const group = new aws.iam.Group(name, { name: spec.groupName, path: spec.path }, { parent });
    const policyJson = spec.document.apply((document) => JSON.stringify(document));
    const groupPolicy = new aws.iam.GroupPolicy(name, { group: group.name, name: spec.policyName, policy: policyJson }, { parent });
    // The policy's own `group` output: the same name, known during preview (it is
    // an input), but it resolves only once the policy is attached, so nobody
    // joins an unfenced group.
    const parts = { group, groupPolicy, groupName: groupPolicy.group, groupArn: group.arn, document: spec.document, policyJson };
    groupParts.set(parent, parts);
    // ScopedServiceUser reads the fence kinds back from the group name it is handed.
    registerGuardrailGroup(parts.groupName, spec.fenceKinds);
    const outputs: GuardrailGroupOutputs = { groupName: parts.groupName, groupArn: parts.groupArn, policyJson };
    Object.assign(parent, outputs);
    return outputs;
}

/** Gives a guardrail group class the getters of {@link GuardrailGroupAccessors}, read from {@link groupParts}. */
export function defineGroupAccessors(component: { prototype: pulumi.ComponentResource }): void {
    const getter = (read: (parts: GuardrailGroupParts) => unknown): PropertyDescriptor => ({
        get(this: pulumi.ComponentResource) { return read(groupParts.get(this)); },
        configurable: true,
    });
    Object.defineProperties(component.prototype, {
        group: getter((parts) => parts.group),
        groupPolicy: getter((parts) => parts.groupPolicy),
        document: getter((parts) => parts.document),
        policyDocument: getter((parts) => parts.document),
    });
}

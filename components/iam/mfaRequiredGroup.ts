import * as pulumi from "@pulumi/pulumi";
import { requireMfa } from "../documents/requireMfa";
import { withFormerType } from "../common/componentType";
import { refuseOutput } from "../common/inputs";
import {
    createGuardrailGroup, defineGroupAccessors, resolveGroupSpec, type GuardrailGroup, type GuardrailGroupAccessors, type GuardrailGroupSpec,
} from "./guardrailGroup";
import { componentLabel } from "../documents/validate";

/** Arguments of MfaRequiredGroup; `GuardrailBaseline.mfaRequired` takes the same. */
export interface MfaRequiredGroupArgs {
    /** The IAM group's name. Default `require-mfa-<component name>`. */
    groupName?: string;
    /** The IAM group's path. Default `/guardrails/`. */
    path?: string;
}

/** Validates the arguments of an MFA group (the component's or the baseline's) and returns its group spec. */
export function resolveMfaGroup(where: string, defaultGroupName: string, args: MfaRequiredGroupArgs | undefined): GuardrailGroupSpec {
    return resolveGroupSpec(
        where,
        { groupName: args?.groupName, defaultGroupName, path: args?.path, policyName: "require-mfa" },
        {},
        (path) => refuseOutput(where, path),
        () => requireMfa(),
    );
}

/** The TypeScript-only members: `group`, `groupPolicy`, `document`, `policyDocument`. */
export interface MfaRequiredGroup extends GuardrailGroupAccessors {}

/**
 * An IAM group for human users: without MFA they may only set up their MFA
 * device and manage their own password; everything else is denied. The
 * `requireMfa` document (AWS's self-manage-credentials pattern) is the group's
 * inline policy. Not for service users: their API calls never carry MFA.
 *
 * **It does not fence an access key.** The self-service it allows lets a leaked
 * key enrol its own virtual MFA device (`CreateVirtualMFADevice`,
 * `EnableMFADevice`) and then get an MFA session, which the fence lets through.
 * A group cannot know its members (users join by name), so the refusal lives
 * where the key is made and where it is judged: `ScopedServiceUser` refuses
 * access keys whose only fence is this group, and the policy pack's
 * `iam-key-users-fenced` does not count it. Every enrolment by an IAM user
 * raises `CisAlarms`' `mfaDeviceChanges` alarm.
 */
export class MfaRequiredGroup extends pulumi.ComponentResource implements GuardrailGroup {
    // The outputs are declared here, for the schema, and set by createGuardrailGroup.
    /** The group's name, known once its policy is attached. */
    declare readonly groupName: pulumi.Output<string>;
    /** The group's ARN. */
    declare readonly groupArn: pulumi.Output<string>;
    /** The attached policy document, as JSON. */
    declare readonly policyJson: pulumi.Output<string>;

    constructor(name: string, args: MfaRequiredGroupArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveMfaGroup(componentLabel("MfaRequiredGroup", name), `require-mfa-${name}`, args);
        super("aws-guardrails:index:MfaRequiredGroup", name, {}, withFormerType(opts, "aws-guardrails:iam:MfaRequiredGroup"));
        this.registerOutputs(createGuardrailGroup(this, name, spec));
    }
}
defineGroupAccessors(MfaRequiredGroup);

import type * as pulumi from "@pulumi/pulumi";
import { requireMfa } from "../documents/requireMfa";
import { GuardrailGroup, resolveGroupSpec } from "./guardrailGroup";
import { componentLabel } from "../documents/validate";

/** Arguments of {@link MfaRequiredGroup}. Plain values: every one is validated before anything is created. */
export interface MfaRequiredGroupArgs {
    /** The IAM group's name. Default `require-mfa-<component name>`. */
    groupName?: string;
    /** The IAM group's path. Default `/guardrails/`. */
    path?: string;
}

/**
 * An IAM group for human users: without MFA they may only set up their MFA
 * device and manage their own password; everything else is denied. The
 * {@link requireMfa} document (AWS's self-manage-credentials pattern) is the
 * group's inline policy. Not for service users: their API calls never carry MFA.
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
export class MfaRequiredGroup extends GuardrailGroup {
    constructor(name: string, args: MfaRequiredGroupArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const spec = resolveGroupSpec(
            componentLabel("MfaRequiredGroup", name),
            { groupName: args?.groupName, defaultGroupName: `require-mfa-${name}`, path: args?.path, policyName: "require-mfa" },
            () => requireMfa(),
        );
        super("aws-guardrails:iam:MfaRequiredGroup", name, spec, opts);
    }
}

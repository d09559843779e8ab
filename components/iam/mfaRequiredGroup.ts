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
 * group's inline policy. A leaked long-term key alone carries no MFA, so it can
 * do next to nothing. Not for service users: their API calls never carry MFA.
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

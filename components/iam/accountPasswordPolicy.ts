import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { validateWholeNumber } from "../documents/validate/scalars";
import { withFormerType } from "../common/componentType";
import { TypeScriptOnly } from "../common/typescriptOnly";

// @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html — MinimumPasswordLength is 6 to 128, PasswordReusePrevention 1 to 24, MaxPasswordAge 1 to 1095 days
/** Arguments of AccountPasswordPolicy. Every default meets CIS AWS Foundations v7.0.0 2.8 and 2.9. */
export interface AccountPasswordPolicyArgs {
    /** Minimum password length, 14 to 128 (AWS allows 6 to 128; CIS requires 14). Default 14. */
    minimumPasswordLength?: number;
    /** How many previous passwords may not be reused, 1 to 24. Default 24. */
    passwordReusePrevention?: number;
    /** Days before a password expires, 1 to 1095, or 0 for never (CIS no longer asks for expiry). Default 0. */
    maxPasswordAge?: number;
    /** Require at least one lowercase letter. Default true. */
    requireLowercaseCharacters?: boolean;
    /** Require at least one uppercase letter. Default true. */
    requireUppercaseCharacters?: boolean;
    /** Require at least one digit. Default true. */
    requireNumbers?: boolean;
    /** Require at least one symbol. Default true. */
    requireSymbols?: boolean;
    /** Let users change their own password. Default true. */
    allowUsersToChangePassword?: boolean;
    /** Stop users whose password expired from setting a new one (an administrator must reset it). Default false. */
    hardExpiry?: boolean;
}

/** The password policy in force, after defaults. */
export interface PasswordPolicySettings {
    /** Minimum password length. */
    minimumPasswordLength: number;
    /** How many previous passwords may not be reused. */
    passwordReusePrevention: number;
    /** Days before a password expires; 0 for never. */
    maxPasswordAge: number;
    /** At least one lowercase letter. */
    requireLowercaseCharacters: boolean;
    /** At least one uppercase letter. */
    requireUppercaseCharacters: boolean;
    /** At least one digit. */
    requireNumbers: boolean;
    /** At least one symbol. */
    requireSymbols: boolean;
    /** Users may change their own password. */
    allowUsersToChangePassword: boolean;
    /** Users whose password expired cannot set a new one. */
    hardExpiry: boolean;
}

/** The effective settings, after defaults. */
export type ResolvedPasswordPolicy = PasswordPolicySettings;

/** The CIS defaults. */
export const CIS_PASSWORD_POLICY: ResolvedPasswordPolicy = {
    minimumPasswordLength: 14,
    passwordReusePrevention: 24,
    maxPasswordAge: 0,
    requireLowercaseCharacters: true,
    requireUppercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
    allowUsersToChangePassword: true,
    hardExpiry: false,
};

function checkInteger(name: keyof ResolvedPasswordPolicy, value: number, min: number, max: number, hint = ""): void {
    validateWholeNumber(`AccountPasswordPolicy: ${name}`, value, { min, max, fallback: min, hint });
}

/**
 * Applies the defaults and validates every setting against the AWS ranges and
 * the CIS floor. Throws {@link GuardrailInputError} naming the bad value.
 */
export function resolvePasswordPolicy(args: AccountPasswordPolicyArgs = {}): ResolvedPasswordPolicy {
    const resolved: ResolvedPasswordPolicy = { ...CIS_PASSWORD_POLICY };
    for (const [key, value] of Object.entries(args) as [keyof AccountPasswordPolicyArgs, unknown][]) {
        if (value === undefined) {
            continue;
        }
        if (!(key in CIS_PASSWORD_POLICY)) {
            throw new GuardrailInputError(`AccountPasswordPolicy: unknown setting "${key}"; allowed: ${Object.keys(CIS_PASSWORD_POLICY).join(", ")}`);
        }
        if (typeof value !== typeof CIS_PASSWORD_POLICY[key]) {
            throw new GuardrailInputError(`AccountPasswordPolicy: ${key} ${JSON.stringify(value)} must be a ${typeof CIS_PASSWORD_POLICY[key]}`);
        }
        (resolved as unknown as Record<string, unknown>)[key] = value;
    }
    checkInteger("minimumPasswordLength", resolved.minimumPasswordLength, 14, 128, " (AWS allows 6, but CIS AWS Foundations 2.8 requires at least 14)");
    checkInteger("passwordReusePrevention", resolved.passwordReusePrevention, 1, 24);
    if (resolved.maxPasswordAge !== 0) {
        checkInteger("maxPasswordAge", resolved.maxPasswordAge, 1, 1095, ", or 0 for passwords that never expire");
    }
    return resolved;
}

/**
 * The account's IAM password policy, at or above CIS AWS Foundations v7.0.0
 * (2.8 length 14, 2.9 reuse prevention 24), with every character class required.
 * There is one per account: create it in one stack only.
 */
export class AccountPasswordPolicy extends pulumi.ComponentResource {
    /** The settings in force. */
    readonly settings: pulumi.Output<PasswordPolicySettings>;

    /** The underlying resource (TypeScript only). */
    get policy(): aws.iam.AccountPasswordPolicy { return members.get(this); }

    constructor(name: string, args: AccountPasswordPolicyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const settings = resolvePasswordPolicy(args);
        super("aws-guardrails:index:AccountPasswordPolicy", name, {}, withFormerType(opts, "aws-guardrails:iam:AccountPasswordPolicy"));
        members.set(this, new aws.iam.AccountPasswordPolicy(name, {
            ...settings,
            maxPasswordAge: settings.maxPasswordAge === 0 ? undefined : settings.maxPasswordAge,
        }, { parent: this }));
        this.settings = pulumi.output(settings);
        this.registerOutputs({ settings: this.settings });
    }
}

const members = new TypeScriptOnly<AccountPasswordPolicy, aws.iam.AccountPasswordPolicy>("AccountPasswordPolicy");

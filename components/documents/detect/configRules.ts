/**
 * The AWS Config managed rules that watch existing keys and credentials, as
 * plain data: identifiers, parameter names and trigger types as the AWS Config
 * Developer Guide's "List of AWS Config Managed Rules" gives them. No Pulumi
 * imports.
 */

/** Our short name for each key-hygiene rule. */
export type KeyHygieneRuleId =
    | "accessKeysRotated" | "unusedCredentials" | "rootAccessKey" | "rootMfa"
    | "consoleMfa" | "userNoPolicies" | "noAdminPolicies" | "cloudTrailEnabled";

/** One managed rule, ready for `aws.cfg.Rule`. */
export interface ManagedRule {
    /** Our short name. */
    id: KeyHygieneRuleId;
    /** The rule name AWS uses in its documentation (the page's name), suffixed to the component's name. */
    ruleName: string;
    /** The managed rule's source identifier. */
    sourceIdentifier: string;
    /** What the rule checks, for the rule's description. */
    description: string;
    /** The rule's input parameters; empty when it takes none. */
    parameters: Record<string, string>;
    /** For periodic rules, how often AWS Config evaluates; undefined for change-triggered rules. */
    maximumExecutionFrequency?: "TwentyFour_Hours";
    /** The resource types a change-triggered rule is scoped to. */
    scope?: string[];
    /** The AWS documentation page of the rule. */
    documentation: string;
}

/** The inputs of the parameterised rules. */
export interface ManagedRuleArgs {
    /** `ACCESS_KEYS_ROTATED` `maxAccessKeyAge`, in days. */
    maxAccessKeyAgeDays: number;
    /** `IAM_USER_UNUSED_CREDENTIALS_CHECK` `maxCredentialUsageAge`, in days. */
    unusedCredentialsDays: number;
}

const GUIDE = "https://docs.aws.amazon.com/config/latest/developerguide";

/**
 * The eight rules of the key-hygiene watch, in a fixed order. The IAM rules
 * report on global resources; AWS recommends deploying such periodic rules in
 * one region only (the one that records IAM), which is what {@link KeyHygiene}
 * does. Parameter values are strings, as the Config API takes them.
 */
export function keyHygieneRules(args: ManagedRuleArgs): ManagedRule[] {
    return [
        {
            id: "accessKeysRotated",
            ruleName: "access-keys-rotated",
            // Identifier ACCESS_KEYS_ROTATED, parameter maxAccessKeyAge (int, default 90), periodic:
            // https://docs.aws.amazon.com/config/latest/developerguide/access-keys-rotated.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/access-keys-rotated.html — the managed rule access-keys-rotated: identifier ACCESS_KEYS_ROTATED, parameter maxAccessKeyAge (default 90), periodic
            sourceIdentifier: "ACCESS_KEYS_ROTATED",
            description: `Active access keys are rotated within ${args.maxAccessKeyAgeDays} days (CIS 2.12).`,
            parameters: { maxAccessKeyAge: String(args.maxAccessKeyAgeDays) },
            maximumExecutionFrequency: "TwentyFour_Hours",
            documentation: `${GUIDE}/access-keys-rotated.html`,
        },
        {
            id: "unusedCredentials",
            ruleName: "iam-user-unused-credentials-check",
            // Identifier IAM_USER_UNUSED_CREDENTIALS_CHECK, parameter maxCredentialUsageAge (int, default 90), periodic:
            // https://docs.aws.amazon.com/config/latest/developerguide/iam-user-unused-credentials-check.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/iam-user-unused-credentials-check.html — the managed rule iam-user-unused-credentials-check: identifier IAM_USER_UNUSED_CREDENTIALS_CHECK, parameter maxCredentialUsageAge (default 90), periodic
            sourceIdentifier: "IAM_USER_UNUSED_CREDENTIALS_CHECK",
            description: `Passwords and active access keys were used within ${args.unusedCredentialsDays} days (CIS 2.11).`,
            parameters: { maxCredentialUsageAge: String(args.unusedCredentialsDays) },
            maximumExecutionFrequency: "TwentyFour_Hours",
            documentation: `${GUIDE}/iam-user-unused-credentials-check.html`,
        },
        {
            id: "rootAccessKey",
            ruleName: "iam-root-access-key-check",
            // Identifier IAM_ROOT_ACCESS_KEY_CHECK, no parameters, periodic:
            // https://docs.aws.amazon.com/config/latest/developerguide/iam-root-access-key-check.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/iam-root-access-key-check.html — the managed rule iam-root-access-key-check: identifier IAM_ROOT_ACCESS_KEY_CHECK, no parameters, periodic
            sourceIdentifier: "IAM_ROOT_ACCESS_KEY_CHECK",
            description: "The root user has no access key (CIS 2.4).",
            parameters: {},
            maximumExecutionFrequency: "TwentyFour_Hours",
            documentation: `${GUIDE}/iam-root-access-key-check.html`,
        },
        {
            id: "rootMfa",
            ruleName: "root-account-mfa-enabled",
            // Identifier ROOT_ACCOUNT_MFA_ENABLED, no parameters, periodic:
            // https://docs.aws.amazon.com/config/latest/developerguide/root-account-mfa-enabled.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/root-account-mfa-enabled.html — the managed rule root-account-mfa-enabled: identifier ROOT_ACCOUNT_MFA_ENABLED, no parameters, periodic
            sourceIdentifier: "ROOT_ACCOUNT_MFA_ENABLED",
            description: "The root user signs in with MFA (CIS 2.5).",
            parameters: {},
            maximumExecutionFrequency: "TwentyFour_Hours",
            documentation: `${GUIDE}/root-account-mfa-enabled.html`,
        },
        {
            id: "consoleMfa",
            ruleName: "mfa-enabled-for-iam-console-access",
            // Identifier MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS, no parameters, periodic:
            // https://docs.aws.amazon.com/config/latest/developerguide/mfa-enabled-for-iam-console-access.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/mfa-enabled-for-iam-console-access.html — the managed rule mfa-enabled-for-iam-console-access: identifier MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS, no parameters, periodic
            sourceIdentifier: "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS",
            description: "Every IAM user with a console password has MFA (CIS 2.10).",
            parameters: {},
            maximumExecutionFrequency: "TwentyFour_Hours",
            documentation: `${GUIDE}/mfa-enabled-for-iam-console-access.html`,
        },
        {
            id: "userNoPolicies",
            ruleName: "iam-user-no-policies-check",
            // Identifier IAM_USER_NO_POLICIES_CHECK, configuration changes to AWS::IAM::User:
            // https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html — the managed rule iam-user-no-policies-check: identifier IAM_USER_NO_POLICIES_CHECK, triggered by changes to AWS::IAM::User
            sourceIdentifier: "IAM_USER_NO_POLICIES_CHECK",
            description: "No IAM user has policies attached directly; permissions come through groups (CIS 2.13).",
            parameters: {},
            scope: ["AWS::IAM::User"],
            documentation: `${GUIDE}/iam-user-no-policies-check.html`,
        },
        {
            id: "noAdminPolicies",
            ruleName: "iam-policy-no-statements-with-admin-access",
            // Identifier IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS, configuration changes to AWS::IAM::Policy:
            // https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html — the managed rule iam-policy-no-statements-with-admin-access: identifier IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS, triggered by changes to AWS::IAM::Policy
            sourceIdentifier: "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS",
            description: "No customer managed policy allows \"*\" on \"*\" (CIS 2.14).",
            parameters: {},
            scope: ["AWS::IAM::Policy"],
            documentation: `${GUIDE}/iam-policy-no-statements-with-admin-access.html`,
        },
        {
            id: "cloudTrailEnabled",
            ruleName: "cloudtrail-enabled",
            // Identifier CLOUD_TRAIL_ENABLED, optional parameters only, periodic:
            // https://docs.aws.amazon.com/config/latest/developerguide/cloudtrail-enabled.html
            // @awsfact https://docs.aws.amazon.com/config/latest/developerguide/cloudtrail-enabled.html — the managed rule cloudtrail-enabled: identifier CLOUD_TRAIL_ENABLED, optional parameters only, periodic
            sourceIdentifier: "CLOUD_TRAIL_ENABLED",
            description: "A CloudTrail trail is logging in this account (CIS 4.1).",
            parameters: {},
            maximumExecutionFrequency: "TwentyFour_Hours",
            documentation: `${GUIDE}/cloudtrail-enabled.html`,
        },
    ];
}

/**
 * Regions where AWS Config cannot record the global IAM resource types
 * (`AWS::IAM::User`, `Group`, `Role`, `Policy`): those AWS Config supported only
 * after February 2022. The IAM rules cannot evaluate there, so the home region
 * of the key-hygiene watch must be another one. Source: "Recording AWS
 * Resources | Global Resources",
 * https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all
 * (the same list is on each IAM rule's page as the regions without the rule).
 *
 * @awsfact https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all — AWS Config cannot record the global IAM resource types in Regions launched after February 2022 (ap-east-2, ap-south-2, ap-southeast-4 to -7, ca-west-1, eu-central-2, eu-south-2, il-central-1, me-central-1, mx-central-1)
 */
export const CONFIG_NO_GLOBAL_IAM_REGIONS: readonly string[] = Object.freeze([
    "ap-east-2", "ap-south-2", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
    "ca-west-1", "eu-central-2", "eu-south-2", "il-central-1", "me-central-1", "mx-central-1",
]);

/** The SSM Automation runbook AWS Config runs to revoke unused credentials. */
export const REVOKE_UNUSED_CREDENTIALS_RUNBOOK = "AWSConfigRemediation-RevokeUnusedIAMUserCredentials";

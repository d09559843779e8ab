import { resourcePolicy } from "../framework/guardrailPolicy";
import { IAM_ACCOUNT_PASSWORD_POLICY } from "../shared/iamTypes";
import { PropValue, UNKNOWN, asBoolean, asNumber } from "../framework/props";

/** Config of {@link accountPasswordPolicy}; every setting may only be stricter than CIS. */
export interface PasswordPolicyConfig {
    /** Shortest allowed password (CIS v7.0.0 2.8: 14). */
    minimumPasswordLength?: number;
    /** Previous passwords that may not be reused (CIS v7.0.0 2.9: 24, also AWS's maximum). */
    passwordReusePrevention?: number;
    /** When above 0, passwords must expire within this many days. CIS no longer asks for expiry; default 0. */
    maxPasswordAgeDays?: number;
}

/** The CIS floor. */
export const CIS_MINIMUM_PASSWORD_LENGTH = 14;
/** The CIS floor, which is also the most AWS allows. */
export const CIS_PASSWORD_REUSE_PREVENTION = 24;

const CHARACTER_CLASSES: [string, string][] = [
    ["requireLowercaseCharacters", "a lowercase letter"],
    ["requireUppercaseCharacters", "an uppercase letter"],
    ["requireNumbers", "a number"],
    ["requireSymbols", "a symbol"],
];

function describe(value: PropValue): string {
    return value === undefined || value === null ? "unset" : JSON.stringify(value);
}

/**
 * The account password policy must meet CIS AWS Foundations v7.0.0: at least
 * 14 characters (2.8), 24 remembered passwords (2.9), and, as 2.8's additional
 * information asks, every character class. Config may only make it stricter
 * (a longer minimum, or a maximum age). Unset settings take AWS's defaults
 * (length 6, no reuse prevention, no classes), so they are reported.
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html — without a custom policy IAM requires 8 characters of three classes; a custom policy's unset settings default to length 6 with no class or reuse requirement; reuse prevention is at most 24
 */
export const accountPasswordPolicy = resourcePolicy<PasswordPolicyConfig>({
    name: "account-password-policy",
    area: "account",
    description: "The IAM account password policy must require at least 14 characters, remember 24 passwords and require every character class (CIS), or stricter where configured.",
    severity: "medium",
    enforcementLevel: "mandatory",
    remediationSteps: "Use the AccountPasswordPolicy component (its defaults meet CIS), or set minimumPasswordLength >= 14, passwordReusePrevention = 24 and requireLowercaseCharacters, requireUppercaseCharacters, requireNumbers and requireSymbols = true.",
    cis: { v7: ["2.8", "2.9"], v5: ["1.7", "1.8"] },
    configSchema: {
        properties: {
            minimumPasswordLength: {
                type: "integer", minimum: CIS_MINIMUM_PASSWORD_LENGTH, maximum: 128, default: CIS_MINIMUM_PASSWORD_LENGTH,
                description: "Shortest allowed password: 14 (CIS) or more.",
            },
            passwordReusePrevention: {
                type: "integer", minimum: CIS_PASSWORD_REUSE_PREVENTION, maximum: CIS_PASSWORD_REUSE_PREVENTION, default: CIS_PASSWORD_REUSE_PREVENTION,
                description: "Remembered passwords: 24, which is both the CIS floor and the AWS maximum.",
            },
            maxPasswordAgeDays: {
                type: "integer", minimum: 0, maximum: 1095, default: 0,
                description: "When above 0, passwords must expire within this many days; 0 does not require expiry (CIS no longer does).",
            },
        },
    },
    types: [IAM_ACCOUNT_PASSWORD_POLICY],
    check: (resource, report, config) => {
        const props = resource.props;
        const minLength = typeof config.minimumPasswordLength === "number" ? config.minimumPasswordLength : CIS_MINIMUM_PASSWORD_LENGTH;
        const minReuse = typeof config.passwordReusePrevention === "number" ? config.passwordReusePrevention : CIS_PASSWORD_REUSE_PREVENTION;
        const maxAge = typeof config.maxPasswordAgeDays === "number" ? config.maxPasswordAgeDays : 0;
        const problems: string[] = [];
        if (props.minimumPasswordLength !== UNKNOWN) {
            const length = asNumber(props.minimumPasswordLength);
            if (length === undefined || length < minLength) {
                problems.push(`minimumPasswordLength is ${describe(props.minimumPasswordLength)}${length === undefined ? " (AWS default 6)" : ""}; at least ${minLength} is required`);
            }
        }
        if (props.passwordReusePrevention !== UNKNOWN) {
            const reuse = asNumber(props.passwordReusePrevention);
            if (reuse === undefined || reuse < minReuse) {
                problems.push(`passwordReusePrevention is ${describe(props.passwordReusePrevention)}; ${minReuse} is required`);
            }
        }
        for (const [key, what] of CHARACTER_CLASSES) {
            if (props[key] !== UNKNOWN && asBoolean(props[key]) !== true) {
                problems.push(`${key} is ${describe(props[key])}; passwords must contain ${what}`);
            }
        }
        if (maxAge > 0 && props.maxPasswordAge !== UNKNOWN) {
            const age = asNumber(props.maxPasswordAge);
            if (age === undefined || age <= 0 || age > maxAge) {
                problems.push(`maxPasswordAge is ${describe(props.maxPasswordAge)}; passwords must expire within ${maxAge} days (policy config)`);
            }
        }
        if (problems.length > 0) {
            report(`${resource.name}: the password policy is below the required strength: ${problems.join("; ")}`);
        }
    },
});

import { resourcePolicy } from "../framework/guardrailPolicy";
import { SSM_PARAMETER } from "../shared/iamTypes";
import { UNKNOWN, asString } from "../framework/props";
import { secretWordIn } from "./support/secretNames";
import { quote } from "../framework/text";

/** Config of {@link secretsSsmSecureString}. */
export interface SsmSecureStringConfig {
    /** More words that mark a parameter name as secret, such as an internal product name. */
    additionalSecretWords?: string[];
}

/**
 * SSM parameters whose names say they hold a secret (password, secret, token,
 * credential, api key, private key, a bare `key`, ...) must be `SecureString`.
 * A `String` parameter is stored unencrypted, shown in the console, and
 * readable by anyone with `ssm:GetParameter`; `SecureString` adds KMS
 * encryption and a second permission (`kms:Decrypt`).
 *
 * Mandatory: the fix is one word (`type: "SecureString"`) with the same API
 * for readers, while a miss leaks a credential. Names that are about a secret
 * rather than the secret (`password-policy`, `secret-arn`, `kms-key-id`,
 * `token-ttl`) are not reported; for the rare false alarm, exempt the
 * parameter with a reason.
 */
export const secretsSsmSecureString = resourcePolicy<SsmSecureStringConfig>({
    name: "secrets-ssm-secure-string",
    area: "secrets",
    description: "SSM parameters whose names look secret (password, secret, token, credential, key, ...) must be SecureString, so that the value is KMS-encrypted and not readable in plaintext.",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps: "Set `type: \"SecureString\"` (optionally with a customer-managed `keyId`); readers keep calling GetParameter with WithDecryption=true. Or store the value in Secrets Manager.",
    configSchema: {
        properties: {
            additionalSecretWords: {
                type: "array",
                items: { type: "string", minLength: 2 },
                default: [],
                description: "Extra words that mark a parameter name as secret (compared as whole words, ignoring case).",
            },
        },
    },
    types: [SSM_PARAMETER],
    check: (resource, report, config) => {
        const type = resource.props.type;
        const nameProp = resource.props.name;
        if (type === UNKNOWN || nameProp === UNKNOWN || asString(type) === "SecureString") {
            return;
        }
        // Without an explicit name the provider names the parameter after the resource.
        const name = asString(nameProp) ?? resource.name;
        const extra = Array.isArray(config.additionalSecretWords) ? config.additionalSecretWords.filter((w): w is string => typeof w === "string") : [];
        const word = secretWordIn(name, extra);
        if (word !== undefined) {
            report(`SSM parameter ${quote(name)} looks like it holds a secret (the word ${quote(word)}) but its type is ${quote(asString(type) ?? "unset")}; make it a SecureString`);
        }
    },
});

import { validateAccessKeyId, validateUserName } from "../documents/validate/iamNames";
import type { GuardrailBaselineArgs } from "./args";
import type { ConfigReader } from "./configReader";

/** The config keys of the key-hygiene watch and the leaked-key responder (declared in Pulumi.yaml). */
export const KEY_WATCH_CONFIG_KEYS = [
    "enableKeyHygiene",
    "enableConfigRecorder",
    "enableGuardDuty",
    "enableAccessAnalyzer",
    "keyHygieneAutoRemediation",
    "maxAccessKeyAgeDays",
    "unusedCredentialsDays",
    "unusedAccessDays",
    "guardDutyMinimumSeverity",
    "enableLeakedKeyResponder",
    "leakedKeyResponderDryRun",
    "leakedKeyResponderGuardDuty",
    "leakedKeyAllowListedKeyIds",
    "leakedKeyAllowListedUsers",
] as const;

/**
 * Reads the settings of `KeyHygiene` and `LeakedKeyResponder`, recording every
 * problem in the reader. Ranges beyond "a whole number of at least 1" are
 * checked by the components themselves when the baseline is planned.
 */
export function parseKeyWatchConfig(reader: ConfigReader): Pick<GuardrailBaselineArgs, "keyHygiene" | "leakedKeyResponder"> {
    const keyIds = reader.strings("leakedKeyAllowListedKeyIds") ?? [];
    reader.each("leakedKeyAllowListedKeyIds", keyIds, (id) => validateAccessKeyId("leakedKeyAllowListedKeyIds", id));
    const users = reader.strings("leakedKeyAllowListedUsers") ?? [];
    const unusedAccessDays = reader.integer("unusedAccessDays", 90, 0);
    reader.each("leakedKeyAllowListedUsers", users, (user) => validateUserName("leakedKeyAllowListedUsers", user));
    return {
        keyHygiene: {
            enabled: reader.boolean("enableKeyHygiene", true),
            config: {
                enabled: reader.boolean("enableConfigRecorder", true),
                autoRemediation: reader.boolean("keyHygieneAutoRemediation", false),
                maxAccessKeyAgeDays: reader.integer("maxAccessKeyAgeDays", 90, 1),
                unusedCredentialsDays: reader.integer("unusedCredentialsDays", 45, 1),
            },
            guardDuty: {
                enabled: reader.boolean("enableGuardDuty", true),
                minimumSeverity: reader.integer("guardDutyMinimumSeverity", 7, 1),
            },
            accessAnalyzer: {
                enabled: reader.boolean("enableAccessAnalyzer", true),
                // 0 turns the unused-access analyzer (billed per IAM user and role) off.
                unusedAccess: unusedAccessDays !== 0,
                unusedAccessDays: unusedAccessDays === 0 ? undefined : unusedAccessDays,
            },
        },
        leakedKeyResponder: {
            enabled: reader.boolean("enableLeakedKeyResponder", true),
            dryRun: reader.boolean("leakedKeyResponderDryRun", false),
            guardDutyFindings: { enabled: reader.boolean("leakedKeyResponderGuardDuty", false) },
            allowListedKeyIds: keyIds,
            allowListedUsers: users,
        },
    };
}

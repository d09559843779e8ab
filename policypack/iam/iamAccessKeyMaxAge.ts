import { ageInDays, isActiveKey, keyCreatedAt, keyUser } from "./support/accessKeys";
import { judgedDay } from "../framework/exemptions/dates";
import { stackPolicy } from "../framework/guardrailPolicy";
import { IamStackIndex } from "./support/iamStackIndex";
import { IAM_ACCESS_KEY } from "../shared/iamTypes";
import { quote } from "../framework/text";

/** Config of {@link iamAccessKeyMaxAge}. */
export interface AccessKeyMaxAgeConfig {
    /** Days after which an active key must have been rotated. */
    maxKeyAgeDays?: number;
    /** Judge ages as of this date (YYYY-MM-DD, UTC) instead of today, for reproducible runs. */
    asOf?: string;
}

/** CIS v7.0.0 2.12: rotate access keys every 90 days or less. */
export const DEFAULT_MAX_KEY_AGE_DAYS = 90;

/**
 * Active access keys older than `maxKeyAgeDays` (default 90) are reported, when
 * the stack state shows their `createDate` (during `pulumi up`, or a stack
 * export given to `check --state`; a preview of a new key has no date yet, and
 * the policy then reports itself not applicable, naming the state it lacks). Age is judged as of today (UTC), or as of the
 * policy's own `asOf` date, so that CI runs are reproducible.
 *
 * Advisory: the fix for an old key is the next deploy of the rotation itself
 * (ScopedServiceUser's two-slot rotation), which a mandatory finding would block.
 */
export const iamAccessKeyMaxAge = stackPolicy<AccessKeyMaxAgeConfig>({
    name: "iam-access-key-max-age",
    area: "iam",
    onlyWithType: IAM_ACCESS_KEY,
    readsState: { describes: "createDate of an access key", present: (resources) => resources.some((r) => r.type === IAM_ACCESS_KEY && keyCreatedAt(r) !== undefined) },
    description: "Active access keys must be rotated within maxKeyAgeDays (default 90); an old key has had more time to leak.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Rotate the key: create a new one, move its consumers, then delete the old one. ScopedServiceUser rotates its two key slots once a key is older than rotateAfterDays; run the stack at least that often.",
    cis: { v7: ["2.12"], v5: ["1.13"] },
    configSchema: {
        properties: {
            maxKeyAgeDays: {
                type: "integer",
                minimum: 1,
                maximum: DEFAULT_MAX_KEY_AGE_DAYS,
                default: DEFAULT_MAX_KEY_AGE_DAYS,
                description: "Days after which an active access key is reported (90 or stricter).",
            },
        },
    },
    check: (resources, report, config) => {
        const maxAge = typeof config.maxKeyAgeDays === "number" ? config.maxKeyAgeDays : DEFAULT_MAX_KEY_AGE_DAYS;
        const today = judgedDay(config);
        const index = IamStackIndex.of(resources);
        for (const key of index.accessKeys) {
            const created = keyCreatedAt(key);
            if (!created || !isActiveKey(key)) {
                continue;
            }
            const age = ageInDays(created, today);
            if (age > maxAge) {
                const user = keyUser(key);
                report(
                    `access key ${key.name}${user ? ` of IAM user ${quote(user)}` : ""} was created on ${created.toISOString().slice(0, 10)}, ${age} days before ${today}; rotate keys within ${maxAge} days`,
                    // Reported on the user where the stack has it: an AccessKey carries no tags for an exemption.
                    (user ? index.findUser(user)?.urn : undefined) ?? key.urn,
                );
            }
        }
    },
});

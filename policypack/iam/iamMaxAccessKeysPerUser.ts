import { isActiveKey, keyUser } from "./support/accessKeys";
import type { StackResourceView } from "../framework/guardrailPolicy";
import { stackPolicy } from "../framework/guardrailPolicy";
import { IamStackIndex } from "./support/iamStackIndex";
import { IAM_ACCESS_KEY } from "../shared/iamTypes";
import { quote } from "../framework/text";

/** Config of {@link iamMaxAccessKeysPerUser}. */
export interface MaxAccessKeysConfig {
    // @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html — at most 2 access keys per IAM user
    /** The most access keys one user may have (AWS's hard limit is 2). */
    maxKeysPerUser?: number;
    /** The most active keys one user may have; 1 is CIS v5.0.0 1.12. */
    maxActiveKeysPerUser?: number;
}

/**
 * At most two access keys per user (AWS refuses a third, so this catches it at
 * preview instead of halfway through an update), and by default at most two
 * active: the two-slot rotation of ScopedServiceUser keeps both valid while a
 * new key rolls out. Set `maxActiveKeysPerUser` to 1 for CIS v5.0.0 1.12.
 *
 * Advisory: every extra key is one more thing to leak, but the fence policy is
 * what makes a leaked key harmless.
 */
export const iamMaxAccessKeysPerUser = stackPolicy<MaxAccessKeysConfig>({
    name: "iam-max-access-keys-per-user",
    area: "iam",
    onlyWithType: IAM_ACCESS_KEY,
    description: "An IAM user may have at most two access keys (configurable, and optionally only one active), so that every key in use is known and rotated.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Delete the keys nobody uses. Rotate with two slots: create the new key, move consumers to it, then delete the old one (ScopedServiceUser does this).",
    // CIS v5.0.0 1.12 asks for one active key per user; v7.0.0 has no such control.
    cis: { v7: [], v5: ["1.12"] },
    configSchema: {
        properties: {
            maxKeysPerUser: { type: "integer", minimum: 1, maximum: 2, default: 2, description: "The most access keys one user may have." },
            maxActiveKeysPerUser: { type: "integer", minimum: 1, maximum: 2, default: 2, description: "The most active access keys one user may have; 1 follows CIS v5.0.0 1.12." },
        },
    },
    check: (resources, report, config) => {
        const maxKeys = typeof config.maxKeysPerUser === "number" ? config.maxKeysPerUser : 2;
        const maxActive = typeof config.maxActiveKeysPerUser === "number" ? config.maxActiveKeysPerUser : 2;
        const index = IamStackIndex.of(resources);
        const byUser = new Map<string, { name: string; keys: StackResourceView[] }>();
        for (const key of index.accessKeys) {
            const name = keyUser(key);
            if (name === undefined) {
                continue;
            }
            const entry = byUser.get(index.userKey(name)) ?? { name, keys: [] };
            entry.keys.push(key);
            byUser.set(index.userKey(name), entry);
        }
        for (const { name, keys } of byUser.values()) {
            const active = keys.filter(isActiveKey);
            const urn = index.findUser(name)?.urn ?? keys[0].urn;
            const names = keys.map((k) => k.name).join(", ");
            if (keys.length > maxKeys) {
                report(`IAM user ${quote(name)} has ${keys.length} access keys (${names}); at most ${maxKeys} allowed`, urn);
            } else if (active.length > maxActive) {
                report(`IAM user ${quote(name)} has ${active.length} active access keys (${active.map((k) => k.name).join(", ")}); at most ${maxActive} allowed`, urn);
            }
        }
    },
});

import { configStrings } from "../framework/configReaders";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { UNKNOWN } from "../framework/props";
import { providerDefaultTagKeys, tagKeysOf, unionOfTagKeys } from "./support/tagKeys";
import { TAGGABLE_TYPES } from "./support/taggableTypes";

/** Config of {@link requiredTags}. */
export interface RequiredTagsConfig {
    /** Tag keys every taggable AWS resource must carry; default [] (the policy is silent). */
    requiredTags?: string[];
}

/**
 * Every taggable AWS resource carries the tag keys in `requiredTags`
 * (case-sensitive, as AWS compares them; any value, even empty, counts).
 * Silent while the list is empty, which is the default.
 *
 * A resource is taggable when its type accepts `tags` in the installed
 * @pulumi/aws (the generated `taggableTypes.ts`), or when its inputs hold a
 * `tags` or `tagsAll` key (types newer than the list). Tags count from the
 * resource's own `tags` (a map, or the `{ key, value }` list of an Auto
 * Scaling group) and from its provider's `defaultTags`. Unknown tags (a
 * preview) are not judged. Advisory: tags are bookkeeping, not a fence.
 */
export const requiredTags = resourcePolicy<RequiredTagsConfig>({
    name: "required-tags",
    area: "tagging",
    description: "Taggable AWS resources should carry every tag key listed in requiredTags (own tags or the provider's defaultTags); silent when the list is empty.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: "Add the missing keys to the resource's `tags`, or once for all resources in the provider's `defaultTags: { tags: {...} }`.",
    configSchema: {
        properties: {
            requiredTags: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 128 },
                default: [],
                description: "Tag keys every taggable AWS resource must carry, such as [\"owner\", \"cost-center\"]. Empty: the policy is silent.",
            },
        },
    },
    types: "*",
    check: (resource, report, config) => {
        const required = configStrings(config, "requiredTags", []);
        if (required.length === 0 || !resource.type.startsWith("aws:")) {
            return;
        }
        const props = resource.props;
        if (!TAGGABLE_TYPES.has(resource.type) && !("tags" in props) && !("tagsAll" in props)) {
            return;
        }
        const keys = unionOfTagKeys([tagKeysOf(props.tags), tagKeysOf(props.tagsAll), providerDefaultTagKeys(resource.providerProps)]);
        if (keys === UNKNOWN) {
            return;
        }
        const missing = required.filter((key) => !keys.has(key));
        if (missing.length > 0) {
            report(`${resource.name} lacks required tag${missing.length > 1 ? "s" : ""} ${missing.map((key) => JSON.stringify(key)).join(", ")}`);
        }
    },
});

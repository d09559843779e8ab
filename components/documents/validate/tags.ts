import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * AWS's tag rules, one place for every component. From "Tag naming limits and
 * requirements" (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions)
 * and the same list in service guides such as AWS Batch's
 * (https://docs.aws.amazon.com/batch/latest/userguide/tag-restrictions.html):
 * - at most 50 user-created tags per resource;
 * - keys of 1 to 128 and values of 0 to 256 Unicode characters;
 * - letters, numbers and spaces, and `+ - = . _ : / @`, which every service
 *   that takes tags accepts;
 * - `aws:` in any case is reserved for AWS as the prefix of keys and of values.
 *
 * @awsfact https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions — at most 50 user tags per resource; keys 1 to 128 and values 0 to 256 Unicode characters; letters, numbers, spaces and + - = . _ : / @; the aws: prefix is reserved
 */

/** AWS's cap on user-created tags per resource. */
export const MAX_TAGS_PER_RESOURCE = 50;
/** The longest tag key, in Unicode characters. */
export const MAX_TAG_KEY_LENGTH = 128;
/** The longest tag value, in Unicode characters. */
export const MAX_TAG_VALUE_LENGTH = 256;

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const ALLOWED = "letters, digits, spaces and _ . : / = + - @";

/** Length in Unicode characters (code points), as AWS counts it. */
function characters(text: string): number {
    return [...text].length;
}

function isReservedPrefix(text: string): boolean {
    return text.toLowerCase().startsWith("aws:");
}

/** Checks one tag text (a key or a value); returns it. */
export function validateTagText(where: string, value: unknown, min: number, max: number): string {
    if (typeof value === "string" && characters(value) >= min && characters(value) <= max && TAG_TEXT.test(value) && !isReservedPrefix(value)) {
        return value;
    }
    const reserved = typeof value === "string" && isReservedPrefix(value) ? "; the aws: prefix is reserved for AWS" : "";
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not allowed; expected ${min} to ${max} ${ALLOWED}${reserved}`);
}

/** A non-empty owner (team or person), stored as the `Owner` tag. */
export function validateOwner(where: string, value: unknown): string {
    return validateTagText(`${where}: owner`, value, 1, MAX_TAG_VALUE_LENGTH);
}

/**
 * A caller's extra tags. `reserved` are the keys the component sets itself:
 * they may not be given, and they count toward AWS's 50, so at most
 * `50 - reserved.length` extra tags are accepted.
 */
export function validateTags(where: string, value: unknown, reserved: readonly string[] = []): Record<string, string> {
    if (value === undefined) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: tags must be an object of strings, like { CostCenter: "1234" }; got ${describeValue(value)}`);
    }
    const entries = Object.entries(value as Record<string, unknown>);
    const cap = MAX_TAGS_PER_RESOURCE - reserved.length;
    if (entries.length > cap) {
        const own = reserved.length > 0 ? ` (the component sets ${reserved.length} more: ${reserved.join(", ")})` : "";
        throw new GuardrailInputError(`${where}: ${entries.length} tags are too many; AWS allows ${MAX_TAGS_PER_RESOURCE} per resource, so at most ${cap} here${own}`);
    }
    const tags: Record<string, string> = {};
    for (const [key, tagValue] of entries) {
        validateTagText(`${where}: tag key`, key, 1, MAX_TAG_KEY_LENGTH);
        if (reserved.includes(key)) {
            throw new GuardrailInputError(`${where}: tag key "${key}" is set by the component; reserved keys: ${reserved.join(", ")}`);
        }
        tags[key] = validateTagText(`${where}: tag "${key}" value`, tagValue, 0, MAX_TAG_VALUE_LENGTH);
    }
    return tags;
}

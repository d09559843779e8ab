import type { StackResourceView } from "../../framework/guardrailPolicy";
import { asString } from "../../framework/props";

/**
 * Reads access keys in stack state: whose they are, whether they work, and
 * when they were made.
 */

/** The user name an access key belongs to, or undefined when unknown. */
export function keyUser(key: StackResourceView): string | undefined {
    const user = asString(key.props.user);
    return user && user.trim() !== "" ? user : undefined;
}

/** Whether a key can sign requests: `status` is `Active` or unset (the AWS default). */
export function isActiveKey(key: StackResourceView): boolean {
    const status = key.props.status;
    return status === undefined || status === null || (typeof status === "string" && status.toLowerCase() === "active");
}

/** The key's creation time from state (`createDate`, RFC 3339), or undefined when state does not show it. */
export function keyCreatedAt(key: StackResourceView): Date | undefined {
    const text = asString(key.props.createDate);
    if (!text || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
        return undefined;
    }
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whole days from `from` to the UTC date `today` (YYYY-MM-DD, end of that day). */
export function ageInDays(from: Date, today: string): number {
    const end = Date.parse(`${today}T23:59:59.999Z`);
    return Math.floor((end - from.getTime()) / 86_400_000);
}

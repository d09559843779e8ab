/**
 * IAM wildcard matching: `*` matches any run of characters, `?` exactly one.
 * Action matching in IAM is case-insensitive, so these are too.
 */

/** True when the text contains an IAM wildcard (`*` or `?`). */
export function hasWildcard(text: string): boolean {
    return text.includes("*") || text.includes("?");
}

/** A case-insensitive, anchored regular expression for an IAM wildcard pattern. */
export function wildcardToRegExp(pattern: string): RegExp {
    const body = pattern
        .split("")
        .map((char) => {
            if (char === "*") return ".*";
            if (char === "?") return ".";
            return char.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
        })
        .join("");
    return new RegExp(`^${body}$`, "is");
}

/** True when `value` matches the IAM wildcard `pattern`, ignoring case. */
export function matchesWildcard(pattern: string, value: string): boolean {
    return wildcardToRegExp(pattern).test(value);
}

import type * as pulumi from "@pulumi/pulumi";

/**
 * Type tokens. Every component registers as `aws-guardrails:index:<Class>`: the
 * `index` module is the one Pulumi's multi-language component host serves, so
 * the same token works from TypeScript and from every generated SDK. Before
 * 0.2 the IAM and detection components registered as `aws-guardrails:iam:<Class>`
 * and `aws-guardrails:detect:<Class>`; each keeps its former token as an alias,
 * so the engine maps a stack's existing resources (and, through the parent,
 * their children) onto the new URNs instead of replacing them.
 */

/**
 * The options a component registers with: the caller's, plus an alias for the
 * component's former type token (same name, same parent). The caller's own
 * aliases are kept.
 */
export function withFormerType(opts: pulumi.ComponentResourceOptions | undefined, formerType: string): pulumi.ComponentResourceOptions {
    return { ...opts, aliases: [...(opts?.aliases ?? []), { type: formerType }] };
}

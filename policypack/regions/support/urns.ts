/**
 * Reading URNs: `urn:pulumi:<stack>::<project>::<parent types joined by $>$<type>::<name>`.
 */

/** The types of a resource's ancestors (components and parents), outermost first, read from its URN. */
export function ancestorTypes(urn: string): string[] {
    const parts = urn.split("::");
    if (parts.length < 4) {
        return [];
    }
    const chain = parts[2].split("$");
    return chain.slice(0, -1);
}

/**
 * The type-token prefix of the guardrail components: `aws-guardrails:index:<Name>`, and
 * `aws-guardrails:iam:<Name>` and `aws-guardrails:detect:<Name>` in stacks deployed before 0.2.
 */
export const GUARDRAIL_COMPONENT_PREFIX = "aws-guardrails:";

/** Whether a resource was created inside a guardrail component, by its URN. */
export function isInsideGuardrailComponent(urn: string): boolean {
    return ancestorTypes(urn).some((type) => type.startsWith(GUARDRAIL_COMPONENT_PREFIX));
}

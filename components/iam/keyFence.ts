import type * as pulumi from "@pulumi/pulumi";
import { isFullAccessManagedPolicy, type FenceKind } from "../documents/inspect";

/**
 * What fences the access keys of a `ScopedServiceUser`, as far as the component
 * can tell before anything is created.
 *
 * A restriction group is only a name (`pulumi.Input<string>`), so the user
 * cannot read another component's document from it. The guardrail groups of
 * this package therefore register the `groupName` output they hand out with
 * the fence kinds of their document; a name the user receives from anywhere
 * else is unknown here (the policy pack's `iam-key-users-fenced` judges it at
 * preview). An MFA group alone does not fence a key: a leaked key can enrol
 * its own virtual MFA device, then pass the MFA check.
 */

const kindsByGroupName = new WeakMap<object, FenceKind[]>();

/** Records the fence kinds of a guardrail group's document under the group-name output it exposes. */
export function registerGuardrailGroup(groupName: pulumi.Output<string>, kinds: FenceKind[]): void {
    kindsByGroupName.set(groupName, kinds);
}

/** The fence kinds of a group name this package's guardrail group handed out, or undefined for any other value. */
export function fenceKindsOfGroupName(value: unknown): FenceKind[] | undefined {
    return typeof value === "object" && value !== null ? kindsByGroupName.get(value) : undefined;
}

/**
 * Why the groups and boundary given do not fence a key, or undefined when they
 * do (or might: an unknown group or boundary is given the benefit of the doubt).
 */
export function keyFenceProblem(restrictionGroups: readonly unknown[], permissionsBoundary: unknown): string | undefined {
    const boundaryFences = permissionsBoundary !== undefined && !(typeof permissionsBoundary === "string" && isFullAccessManagedPolicy(permissionsBoundary));
    const kinds = restrictionGroups.map(fenceKindsOfGroupName);
    if (boundaryFences || kinds.some((k) => k === undefined || k.includes("ip") || k.includes("region"))) {
        return undefined;
    }
    const problems: string[] = [];
    if (kinds.some((k) => k?.includes("mfa"))) {
        problems.push("an MFA group does not fence a key: a leaked key alone can enrol its own virtual MFA device and then pass the MFA check");
    }
    if (kinds.some((k) => k !== undefined && k.length === 0)) {
        problems.push("a restriction group whose deny is narrowed to some actions fences only those actions");
    }
    if (permissionsBoundary !== undefined) {
        problems.push(`permissionsBoundary ${String(permissionsBoundary)} allows every action on every resource, so it bounds nothing`);
    }
    return problems.length > 0 ? problems.join("; ") : "restrictionGroups and permissionsBoundary are both empty";
}

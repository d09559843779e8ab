import assert from "node:assert/strict";
import type { CapturedResource, MockRun } from "../../../cli/harness";

/** Helpers shared by the detection and baseline component tests. */

/** Every captured resource of a type. */
export function ofType(run: MockRun, type: string): CapturedResource[] {
    return run.resources.filter((resource) => resource.type === type);
}

/** The one resource of a type with this logical name. */
export function named(run: MockRun, type: string, name: string): CapturedResource {
    const found = run.resources.filter((resource) => resource.type === type && resource.name === name);
    assert.equal(found.length, 1, `expected one ${type} named ${name}, found ${found.length}`);
    return found[0];
}

/** Parses a JSON policy input. */
export function policyOf(resource: CapturedResource, key = "policy"): { Statement: Record<string, unknown>[] } {
    const value = resource.inputs[key];
    assert.equal(typeof value, "string", `${resource.name}.${key} is not a JSON string`);
    return JSON.parse(value as string);
}

/** The region of a resource's explicit provider, or undefined for the default provider. */
export function regionOf(run: MockRun, resource: CapturedResource): string | undefined {
    if (!resource.provider) return undefined;
    const provider = run.resources.find((r) => r.urn === resource.provider);
    assert.ok(provider, `provider ${resource.provider} of ${resource.name} was not registered`);
    return provider.inputs.region as string;
}

/**
 * Asserts that every resource but the stack descends from the component of
 * `type`, and that its direct children name it as their parent.
 */
export function assertAllUnder(run: MockRun, type: string): CapturedResource {
    const roots = run.resources.filter((r) => r.type === type);
    assert.equal(roots.length, 1, `expected one ${type}`);
    const root = roots[0];
    const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
    for (const resource of run.resources) {
        if (resource.type === "pulumi:pulumi:Stack" || resource === root) continue;
        let parent = resource.parent;
        while (parent && parent !== root.urn) parent = byUrn.get(parent)?.parent ?? null;
        assert.equal(parent, root.urn, `${resource.type} ${resource.name} is not under ${type}`);
    }
    return root;
}

/** The set of input keys of every resource, for "nothing registered" assertions. */
export function customResources(run: MockRun): CapturedResource[] {
    return run.resources.filter((r) => r.custom);
}

/**
 * Pack config for checking one component on its own: the stack-level
 * "present" policies (a trail, a billing alarm, vCPU alarms somewhere in the
 * stack) are told another stack owns those, exactly as an application stack
 * would; every resource policy stays at its defaults. `requiredTags` proves
 * that every taggable child carries the component's tags.
 */
export const ISOLATED_PACK_CONFIG: Record<string, unknown> = {
    "billing-alarm-present": { billingAlarmOwnedElsewhere: true },
    "vcpu-alarm-present": { vcpuAlarmsOwnedElsewhere: true },
    "cloudtrail-multi-region-trail-present": { trailOwnedElsewhere: true },
    "required-tags": { requiredTags: ["owner"] },
};

/** The tags the pack checks components against. */
export const TEST_TAGS = { owner: "security-team" };

export { assertRefused } from "../../support/construction";

/** The resources under the component of `type` named `name` (the component excluded), for runs that build several. */
export function descendantsOf(run: MockRun, type: string, name: string): CapturedResource[] {
    const root = named(run, type, name);
    const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
    return run.resources.filter((resource) => {
        let parent = resource.parent;
        while (parent && parent !== root.urn) parent = byUrn.get(parent)?.parent ?? null;
        return parent === root.urn;
    });
}

/** Counts the cloud resources (not components, not providers) of each type. */
export function countByType(resources: readonly CapturedResource[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const resource of resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))) {
        counts[resource.type] = (counts[resource.type] ?? 0) + 1;
    }
    return counts;
}

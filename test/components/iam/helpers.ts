import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import type { CapturedResource, MockRun } from "../../../cli/harness";
import type { PolicyStatement } from "../../../components/documents";
import { fromPolicyStatements, type IamStatement } from "../../../components/iam";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";

/** The certificate renewer's Route 53 permissions, as IAM JSON: one hosted zone, its changes, and zone discovery. */
export const ROUTE53_IAM_JSON: PolicyStatement[] = [
    {
        Sid: "ChangeRecordsInOneZone",
        Effect: "Allow",
        Action: ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"],
        Resource: "arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ",
    },
    { Sid: "WatchChanges", Effect: "Allow", Action: "route53:GetChange", Resource: "arn:aws:route53:::change/*" },
    { Sid: "FindZones", Effect: "Allow", Action: ["route53:ListHostedZones", "route53:ListHostedZonesByName"], Resource: "*" },
];

/** The same permissions as component statements. */
export const ROUTE53_STATEMENTS: IamStatement[] = fromPolicyStatements(ROUTE53_IAM_JSON);

/** The one resource of `type` (and, if given, logical `name`) in a run; fails when there is not exactly one. */
export function one(run: MockRun, type: string, name?: string): CapturedResource {
    const found = run.resources.filter((r) => r.type === type && (name === undefined || r.name === name));
    assert.equal(found.length, 1, `expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}: ${run.resources.map((r) => `${r.type} ${r.name}`).join(", ")}`);
    return found[0];
}

/** Every resource of `type` in a run, in registration order. */
export function all(run: MockRun, type: string): CapturedResource[] {
    return run.resources.filter((r) => r.type === type);
}

/** `type name` of every resource except the stack, sorted: a run's shape at a glance. */
export function shape(run: MockRun): string[] {
    return run.resources.filter((r) => r.type !== "pulumi:pulumi:Stack").map((r) => `${r.type} ${r.name}`).sort();
}

/** Asserts that every resource but the stack and `component` itself has the component as its parent. */
export function assertAllChildrenOf(run: MockRun, componentType: string): CapturedResource {
    const component = one(run, componentType);
    for (const resource of run.resources) {
        if (resource.type === "pulumi:pulumi:Stack" || resource === component) continue;
        assert.equal(resource.parent, component.urn, `${resource.type} ${resource.name} should be a child of ${component.urn}`);
    }
    return component;
}

/** Parses a JSON policy input of a captured resource. */
export function policyInput(resource: CapturedResource, key = "policy"): unknown {
    const value = resource.inputs[key];
    assert.equal(typeof value, "string", `${resource.type} ${resource.name}.${key} should be a JSON string`);
    return JSON.parse(value as string);
}

export { assertRefused, constructionError } from "../../support/construction";

/**
 * The pack config a stack holding only these components would use:
 * the trail and the billing and vCPU alarms belong to the account baseline
 * stack, so the "...-present" stack policies are told they live elsewhere.
 */
export const COMPONENT_PACK_CONFIG: Record<string, unknown> = {
    "cloudtrail-multi-region-trail-present": { trailOwnedElsewhere: true },
    "billing-alarm-present": { billingAlarmOwnedElsewhere: true },
    "vcpu-alarm-present": { vcpuAlarmsOwnedElsewhere: true },
};

/** Runs `body` through the real policy pack (with {@link COMPONENT_PACK_CONFIG}) and asserts zero violations of any kind. */
export async function assertPackClean(body: () => unknown): Promise<MockRun> {
    const { run, violations } = await checkUnderMocks(body, COMPONENT_PACK_CONFIG);
    assert.deepEqual(violations, [], `expected no violations, got:\n${describeViolations(violations)}`);
    return run;
}

/** The value an Output resolves to under mocks (secrets included). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply((value) => resolve(value)));
}

/** The parts of a RegisterResourceRequest that {@link recordReplacementTriggers} reads. */
interface TriggerRequest {
    getType(): string;
    getName(): string;
    hasReplacementTrigger(): boolean;
    getReplacementTrigger(): { toJavaScript(): unknown } | undefined;
}

/** The mock monitor's method that {@link recordReplacementTriggers} wraps. */
interface WrappableMonitor {
    registerResource(req: TriggerRequest, callback: unknown): unknown;
}

/**
 * Call inside a mocked program, before creating resources: records the
 * `replacementTrigger` each registration sends to the engine, by `type name`.
 * (The harness captures the rest of the request but not this option.)
 */
export function recordReplacementTriggers(): Map<string, unknown> {
    const triggers = new Map<string, unknown>();
    const monitor = pulumi.runtime.getMonitor() as unknown as WrappableMonitor;
    const original = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
        if (req.hasReplacementTrigger()) {
            triggers.set(`${req.getType()} ${req.getName()}`, req.getReplacementTrigger()?.toJavaScript());
        }
        return original(req, callback);
    };
    return triggers;
}

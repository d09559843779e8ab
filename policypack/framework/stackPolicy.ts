import {
    type ReportViolation, type StackValidation, type StackValidationArgs, type StackValidationPolicy, validateStackResourcesOfType,
} from "@pulumi/policy";
import type { StackPolicyDefinition } from "./definition";
import { todayUtc } from "./exemptions/dates";
import { STACK_QUEUE_KEY } from "./exemptions/exemptedFindingsQueue";
import { exemptionsOf } from "./exemptions/exemptionSet";
import { isExemptionMachinery, policyBase } from "./metadata";
import { resourceClassOf } from "./resourceClass";
import { deliverFinding, evaluationFailure } from "./reporting";
import { stackViews } from "./views";

/**
 * Builds a stack policy from a definition, with the same exemption and error
 * handling as `resourcePolicy`. A policy with `onlyWithType` goes through
 * `validateStackResourcesOfType`, so the server skips it, without deserializing
 * the stack, when no resource of that type exists; the check still sees every
 * resource.
 */
export function stackPolicy<C = Record<string, never>>(def: StackPolicyDefinition<C>): StackValidationPolicy {
    const machinery = isExemptionMachinery(def);
    const run = (args: StackValidationArgs, reportViolation: ReportViolation): void => {
        const views = stackViews(args.resources);
        const config = args.getConfig<C & object>();
        const findings: { message: string; urn?: string }[] = [];
        try {
            def.check(views, (message, urn) => findings.push({ message, urn }), config);
        } catch (err) {
            findings.push({ message: evaluationFailure("stack", err) });
        }
        if (findings.length === 0) {
            return;
        }
        if (machinery) {
            findings.forEach(({ message, urn }) => reportViolation(message, urn));
            return;
        }
        const byUrn = new Map(views.map((v) => [v.urn, v]));
        const exemptions = exemptionsOf(config);
        const today = todayUtc();
        for (const { message, urn } of findings) {
            const view = urn ? byUrn.get(urn) : undefined;
            deliverFinding({
                policy: def.name, urn: urn ?? "", tags: () => view?.tags() ?? {}, exemptions, today,
                queueKey: STACK_QUEUE_KEY, send: (m) => reportViolation(m, urn),
            }, message);
        }
    };
    const validateStack: StackValidation = def.onlyWithType
        ? validateStackResourcesOfType(resourceClassOf(def.onlyWithType), (_resources, args, reportViolation) => run(args, reportViolation))
        : run;
    return { ...policyBase(def), validateStack };
}

import type { ReportViolation, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import type { StackPolicyDefinition } from "./definition";
import { judgedDay } from "./exemptions/dates";
import { STACK_QUEUE_KEY } from "./exemptions/exemptedFindingsQueue";
import { exemptionsOf } from "./exemptions/exemptionSet";
import { tagExemptionsAccepted } from "./exemptions/tagRules";
import { isExemptionMachinery, policyBase } from "./metadata";
import { deliverFinding, evaluationFailure } from "./reporting";
import { stackViews } from "./views";

/**
 * Builds a stack policy from a definition, with the same exemption and error
 * handling as `resourcePolicy`. A policy with `onlyWithType` reports itself not
 * applicable at once, before any view is built, when no resource of that type
 * exists (the public `validateStackResourcesOfType` would also skip it, but hands
 * the check only the resources of that type, and these checks need the whole
 * stack); one that `readsState` does so when the stack shows none.
 */
export function stackPolicy<C = Record<string, never>>(def: StackPolicyDefinition<C>): StackValidationPolicy {
    const machinery = isExemptionMachinery(def);
    const validateStack = (args: StackValidationArgs, reportViolation: ReportViolation): void => {
        if (def.onlyWithType && !args.resources.some((r) => r.type === def.onlyWithType)) {
            args.notApplicable(`no resource of type ${def.onlyWithType} in the stack`);
        }
        const views = stackViews(args.resources);
        if (def.readsState && !def.readsState.present(views)) {
            args.notApplicable(`the stack shows no ${def.readsState.describes} (deployed state, as a stack export has it)`);
        }
        let config: (C & object) | undefined;
        const configOf = () => (config ??= args.getConfig<C & object>());
        const findings: { message: string; urn?: string }[] = [];
        try {
            def.check(views, (message, urn) => findings.push({ message, urn }), def.configSchema ? configOf() : ({} as C));
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
        const exemptions = exemptionsOf(configOf());
        const acceptTags = tagExemptionsAccepted(configOf(), def.severity);
        const today = judgedDay(configOf());
        for (const { message, urn } of findings) {
            const view = urn ? byUrn.get(urn) : undefined;
            deliverFinding({
                policy: def.name, urn: urn ?? "", tags: () => view?.tags ?? {}, exemptions, acceptTags, today,
                queueKey: STACK_QUEUE_KEY, send: (m) => reportViolation(m, urn),
            }, message);
        }
    };
    return { ...policyBase(def), validateStack };
}

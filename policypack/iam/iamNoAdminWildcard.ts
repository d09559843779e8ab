import { statementActions, statementNotResources } from "../../components/documents";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { IDENTITY_DOCUMENT_TYPES, identityDocuments, readDocuments, statementLabel } from "./support/policyDocuments";
import { hasAnyCondition, isEveryAction, isFullAdminGrant } from "../../components/documents";
import { quoteList } from "../framework/text";

/**
 * No identity policy may `Allow` every action on every resource. That is full
 * administrator access: a leaked key of such a principal owns the account.
 *
 * Checked: inline user, group and role policies, customer managed policies and
 * a role's `inlinePolicies`, as JSON strings or objects. `Action` `*` or `*:*`
 * with `Resource` `*` (or with `NotResource`, which is "everything except")
 * is reported, with or without a condition. SCPs are filters, not grants, so
 * the default `FullAWSAccess` SCP is not checked here.
 *
 * This policy also owns unreadable identity documents: a document the pack
 * cannot parse may hide exactly this grant, so it is reported, not skipped.
 *
 * Known false alarm: a managed policy used only as a permissions boundary may
 * allow `*` on purpose (a boundary grants nothing by itself). A resource check
 * cannot see how a policy is used; exempt such a policy with a reason.
 */
export const iamNoAdminWildcard = resourcePolicy({
    name: "iam-no-admin-wildcard",
    area: "iam",
    description: "Identity policies must not Allow every action (\"*\" or \"*:*\") on every resource; that is full administrator access for whoever holds the key.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Replace the statement with the actions the principal needs, scoped to its resources (the leastPrivilege builder checks every action against the IAM catalog). Administrators should assume a role with MFA in its trust policy instead of holding a wildcard grant. Fix unreadable documents so that the pack can check them.",
    cis: { v7: ["2.14"], v5: ["1.15"] },
    types: IDENTITY_DOCUMENT_TYPES,
    check: (resource, report) => {
        for (const read of readDocuments(identityDocuments(resource.type, resource.props))) {
            if (!read.ok) {
                report(`${resource.name}.${read.where} cannot be read as an IAM policy document (${read.error}); an unreadable document may hide a wildcard grant, so fix it`);
                continue;
            }
            read.doc.Statement.forEach((statement, index) => {
                if (!isFullAdminGrant(statement)) {
                    return;
                }
                const actions = statementActions(statement).filter(isEveryAction);
                const notResources = statementNotResources(statement);
                const scope = notResources.length > 0 ? `every resource except ${quoteList(notResources)}` : "every resource";
                const condition = hasAnyCondition(statement) ? " (a Condition narrows when, not what: it is still full admin)" : "";
                report(`${resource.name}.${read.where} ${statementLabel(index, statement.Sid)} allows Action ${quoteList(actions)} on ${scope}: full administrator access${condition}`);
            });
        }
    },
});

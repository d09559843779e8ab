import { statementNotActions } from "../../components/documents";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { forEachIdentityStatement, IDENTITY_DOCUMENT_TYPES, statementLabel } from "./support/policyDocuments";
import { quoteList } from "../framework/text";

/**
 * Identity policies should not combine `Allow` with `NotAction`: it grants
 * every action except those listed, across every service, including services
 * AWS launches tomorrow. (`Deny` with `NotAction` is fine; the region fence is
 * built that way.) Advisory, as AWS's own PowerUserAccess uses the pattern.
 */
export const iamNoAllowNotAction = resourcePolicy({
    name: "iam-no-allow-not-action",
    area: "iam",
    description: "Identity policies should not Allow with NotAction; that grants every action of every service except a few.",
    severity: "high",
    enforcementLevel: "advisory",
    remediationSteps: "Rewrite the statement as an Allow of the actions the principal needs. Keep NotAction for Deny statements, where it is the safe way to exempt a few actions from a fence.",
    types: IDENTITY_DOCUMENT_TYPES,
    check: (resource, report) => {
        forEachIdentityStatement(resource.type, resource.props, (statement, index, where) => {
            const notActions = statementNotActions(statement);
            if (statement.Effect === "Allow" && notActions.length > 0) {
                report(`${resource.name}.${where} ${statementLabel(index, statement.Sid)} allows every action except ${quoteList(notActions)}`);
            }
        });
    },
});

import { statementActions } from "../../components/documents";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { forEachIdentityStatement, IDENTITY_DOCUMENT_TYPES, statementLabel } from "./support/policyDocuments";
import { isServiceWideAction } from "../../components/documents";
import { quoteList } from "../framework/text";

/**
 * Identity policies should not `Allow` every action of a service (`s3:*`,
 * `iam:*`). A service-wide grant includes the destructive and the
 * privilege-changing actions (`s3:DeleteBucket`, `iam:CreateAccessKey`), and
 * every action AWS adds later. Advisory: sometimes a service really is the
 * principal's whole job. `*` on its own is the mandatory
 * `iam-no-admin-wildcard`'s concern; Deny statements are not checked.
 */
export const iamNoServiceWildcardActions = resourcePolicy({
    name: "iam-no-service-wildcard-actions",
    area: "iam",
    description: "Identity policies should not Allow every action of a service (\"s3:*\"); list the actions the principal needs.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Replace \"service:*\" with the actions the principal calls (CloudTrail or IAM Access Advisor shows them), or with narrower patterns such as \"s3:Get*\". The leastPrivilege builder checks them against the IAM catalog.",
    types: IDENTITY_DOCUMENT_TYPES,
    check: (resource, report) => {
        forEachIdentityStatement(resource.type, resource.props, (statement, index, where) => {
            const wide = statement.Effect === "Allow" ? statementActions(statement).filter(isServiceWideAction) : [];
            if (wide.length > 0) {
                report(`${resource.name}.${where} ${statementLabel(index, statement.Sid)} allows every action of a service: ${quoteList(wide)}`);
            }
        });
    },
});

import { statementPrincipals, type PolicyStatement } from "../../components/documents";
import { IAM_ROLE } from "../shared/iamTypes";
import { resourcePolicy } from "../framework/guardrailPolicy";
import { readDocuments, statementLabel, trustDocuments } from "./support/policyDocuments";
import { hasAnyCondition } from "../../components/documents";

function openPrincipal(statement: PolicyStatement): string | undefined {
    if (statement.NotPrincipal !== undefined) {
        return "NotPrincipal (everyone except the listed principals)";
    }
    if (statementPrincipals(statement).some((p) => p.trim() === "*")) {
        return "Principal \"*\" (any AWS account, any identity)";
    }
    return undefined;
}

/**
 * A role's trust policy must not let anyone assume it: `Principal` `"*"`,
 * `{"AWS": "*"}` (any AWS account in the world), or `Allow` with
 * `NotPrincipal`, unless a `Condition` narrows who (for example
 * `aws:PrincipalOrgID` or `sts:ExternalId`). Such a role is a standing
 * invitation: anyone with any AWS key can take its permissions.
 *
 * This policy also owns unreadable trust documents and reports them.
 */
export const iamTrustNoOpenPrincipal = resourcePolicy({
    name: "iam-trust-no-open-principal",
    area: "iam",
    description: "Role trust policies must not allow any principal (\"*\", {\"AWS\": \"*\"} or Allow with NotPrincipal) without a Condition that narrows who may assume the role.",
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps: "Name the trusted principals: a service (\"Service\": \"lambda.amazonaws.com\"), or role or account ARNs. If a wildcard is unavoidable, add a Condition such as aws:PrincipalOrgID, aws:PrincipalArn or sts:ExternalId. The ScopedServiceRole component refuses wildcard principals.",
    // CIS v7.0.0 2.21 ("resource policies do not allow 'Principal': '*'") covers resource-based
    // policies; a trust policy is the role's resource policy. v5.0.0 has no such control.
    cis: { v7: ["2.21"], v5: [] },
    types: [IAM_ROLE],
    check: (resource, report) => {
        for (const read of readDocuments(trustDocuments(resource.type, resource.props))) {
            if (!read.ok) {
                report(`${resource.name}.${read.where} cannot be read as a trust policy (${read.error}); fix it so that the pack can check who may assume the role`);
                continue;
            }
            read.doc.Statement.forEach((statement, index) => {
                const open = openPrincipal(statement);
                if (statement.Effect === "Allow" && open && !hasAnyCondition(statement)) {
                    report(`${resource.name}.${read.where} ${statementLabel(index, statement.Sid)} lets ${open} assume the role, with no Condition`);
                }
            });
        }
    },
});

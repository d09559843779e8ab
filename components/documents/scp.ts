import { GuardrailInputError } from "./errors";
import { POLICY_VERSION, type PolicyDocument } from "./policyDocument";
import { isValidSid } from "./sid";
import { assertWithinLimit } from "./sizeLimits";
import { validatePrincipalArnPattern } from "./validate/arns";
import { optionalStringList } from "./validate/list";

/**
 * Service control policies for an AWS Organization.
 *
 * The identity-policy builders `denyOutsideRegions` and `denyOutsideCidrs` are
 * already valid SCPs: they have no `Principal`, use only `Deny`, `Action` or
 * `NotAction`, `Resource: "*"` and global condition keys, all of which SCPs
 * support. {@link asScp} checks that for any document. `requireMfa` is NOT meant
 * as an SCP: its Allow statements rely on `${aws:username}` to grant, and SCPs
 * never grant.
 *
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html — SCPs support Effect, Action, NotAction, Resource and Condition, and do not support Principal or NotPrincipal
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html — SCPs do not grant permissions, and do not affect users or roles in the management account
 */

/** Options shared by the SCPs that may need a break-glass or pipeline principal. */
export interface ScpExemptionArgs {
    /**
     * IAM role or user ARN patterns the SCP does not apply to, such as
     * `arn:aws:iam::*:role/PulumiDeployer` (matched with `ArnNotLike
     * aws:PrincipalArn`). Default none.
     */
    exemptPrincipalArns?: readonly string[];
}

function exemptions(where: string, args: ScpExemptionArgs): { ArnNotLike: Record<string, string[]> } | undefined {
    const arns = optionalStringList(where, "exemptPrincipalArns", args.exemptPrincipalArns);
    arns.forEach((arn) => validatePrincipalArnPattern(`${where}:`, arn, ["role", "user"]));
    return arns.length > 0 ? { ArnNotLike: { "aws:PrincipalArn": arns } } : undefined;
}

/**
 * Checks that a document can be used as an SCP and returns a copy: no
 * `Principal` or `NotPrincipal` (SCPs apply to every principal of the account),
 * Sids of letters and digits only, at least one statement, and within the
 * 5,120-character SCP limit. `name` appears in the size error.
 */
export function asScp(doc: PolicyDocument, name = "scp"): PolicyDocument {
    if (doc.Statement.length === 0) {
        throw new GuardrailInputError(`asScp: "${name}" has no statements; AWS refuses an empty policy`);
    }
    doc.Statement.forEach((statement, index) => {
        const label = statement.Sid ? `"${statement.Sid}"` : `${index + 1}`;
        if (statement.Principal !== undefined || statement.NotPrincipal !== undefined) {
            throw new GuardrailInputError(
                `asScp: statement ${label} of "${name}" has a Principal; SCPs apply to every principal in the account and do not accept Principal or NotPrincipal`,
            );
        }
        if (statement.Sid !== undefined && !isValidSid(statement.Sid)) {
            throw new GuardrailInputError(`asScp: statement ${label} of "${name}" has an invalid Sid; use ASCII letters and digits only`);
        }
    });
    assertWithinLimit(doc, "scp", name);
    return structuredClone(doc);
}

/**
 * An SCP that stops member accounts from leaving the organization (and its SCPs).
 *
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html — AWS's example SCP that prevents member accounts from leaving denies organizations:LeaveOrganization
 */
export function scpDenyLeavingOrganization(): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [
            { Sid: "DenyLeavingOrganization", Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" },
        ],
    };
}

/**
 * The CloudTrail actions {@link scpDenyCloudTrailTampering} denies, and why:
 * - `StopLogging`, `DeleteTrail`: end the record outright;
 * - `UpdateTrail`: can silently point the trail at another bucket, make it
 *   single-region, drop global service events or switch off log file validation;
 * - `PutEventSelectors`: can exclude management events, so API calls vanish;
 * - `PutInsightSelectors`: can switch off CloudTrail Insights, hiding bursts of
 *   unusual API activity, the signature of a leaked key being abused.
 * CreateTrail, StartLogging and tagging stay allowed: they only add visibility.
 * CloudTrail Lake event data stores are not covered; the baseline uses a trail.
 */
export const CLOUDTRAIL_TAMPERING_ACTIONS: readonly string[] = Object.freeze([
    "cloudtrail:DeleteTrail",
    "cloudtrail:PutEventSelectors",
    "cloudtrail:PutInsightSelectors",
    "cloudtrail:StopLogging",
    "cloudtrail:UpdateTrail",
]);

/**
 * An SCP that denies stopping, deleting or weakening CloudTrail trails (see
 * {@link CLOUDTRAIL_TAMPERING_ACTIONS}). Pass `exemptPrincipalArns` for the role
 * that deploys the trail, or nobody (including that pipeline) can update it.
 */
export function scpDenyCloudTrailTampering(args: ScpExemptionArgs = {}): PolicyDocument {
    const condition = exemptions("scpDenyCloudTrailTampering", args);
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "DenyCloudTrailTampering",
                Effect: "Deny",
                Action: [...CLOUDTRAIL_TAMPERING_ACTIONS],
                Resource: "*",
                ...(condition ? { Condition: condition } : {}),
            },
        ],
    };
}

/**
 * An SCP that denies every action to the root user of member accounts
 * (`StringLike aws:PrincipalArn arn:aws:iam::*:root`). SCPs never apply to the
 * management account, so its root user is unaffected.
 *
 * @awsfact https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html — AWS's example SCP blocks the root user of member accounts with StringLike aws:PrincipalArn arn:aws:iam::*:root
 */
export function scpDenyRootUser(): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "DenyRootUser",
                Effect: "Deny",
                Action: "*",
                Resource: "*",
                Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:root" } },
            },
        ],
    };
}

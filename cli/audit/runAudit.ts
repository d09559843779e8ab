import type { AuthorizationDetails } from "./authorizationDetails";
import { credentialFindings, type AuditLimits, type FindingDraft, type NotExamined } from "./credentialChecks";
import type { CredentialReportUser } from "./credentialReportColumns";
import { FINDING_DEFINITIONS, SEVERITIES, cisIdsOf, findingDefinition, type CisIds, type FindingId, type Severity } from "./findingCatalog";
import { adminFindings, fenceFindings } from "./permissionChecks";
import { userPolicies } from "./userPolicies";

/**
 * Judges an account's users: the credential report for every row, and, when
 * authorization details are given, each user's permissions. Pure: no files,
 * no network, no clock (the day to judge as of is an input).
 */

/** What the audit reads. */
export interface AuditInput {
    /** The credential report's rows. */
    users: CredentialReportUser[];
    /** The authorization details, when given. */
    details?: AuthorizationDetails;
    /** Where the credential report came from (a file path, or the API), for reports. */
    credentialReportSource: string;
    /** Where the authorization details came from, when given. */
    authorizationDetailsSource?: string;
}

/** How to judge. */
export interface AuditOptions extends AuditLimits {
    /** An organization SCP fences every principal: `key-user-unfenced` is not checked. */
    organizationFence: boolean;
    /** `--allow-incomplete`: an incomplete audit exits 0 instead of 3 (its verdict stays incomplete). */
    allowIncomplete?: boolean;
}

/** One finding. */
export interface AuditFinding {
    /** The finding id. */
    id: FindingId;
    /** The user name (`<root_account>` for the root user). */
    user: string;
    /** The user's ARN. */
    arn: string;
    /** The key slot, or null when the finding is about the user. */
    key: 1 | 2 | null;
    /** Its severity. */
    severity: Severity;
    /** What was found. */
    message: string;
    /** CIS AWS Foundations ids. */
    cis: CisIds;
    /** What to do. */
    remediation: string;
    /** The credential report line of the user's row, when known. */
    line?: number;
}

/** Checks that did not run, and why. */
export interface NotChecked {
    /** The finding ids not checked. */
    findings: FindingId[];
    /** Why. */
    reason: string;
}

/** The audit's outcome. */
export interface AuditResult {
    /** Findings, in report order, worst first within a user. */
    findings: AuditFinding[];
    /** Things that should have been judged but could not be: they make the audit incomplete. */
    notExamined: NotExamined[];
    /** Checks not run by choice (no authorization details, or --organization-fence). */
    notChecked: NotChecked[];
    /** Rows of the credential report, the root user included. */
    users: number;
    /** Active access keys of IAM users (the root user's excluded). */
    activeKeys: number;
    /** The options judged with. */
    options: AuditOptions;
    /** Where the inputs came from. */
    sources: { credentialReport: string; authorizationDetails?: string };
}

function rank(severity: Severity): number {
    return SEVERITIES.indexOf(severity);
}

/** Adds the catalog's severity, CIS ids and remediation to a user's drafts, worst first. */
function decorate(drafts: FindingDraft[], user: string, arn: string, line: number | undefined): AuditFinding[] {
    const decorated = drafts.map((draft): AuditFinding => {
        const definition = findingDefinition(draft.id);
        return {
            id: draft.id, user, arn, key: draft.key, severity: definition.severity,
            message: draft.message, cis: cisIdsOf(definition), remediation: definition.remediation, line,
        };
    });
    return decorated.sort((a, b) => rank(a.severity) - rank(b.severity) || a.id.localeCompare(b.id) || (a.key ?? 0) - (b.key ?? 0));
}

/** Users the authorization details have and the credential report lacks: only admin-user can be judged for them. */
function detailsOnlyFindings(input: AuditInput, notExamined: NotExamined[]): AuditFinding[] {
    const details = input.details;
    if (details === undefined) {
        return [];
    }
    const reported = new Set(input.users.map((u) => u.user));
    const findings: AuditFinding[] = [];
    for (const user of details.users.values()) {
        if (!reported.has(user.name)) {
            notExamined.push(`user "${user.name}" is in the authorization details but not in the credential report (created after the report?); its credentials could not be judged`);
            findings.push(...decorate(adminFindings(user.name, userPolicies(user, details), notExamined), user.name, user.arn, undefined));
        }
    }
    return findings;
}

function permissionDrafts(user: CredentialReportUser, input: AuditInput, options: AuditOptions, notExamined: NotExamined[]): FindingDraft[] {
    const details = input.details;
    if (details === undefined || user.isRoot) {
        return [];
    }
    const authorizationUser = details.users.get(user.user);
    if (authorizationUser === undefined) {
        notExamined.push(`user "${user.user}" is in the credential report but not in the authorization details (were they taken at different times, or filtered?); admin-user and key-user-unfenced could not be judged for it`);
        return [];
    }
    const policies = userPolicies(authorizationUser, details);
    const active = user.keys.filter((k) => k.active).map((k) => k.slot);
    return [
        ...adminFindings(user.user, policies, notExamined),
        ...(options.organizationFence ? [] : fenceFindings(user.user, active, policies, notExamined)),
    ];
}

function notCheckedOf(input: AuditInput, options: AuditOptions): NotChecked[] {
    const needDetails = FINDING_DEFINITIONS.filter((d) => d.needsAuthorizationDetails).map((d) => d.id);
    if (input.details === undefined) {
        return [{ findings: needDetails, reason: "they need --authorization-details (the output of aws iam get-account-authorization-details) or --live" }];
    }
    return options.organizationFence ? [{ findings: ["key-user-unfenced"], reason: "--organization-fence says an organization SCP fences every principal of the account" }] : [];
}

/** Runs every check and returns the findings, what could not be examined, and what was not checked. */
export function runAudit(input: AuditInput, options: AuditOptions): AuditResult {
    const findings: AuditFinding[] = [];
    const notExamined: NotExamined[] = [];
    if (!input.users.some((u) => u.isRoot)) {
        notExamined.push("the credential report has no <root_account> row, so root-access-key and root-no-mfa could not be judged");
    }
    for (const user of input.users) {
        const drafts = [...credentialFindings(user, options, notExamined), ...permissionDrafts(user, input, options, notExamined)];
        findings.push(...decorate(drafts, user.user, user.arn, user.line));
    }
    findings.push(...detailsOnlyFindings(input, notExamined));
    return {
        findings,
        notExamined,
        notChecked: notCheckedOf(input, options),
        users: input.users.length,
        activeKeys: input.users.filter((u) => !u.isRoot).reduce((sum, u) => sum + u.keys.filter((k) => k.active).length, 0),
        options,
        sources: { credentialReport: input.credentialReportSource, authorizationDetails: input.authorizationDetailsSource },
    };
}

/** Finding counts by severity. */
export function countBySeverity(findings: readonly AuditFinding[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const finding of findings) {
        counts[finding.severity]++;
    }
    return counts;
}

/**
 * The verdict and exit code: 1 when anything high or critical was found, 3
 * when not everything could be examined (0 with `allowIncomplete`, as
 * `check --allow-incomplete`), else 0.
 */
export function verdictOf(result: AuditResult): { verdict: "failed" | "incomplete" | "passed"; exitCode: 0 | 1 | 3 } {
    const counts = countBySeverity(result.findings);
    if (counts.critical + counts.high > 0) {
        return { verdict: "failed", exitCode: 1 };
    }
    if (result.notExamined.length > 0) {
        return { verdict: "incomplete", exitCode: result.options.allowIncomplete === true ? 0 : 3 };
    }
    return { verdict: "passed", exitCode: 0 };
}

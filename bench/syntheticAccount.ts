import { credentialReportCsv, rootRow, type ReportRow } from "../test/support/credentialReportBuilder";

/**
 * A synthetic account for the audit benchmark: `users` IAM users with a mix
 * of what real accounts hold (console users with and without MFA, service
 * users with one or two keys of every age, unused and never-used keys), and
 * authorization details where users sit in groups with inline and managed
 * policies, some fenced, some admin. Deterministic: the same count gives the
 * same files.
 */

const NOW = Date.UTC(2024, 5, 1);

function daysAgo(days: number): string {
    return new Date(NOW - days * 86_400_000).toISOString().replace(".000Z", "+00:00");
}

function key(slot: 1 | 2, rotated: number, used: number | undefined): ReportRow {
    return {
        [`access_key_${slot}_active`]: "true",
        [`access_key_${slot}_last_rotated`]: daysAgo(rotated),
        [`access_key_${slot}_last_used_date`]: used === undefined ? "N/A" : daysAgo(used),
        [`access_key_${slot}_last_used_region`]: used === undefined ? "N/A" : "eu-west-1",
        [`access_key_${slot}_last_used_service`]: used === undefined ? "N/A" : "s3",
    };
}

function userRow(i: number): ReportRow {
    const user = `user-${String(i).padStart(5, "0")}`;
    if (i % 3 === 0) {
        return { user, password_enabled: "true", mfa_active: i % 2 === 0 ? "true" : "false", password_last_used: i % 5 === 0 ? "no_information" : daysAgo(i % 90), password_last_changed: daysAgo(200) };
    }
    const first = key(1, (i * 7) % 400, i % 4 === 0 ? undefined : (i * 3) % 120);
    return i % 5 === 0 ? { user, ...first, ...key(2, i % 60, i % 30) } : { user, ...first };
}

/** The credential report CSV of `users` users plus the root user, as of 2024-06-01. */
export function syntheticCredentialReport(users: number): string {
    return credentialReportCsv([rootRow(), ...Array.from({ length: users }, (_, i) => userRow(i))]);
}

const IP_FENCE = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Deny", Action: "*", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["198.51.100.0/24"] }, Bool: { "aws:ViaAWSService": "false" } } }],
};

function groupPolicy(g: number): unknown {
    const actions = Array.from({ length: 20 }, (_, a) => `s3:Get${["Object", "Bucket", "ObjectTagging", "ObjectAcl"][a % 4]}${a}`);
    return { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: `arn:aws:s3:::bucket-${g}/*` }] };
}

/** `aws iam get-account-authorization-details` output for the same users (the API's URL-encoded form). */
export function syntheticAuthorizationDetails(users: number): string {
    const groups = 20;
    const encode = (doc: unknown) => encodeURIComponent(JSON.stringify(doc));
    const policyArn = (g: number) => `arn:aws:iam::123456789012:policy/team-${g}`;
    return JSON.stringify({
        UserDetailList: Array.from({ length: users }, (_, i) => ({
            UserName: `user-${String(i).padStart(5, "0")}`,
            Arn: `arn:aws:iam::123456789012:user/user-${String(i).padStart(5, "0")}`,
            GroupList: [`team-${i % groups}`, ...(i % 2 === 0 ? ["ip-fence"] : [])],
            UserPolicyList: i % 50 === 0 ? [{ PolicyName: "legacy", PolicyDocument: encode({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }) }] : [],
            AttachedManagedPolicies: [],
        })),
        GroupDetailList: [
            { GroupName: "ip-fence", GroupPolicyList: [{ PolicyName: "deny-outside", PolicyDocument: encode(IP_FENCE) }], AttachedManagedPolicies: [] },
            ...Array.from({ length: groups }, (_, g) => ({
                GroupName: `team-${g}`,
                GroupPolicyList: [{ PolicyName: "inline", PolicyDocument: encode(groupPolicy(g)) }],
                AttachedManagedPolicies: [{ PolicyName: `team-${g}`, PolicyArn: policyArn(g) }],
            })),
        ],
        Policies: Array.from({ length: groups }, (_, g) => ({
            PolicyName: `team-${g}`, Arn: policyArn(g), DefaultVersionId: "v2",
            PolicyVersionList: [
                { VersionId: "v2", IsDefaultVersion: true, Document: encode(groupPolicy(g + 100)) },
                { VersionId: "v1", IsDefaultVersion: false, Document: encode(groupPolicy(g + 200)) },
            ],
        })),
        IsTruncated: false,
    });
}

import assert from "node:assert/strict";
import { readAuthorizationDetails } from "../../cli/audit/authorizationDetails";
import { parseCredentialReport } from "../../cli/audit/credentialReport";
import { parseDay } from "../../cli/audit/dates";
import { runAudit, verdictOf, type AuditOptions, type AuditResult } from "../../cli/audit/runAudit";
import { denyOutsideCidrs, denyOutsideRegions, fenceKindsOf, parsePolicyDocument, requireMfa } from "../../components/documents";
import { credentialReportCsv, rootRow } from "../support/credentialReportBuilder";

const OPTIONS: AuditOptions = { now: parseDay("2024-06-01")!, maxKeyAgeDays: 90, unusedDays: 45, organizationFence: false };
const RECENT = "2024-05-30T00:00:00+00:00";
const ADMIN = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
const S3_READ = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] };

interface UserSpec {
    inline?: unknown[];
    attached?: string[];
    groups?: string[];
    boundary?: string;
}

/** Authorization details JSON for users named by the keys of `users`, every one with one recent active key. */
function account(users: Record<string, UserSpec>, groups: Record<string, { inline?: unknown[]; attached?: string[] }> = {}, policies: Record<string, unknown> = {}) {
    const attached = (arns: string[] = []) => arns.map((arn) => ({ PolicyName: arn.split("/").pop(), PolicyArn: arn }));
    const inline = (docs: unknown[] = []) => docs.map((doc, i) => ({ PolicyName: `p${i}`, PolicyDocument: doc }));
    const json = {
        UserDetailList: Object.entries(users).map(([name, spec]) => ({
            UserName: name, Arn: `arn:aws:iam::123456789012:user/${name}`, GroupList: spec.groups ?? [],
            UserPolicyList: inline(spec.inline), AttachedManagedPolicies: attached(spec.attached),
            ...(spec.boundary ? { PermissionsBoundary: { PermissionsBoundaryType: "Policy", PermissionsBoundaryArn: spec.boundary } } : {}),
        })),
        GroupDetailList: Object.entries(groups).map(([name, spec]) => ({ GroupName: name, GroupPolicyList: inline(spec.inline), AttachedManagedPolicies: attached(spec.attached) })),
        Policies: Object.entries(policies).map(([arn, doc]) => ({
            Arn: arn, PolicyName: arn.split("/").pop(), DefaultVersionId: "v1", PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: doc }],
        })),
    };
    const rows = Object.keys(users).map((user) => ({ user, access_key_1_active: "true", access_key_1_last_rotated: RECENT, access_key_1_last_used_date: RECENT }));
    return { users: parseCredentialReport(credentialReportCsv([rootRow(), ...rows]), "r.csv"), details: readAuthorizationDetails(json, "d.json") };
}

function audit(input: ReturnType<typeof account>, options: Partial<AuditOptions> = {}): AuditResult {
    return runAudit({ ...input, credentialReportSource: "r.csv" }, { ...OPTIONS, ...options });
}

const found = (result: AuditResult) => result.findings.map((f) => `${f.user} ${f.id}`);

describe("audit permission findings", () => {
    it("recognizes fences as the policy pack does: an IP or region fence or a boundary fences a key, an MFA fence alone does not", () => {
        const ipFence = denyOutsideCidrs({ cidrs: ["198.51.100.0/24"] });
        const regionFence = denyOutsideRegions({ regions: ["eu-west-1"] });
        const result = audit(account(
            {
                "in-ip-group": { groups: ["ip"] }, "region-inline": { inline: [regionFence] }, "bounded": { boundary: "arn:aws:iam::123456789012:policy/b" },
                "mfa-only": { groups: ["mfa"] }, "bare": { inline: [S3_READ] },
                "managed-fence": { attached: ["arn:aws:iam::123456789012:policy/fence"] },
            },
            { ip: { inline: [ipFence] }, mfa: { inline: [requireMfa()] } },
            { "arn:aws:iam::123456789012:policy/fence": ipFence, "arn:aws:iam::123456789012:policy/b": S3_READ },
        ));
        assert.deepEqual(found(result), ["mfa-only key-user-unfenced", "bare key-user-unfenced"]);
        assert.deepEqual(result.notExamined, []);
        assert.match(result.findings[0].message, /^Access key 1 is active, but the user is in no IP- or region-fenced group, has no such policy and no permissions boundary/);
        assert.equal(result.findings[0].key, 1);
        assert.equal(result.findings[0].severity, "critical");
    });

    it("does not count a boundary that allows * on *, nor a fence open to every address; a boundary it cannot read is not examined", () => {
        const result = audit(account(
            {
                "admin-boundary": { boundary: "arn:aws:iam::aws:policy/AdministratorAccess" },
                "wide-boundary": { boundary: "arn:aws:iam::123456789012:policy/wide" },
                "tight-boundary": { boundary: "arn:aws:iam::123456789012:policy/tight" },
                "unknown-boundary": { boundary: "arn:aws:iam::123456789012:policy/not-in-file" },
                "open-ip": { inline: [{ Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "*", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/1"] } } }] }] },
            },
            {},
            { "arn:aws:iam::123456789012:policy/wide": ADMIN, "arn:aws:iam::123456789012:policy/tight": S3_READ },
        ));
        assert.deepEqual(found(result).filter((f) => f.endsWith("key-user-unfenced")).sort(), [
            "admin-boundary key-user-unfenced", "open-ip key-user-unfenced", "wide-boundary key-user-unfenced",
        ]);
        const admin = result.findings.find((f) => f.user === "admin-boundary" && f.id === "key-user-unfenced");
        assert.match(admin?.message ?? "", /its permissions boundary arn:aws:iam::aws:policy\/AdministratorAccess allows every action on every resource/);
        assert.deepEqual(result.notExamined, [
            'key-user-unfenced for user "unknown-boundary": no fence among the documents read, and these could not be examined: ' +
                "permissions boundary arn:aws:iam::123456789012:policy/not-in-file: the file's Policies list does not contain it, so what it bounds is unknown",
        ]);
        assert.equal(verdictOf(result).exitCode, 1);
    });

    it("fences exactly when the shared fenceKindsOf finds an IP or region fence (one module, not a copy)", () => {
        const narrowDeny = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "ec2:RunInstances", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": "198.51.100.0/24" } } }] };
        const documents = [denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] }), denyOutsideRegions({ regions: ["us-east-1"] }), requireMfa(), narrowDeny, S3_READ, ADMIN];
        const users = Object.fromEntries(documents.map((doc, i) => [`u${i}`, { inline: [doc] }]));
        const unfenced = new Set(audit(account(users)).findings.filter((f) => f.id === "key-user-unfenced").map((f) => f.user));
        documents.forEach((doc, i) => {
            const parsed = parsePolicyDocument(doc);
            assert.ok(parsed.ok);
            const fenced = fenceKindsOf(parsed.doc).some((kind) => kind === "ip" || kind === "region");
            assert.equal(!unfenced.has(`u${i}`), fenced, `u${i}`);
        });
    });

    it("finds * on * by every path: inline, attached, through a group's inline or attached policy", () => {
        const star = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*:*", Resource: "arn:aws:*:*:*:*", Condition: { Bool: { "aws:SecureTransport": "true" } } }] };
        const notResource = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::secret/*" }] };
        const result = audit(account(
            {
                inline: { inline: [star], boundary: "arn:aws:iam::123456789012:policy/b" }, attached: { attached: ["arn:aws:iam::123456789012:policy/all"] },
                "group-inline": { groups: ["g1"] }, "group-attached": { groups: ["g2"] }, "deny-star": { inline: [{ Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "*", Resource: "*" }] }] },
            },
            { g1: { inline: [notResource] }, g2: { attached: ["arn:aws:iam::aws:policy/AdministratorAccess"] } },
            { "arn:aws:iam::123456789012:policy/all": ADMIN },
        ), { organizationFence: true });
        assert.deepEqual(found(result), ["inline admin-user", "attached admin-user", "group-inline admin-user", "group-attached admin-user"]);
        assert.equal(
            result.findings[0].message,
            'The user is allowed every action on every resource through inline policy "p0" (statement 1); the permissions boundary arn:aws:iam::123456789012:policy/b limits what it can use, but the grant is still attached',
        );
        assert.match(result.findings[3].message, /through managed policy arn:aws:iam::aws:policy\/AdministratorAccess via group "g2" \(statement 1\)$/);
        assert.deepEqual(result.findings[0].cis, { v7: ["2.14"], v5: ["1.15"] });
    });

    it("does not say a boundary that allows * on * limits an admin grant", () => {
        const result = audit(account({ open: { inline: [ADMIN], boundary: "arn:aws:iam::aws:policy/AdministratorAccess" } }), { organizationFence: true });
        assert.equal(result.findings[0].message, 'The user is allowed every action on every resource through inline policy "p0" (statement 1)');
    });

    it("never passes what it could not read: an absent policy makes the user not examined and the audit incomplete", () => {
        const result = audit(account({ partial: { groups: ["ghost"], attached: ["arn:aws:iam::aws:policy/ReadOnlyAccess"] } }));
        assert.deepEqual(result.findings, []);
        assert.equal(result.notExamined.length, 2);
        assert.match(result.notExamined[0], /^admin-user for user "partial": managed policy arn:aws:iam::aws:policy\/ReadOnlyAccess: it is an AWS managed policy and the file does not contain its document \(was the output filtered\?\); group "ghost": the file's GroupDetailList does not describe it$/);
        assert.match(result.notExamined[1], /^key-user-unfenced for user "partial": no fence among the documents read, and these could not be examined/);
        assert.deepEqual(verdictOf(result), { verdict: "incomplete", exitCode: 3 });
    });

    it("still reports an admin grant it found next to a document it could not read", () => {
        const result = audit(account({ mixed: { inline: [ADMIN, "{broken"] } }), { organizationFence: true });
        assert.deepEqual(found(result), ["mixed admin-user"]);
        assert.deepEqual(result.notExamined, []);
    });

    it("says which users are in one input but not the other, and still judges admin-user for one the report lacks", () => {
        const input = account({ both: { inline: [S3_READ] }, "details-only": { inline: [ADMIN] } });
        input.users = input.users.filter((u) => u.user !== "details-only");
        input.users.push(...parseCredentialReport(credentialReportCsv([{ user: "report-only" }]), "r.csv"));
        const result = audit(input, { organizationFence: true });
        assert.deepEqual(result.notExamined, [
            'user "report-only" is in the credential report but not in the authorization details (were they taken at different times, or filtered?); admin-user and key-user-unfenced could not be judged for it',
            'user "details-only" is in the authorization details but not in the credential report (created after the report?); its credentials could not be judged',
        ]);
        assert.deepEqual(found(result), ["details-only admin-user"]);
        assert.equal(result.findings[0].arn, "arn:aws:iam::123456789012:user/details-only");
        assert.equal(result.findings[0].line, undefined);
    });

    it("with --organization-fence does not check key-user-unfenced and says so", () => {
        const result = audit(account({ bare: { inline: [S3_READ] } }), { organizationFence: true });
        assert.deepEqual(result.findings, []);
        assert.deepEqual(result.notChecked, [{ findings: ["key-user-unfenced"], reason: "--organization-fence says an organization SCP fences every principal of the account" }]);
        assert.deepEqual(verdictOf(result), { verdict: "passed", exitCode: 0 });
    });

    it("does not judge the fence of a user without an active key", () => {
        const input = account({ idle: { inline: [S3_READ] } });
        input.users[1].keys[0].active = false;
        assert.deepEqual(audit(input).findings, []);
    });
});

import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { parseAuthorizationDetails } from "../../cli/audit/authorizationDetails";
import { parseCredentialReport } from "../../cli/audit/credentialReport";
import { parseDay } from "../../cli/audit/dates";
import { runAudit, verdictOf, type AuditOptions, type AuditResult } from "../../cli/audit/runAudit";
import { credentialReportCsv, rootRow, type ReportRow } from "../support/credentialReportBuilder";

const DIR = path.join(__dirname, "..", "fixtures", "audit");
const NOW = parseDay("2024-06-01")!;
const OPTIONS: AuditOptions = { now: NOW, maxKeyAgeDays: 90, unusedDays: 45, organizationFence: false };

/** An ISO timestamp `days` days before 2024-06-01. */
function daysAgo(days: number): string {
    return new Date(NOW.getTime() - days * 86_400_000).toISOString().replace(".000Z", "+00:00");
}

function audit(rows: ReportRow[], options: Partial<AuditOptions> = {}): AuditResult {
    const users = parseCredentialReport(credentialReportCsv([rootRow(), ...rows]), "r.csv");
    return runAudit({ users, credentialReportSource: "r.csv" }, { ...OPTIONS, ...options });
}

const found = (result: AuditResult) => result.findings.map((f) => `${f.user} ${f.id}${f.key ? ` ${f.key}` : ""}`);

function activeKey(slot: 1 | 2, rotated: number, used?: number): ReportRow {
    return {
        [`access_key_${slot}_active`]: "true",
        [`access_key_${slot}_last_rotated`]: daysAgo(rotated),
        [`access_key_${slot}_last_used_date`]: used === undefined ? "N/A" : daysAgo(used),
    };
}

describe("audit credential report findings", () => {
    it("finds everything in the sample account as of 2024-06-01, worst first within each user", () => {
        const users = parseCredentialReport(fs.readFileSync(path.join(DIR, "credential-report.csv"), "utf8"), "report.csv");
        const details = parseAuthorizationDetails(fs.readFileSync(path.join(DIR, "authorization-details.json"), "utf8"), "details.json");
        const result = runAudit({ users, details, credentialReportSource: "report.csv" }, OPTIONS);
        assert.deepEqual(found(result), [
            "<root_account> root-access-key 1", "<root_account> root-no-mfa",
            "alice admin-user",
            "bob console-user-no-mfa", "bob password-unused",
            "ci-deployer key-user-unfenced 1", "ci-deployer key-too-old 1",
            "contractor-jane key-too-old 1", "contractor-jane key-unused 1", "contractor-jane two-active-keys",
            "old-bot admin-user", "old-bot key-user-unfenced 1", "old-bot key-never-used 1", "old-bot key-too-old 1",
        ]);
        assert.deepEqual(result.notExamined, []);
        assert.deepEqual(result.notChecked, []);
        assert.equal(result.activeKeys, 6);
        assert.deepEqual(verdictOf(result), { verdict: "failed", exitCode: 1 });
        const tooOld = result.findings.find((f) => f.id === "key-too-old")!;
        assert.equal(tooOld.message, "Access key 1 was last rotated on 2021-03-01, 1,188 days ago (limit 90)");
        assert.deepEqual(tooOld.cis, { v7: ["2.12"], v5: ["1.13"] });
        assert.equal(tooOld.arn, "arn:aws:iam::123456789012:user/ci/ci-deployer");
        assert.equal(tooOld.line, 5);
    });

    it("a key is too old after more than --max-key-age-days days since its last rotation", () => {
        assert.deepEqual(found(audit([{ user: "a", ...activeKey(1, 90, 1) }, { user: "b", ...activeKey(2, 91, 1) }])), ["b key-too-old 2"]);
        assert.deepEqual(found(audit([{ user: "b", ...activeKey(2, 91, 1) }], { maxKeyAgeDays: 120 })), []);
    });

    it("a key is unused when last used --unused-days days ago or more; never used counts from its creation", () => {
        const rows = [
            { user: "used-44", ...activeKey(1, 60, 44) }, { user: "used-45", ...activeKey(1, 60, 45) },
            { user: "new-44", ...activeKey(1, 44) }, { user: "new-45", ...activeKey(1, 45) },
        ];
        assert.deepEqual(found(audit(rows)), ["used-45 key-unused 1", "new-45 key-never-used 1"]);
        assert.deepEqual(found(audit(rows, { unusedDays: 90 })), []);
        const message = audit([{ user: "u", ...activeKey(1, 60, 50), access_key_1_last_used_service: "s3" }]).findings[0].message;
        assert.equal(message, "Access key 1 was last used with s3 on 2024-04-12, 50 days ago (limit 45)");
    });

    it("counts calendar days, whatever the time of day AWS wrote: 91 days after 2024-03-02T18:00 is 2024-06-01", () => {
        const at = (day: string, time: string) => `${day}T${time}+00:00`;
        const rows: ReportRow[] = [
            { user: "rotated-91", access_key_1_active: "true", access_key_1_last_rotated: at("2024-03-02", "18:00:00"), access_key_1_last_used_date: at("2024-05-31", "23:59:59") },
            { user: "rotated-90", access_key_1_active: "true", access_key_1_last_rotated: at("2024-03-03", "00:00:01"), access_key_1_last_used_date: at("2024-05-31", "23:59:59") },
            { user: "used-45", access_key_1_active: "true", access_key_1_last_rotated: at("2024-03-03", "09:00:00"), access_key_1_last_used_date: at("2024-04-17", "23:10:00") },
            { user: "used-44", access_key_1_active: "true", access_key_1_last_rotated: at("2024-03-03", "09:00:00"), access_key_1_last_used_date: at("2024-04-18", "00:10:00") },
            { user: "new-45", access_key_1_active: "true", access_key_1_last_rotated: at("2024-04-17", "22:00:00") },
            { user: "password-45", password_enabled: "true", mfa_active: "true", password_last_used: at("2024-04-17", "12:00:00") },
        ];
        const result = audit(rows);
        assert.deepEqual(found(result), ["rotated-91 key-too-old 1", "used-45 key-unused 1", "new-45 key-never-used 1", "password-45 password-unused"]);
        assert.equal(result.findings[0].message, "Access key 1 was last rotated on 2024-03-02, 91 days ago (limit 90)");
        assert.equal(result.findings[1].message, "Access key 1 was last used on 2024-04-17, 45 days ago (limit 45)");
    });

    it("does not judge inactive keys", () => {
        const inactive = { user: "gone", ...activeKey(1, 900, 800), access_key_1_active: "false", ...activeKey(2, 700), access_key_2_active: "false" };
        assert.deepEqual(found(audit([inactive])), []);
    });

    it("flags two active keys once per user", () => {
        assert.deepEqual(found(audit([{ user: "two", ...activeKey(1, 30, 1), ...activeKey(2, 10, 1) }])), ["two two-active-keys"]);
    });

    it("flags console users without MFA, and passwords unused for --unused-days, counting a never-used one from when it was set", () => {
        const rows: ReportRow[] = [
            { user: "no-mfa", password_enabled: "true", password_last_used: daysAgo(1), password_last_changed: daysAgo(100) },
            { user: "stale", password_enabled: "true", mfa_active: "true", password_last_used: daysAgo(45) },
            { user: "never-new", password_enabled: "true", mfa_active: "true", password_last_used: "no_information", password_last_changed: daysAgo(44), user_creation_time: daysAgo(400) },
            { user: "never-old", password_enabled: "true", mfa_active: "true", password_last_used: "no_information", password_last_changed: daysAgo(45) },
            { user: "no-password", password_enabled: "false", password_last_used: "N/A" },
        ];
        const result = audit(rows);
        assert.deepEqual(found(result), ["no-mfa console-user-no-mfa", "stale password-unused", "never-old password-unused"]);
        assert.equal(result.findings[2].message, "The console password has never been used; it was set on 2024-04-17, 45 days ago (limit 45)");
    });

    it("judges the root user by its own findings: an active root key and missing MFA are critical, its keys' age is not judged", () => {
        const users = parseCredentialReport(credentialReportCsv([rootRow({ mfa_active: "false", ...activeKey(2, 2000) })]), "r.csv");
        const result = runAudit({ users, credentialReportSource: "r.csv" }, OPTIONS);
        assert.deepEqual(found(result), ["<root_account> root-access-key 2", "<root_account> root-no-mfa"]);
        assert.deepEqual(result.findings.map((f) => f.severity), ["critical", "critical"]);
        assert.equal(result.findings[0].message, "The root user has an active access key (key 2, never used)");
        assert.equal(result.activeKeys, 0);
    });

    it("judges as of --now: dates after it are not old", () => {
        assert.deepEqual(found(audit([{ user: "a", ...activeKey(1, 300, 300) }], { now: parseDay("2023-01-01")! })), []);
    });

    it("is incomplete, not passed, when the root row is missing or a key's age is unknown", () => {
        const noRoot = runAudit({ users: parseCredentialReport(credentialReportCsv([{ user: "a" }]), "r.csv"), credentialReportSource: "r.csv" }, OPTIONS);
        assert.match(noRoot.notExamined[0], /no <root_account> row, so root-access-key and root-no-mfa could not be judged/);
        assert.deepEqual(verdictOf(noRoot), { verdict: "incomplete", exitCode: 3 });
        const unknownAge = audit([{ user: "odd", access_key_1_active: "true", access_key_1_last_rotated: "N/A" }]);
        assert.deepEqual(unknownAge.notExamined, ['user "odd": access key 1 is active but its last_rotated is N/A, so its age is unknown']);
        assert.equal(verdictOf(unknownAge).exitCode, 3);
    });

    it("passes with exit 0 when only medium and low findings exist, and says which checks did not run", () => {
        const result = audit([{ user: "a", ...activeKey(1, 200, 1) }]);
        assert.deepEqual(verdictOf(result), { verdict: "passed", exitCode: 0 });
        assert.deepEqual(result.notChecked, [{ findings: ["admin-user", "key-user-unfenced"], reason: "they need --authorization-details (the output of aws iam get-account-authorization-details) or --live" }]);
    });
});

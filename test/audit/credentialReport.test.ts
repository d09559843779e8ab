import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { parseCredentialReport } from "../../cli/audit/credentialReport";
import { CREDENTIAL_REPORT_COLUMNS } from "../../cli/audit/credentialReportColumns";
import { AuditInputError } from "../../cli/audit/errors";
import { credentialReportCsv, rootRow } from "../support/credentialReportBuilder";

const FIXTURE = path.join(__dirname, "..", "fixtures", "audit", "credential-report.csv");
const fixtureText = fs.readFileSync(FIXTURE, "utf8");

function problemOf(text: string): string {
    try {
        parseCredentialReport(text, "report.csv");
    } catch (error) {
        assert.ok(error instanceof AuditInputError, String(error));
        assert.equal(error.source, "report.csv");
        return error.problem;
    }
    return assert.fail("expected an AuditInputError");
}

describe("audit credential report reader", () => {
    it("reads every documented column of every row, the root user's included", () => {
        const users = parseCredentialReport(fixtureText, FIXTURE);
        assert.equal(users.length, 9);
        const [root, alice, bob] = users;
        assert.equal(root.isRoot, true);
        assert.equal(root.passwordEnabled, "not_supported");
        assert.equal(root.passwordLastChanged, "not_supported");
        assert.equal(root.mfaActive, false);
        assert.deepEqual(root.keys[0], {
            slot: 1, active: true, lastRotated: new Date("2019-02-11T09:30:00Z"), lastUsed: new Date("2024-05-20T11:02:00Z"),
            lastUsedRegion: "us-east-1", lastUsedService: "iam",
        });
        assert.deepEqual(root.keys[1], { slot: 2, active: false, lastRotated: "N/A", lastUsed: "N/A", lastUsedRegion: "N/A", lastUsedService: "N/A" });
        assert.equal(alice.passwordEnabled, true);
        assert.deepEqual(alice.passwordLastUsed, new Date("2024-05-30T07:45:12Z"));
        assert.equal(bob.passwordLastUsed, "no_information");
        assert.equal(users[8].certificates[0].active, true);
        assert.deepEqual(users[8].certificates[0].lastRotated, new Date("2022-02-02T08:10:00Z"));
        assert.deepEqual(users.map((u) => u.line), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it("reads the same rows from a file with a byte order mark and CRLF line ends", () => {
        const windows = `\uFEFF${fixtureText.replace(/\n/g, "\r\n")}`;
        assert.deepEqual(parseCredentialReport(windows, "w.csv"), parseCredentialReport(fixtureText, "u.csv"));
    });

    it("finds columns by name: reordered columns, extra columns and quoted fields read the same", () => {
        const rows = [rootRow(), { user: "ann", access_key_1_active: "true", access_key_1_last_rotated: "2024-01-01T00:00:00+00:00" }];
        const plain = parseCredentialReport(credentialReportCsv(rows), "plain.csv");
        const [header, ...lines] = credentialReportCsv(rows).trimEnd().split("\n").map((line) => line.split(","));
        const order = header.map((_, i) => i).reverse();
        const shuffled = [[...order.map((i) => header[i]), "future_column"], ...lines.map((l) => [...order.map((i) => `"${l[i]}"`), '"x, y"'])];
        const reread = parseCredentialReport(shuffled.map((l) => l.join(",")).join("\n"), "shuffled.csv");
        assert.deepEqual(reread, plain);
    });

    it("reads an empty field as N/A and TRUE/FALSE in any case", () => {
        const [user] = parseCredentialReport(credentialReportCsv([{ user: "x", access_key_1_last_rotated: "", mfa_active: "TRUE" }]), "r.csv");
        assert.equal(user.keys[0].lastRotated, "N/A");
        assert.equal(user.mfaActive, true);
        // A member account created by AWS Organizations has no root password: its root row says FALSE, not not_supported.
        const [root] = parseCredentialReport(credentialReportCsv([rootRow({ password_enabled: "false", password_last_used: "N/A" })]), "r.csv");
        assert.deepEqual([root.isRoot, root.passwordEnabled, root.passwordLastUsed], [true, false, "N/A"]);
    });

    it("names every missing column, and says when line 1 is no credential report header at all", () => {
        const header = CREDENTIAL_REPORT_COLUMNS.filter((c) => c !== "mfa_active" && c !== "cert_2_last_rotated");
        const problem = problemOf(`${header.join(",")}\n`);
        assert.equal(problem, "line 1: the header lacks the columns mfa_active, cert_2_last_rotated, which every IAM credential report has");
        assert.equal(problemOf("name,email\nann,a@example.com\n"), 'this is not an IAM credential report: line 1 should be its header (user,arn,user_creation_time,...) but is "name,email"');
    });

    it("rejects a truncated row and a row longer than the header, with its line", () => {
        const text = credentialReportCsv([rootRow(), { user: "ann" }]);
        assert.equal(problemOf(text.slice(0, text.length - 40)), "line 3 has 14 fields but the header has 22: the row is truncated");
        assert.match(problemOf(text.replace(/\n$/, ",extra\n")), /^line 3 has 23 fields but the header has 22: the row has more fields than the header$/);
        assert.match(problemOf(`${text}"open quote`), /not valid CSV: line 4: a quoted field is not closed/);
    });

    it("recognizes a report that is still base64, and the JSON of get-credential-report, and says how to decode", () => {
        const encoded = Buffer.from(fixtureText).toString("base64");
        assert.match(problemOf(encoded), /^the file is still base64-encoded \(it decodes to a credential report\); decode it first: aws iam get-credential-report --query Content --output text \| base64 --decode/);
        assert.match(problemOf(encoded.replace(/(.{76})/g, "$1\n")), /still base64-encoded/);
        assert.match(problemOf(Buffer.from("hello world, not a report at all").toString("base64")), /looks base64-encoded, not CSV/);
        const json = JSON.stringify({ Content: encoded, ReportFormat: "text/csv", GeneratedTime: "2024-06-01T00:00:00Z" });
        assert.match(problemOf(json), /this is JSON \(the output of aws iam get-credential-report\?\), not the CSV report inside it/);
        const details = fs.readFileSync(path.join(path.dirname(FIXTURE), "authorization-details.json"), "utf8");
        assert.equal(problemOf(details), "this is the JSON of aws iam get-account-authorization-details; give it to --authorization-details, and the credential report CSV to --credential-report");
    });

    it("rejects an empty file and a header without rows", () => {
        assert.match(problemOf("\n\n"), /the file is empty/);
        assert.match(problemOf(`${CREDENTIAL_REPORT_COLUMNS.join(",")}\n`), /a header but no rows; a credential report always has the <root_account> row/);
    });

    it("names the line, column and value of a value AWS does not write", () => {
        assert.equal(problemOf(credentialReportCsv([{ user: "ann", mfa_active: "yes" }])), 'line 2, column mfa_active: "yes" is not TRUE or FALSE');
        assert.equal(
            problemOf(credentialReportCsv([{ user: "ann", access_key_1_last_rotated: "last tuesday" }])),
            'line 2, column access_key_1_last_rotated: "last tuesday" is not an ISO 8601 date-time or one of N/A, no_information, not_supported',
        );
        assert.match(problemOf(credentialReportCsv([{ user: "ann", user_creation_time: "2024-02-30T00:00:00+00:00" }])), /line 2, column user_creation_time/);
        assert.match(problemOf(credentialReportCsv([{ user: "ann", arn: "not-an-arn" }])), /line 2, column arn: "not-an-arn" is not an IAM ARN/);
        assert.match(problemOf(credentialReportCsv([{ user: "" }]).replace("\nuser-0,", "\n,")), /line 2, column user: the user name is empty/);
    });
});

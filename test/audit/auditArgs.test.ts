import assert from "node:assert/strict";
import { parseAuditArgs } from "../../cli/audit/auditArgs";
import { AuditUsageError } from "../../cli/audit/errors";

const TODAY = new Date("2024-06-01T15:30:00Z");

function usageProblem(argv: string[]): string {
    try {
        parseAuditArgs(argv, TODAY);
    } catch (error) {
        assert.ok(error instanceof AuditUsageError, String(error));
        return error.message;
    }
    return assert.fail("expected an AuditUsageError");
}

describe("audit arguments", () => {
    it("defaults: today at midnight UTC, 90-day keys, 45 unused days, text", () => {
        const args = parseAuditArgs(["--credential-report", "r.csv"], TODAY);
        assert.deepEqual(args, {
            mode: "files", credentialReport: "r.csv", now: new Date("2024-06-01T00:00:00Z"), maxKeyAgeDays: 90, unusedDays: 45,
            organizationFence: false, format: "text", files: [], allowIncomplete: false, help: false,
        });
    });

    it("reads every option, in both --flag value and --flag=value forms", () => {
        const args = parseAuditArgs([
            "--credential-report=r.csv", "--authorization-details", "d.json", "--now", "2023-02-28", "--max-key-age-days=30",
            "--unused-days", "60", "--organization-fence", "--allow-incomplete", "--sarif", "--json=out/audit.json",
        ], TODAY);
        assert.equal(args.allowIncomplete, true);
        assert.deepEqual(args.files, [{ format: "json", file: "out/audit.json" }]);
        assert.equal(args.authorizationDetails, "d.json");
        assert.deepEqual(args.now, new Date("2023-02-28T00:00:00Z"));
        assert.equal(args.maxKeyAgeDays, 30);
        assert.equal(args.unusedDays, 60);
        assert.equal(args.organizationFence, true);
        assert.equal(args.format, "sarif");
        const live = parseAuditArgs(["--live", "--profile", "audit", "--region", "eu-west-1", "--json"], TODAY);
        assert.deepEqual([live.mode, live.profile, live.region, live.format], ["live", "audit", "eu-west-1", "json"]);
        assert.equal(parseAuditArgs(["--help"], TODAY).help, true);
    });

    it("refuses a --now that is not a calendar date, naming the value and the form", () => {
        for (const bad of ["2024-02-30", "2024-6-1", "yesterday", "2024-06-01T00:00:00Z"]) {
            assert.equal(usageProblem(["--credential-report", "r", "--now", bad]), `--now must be a calendar date as YYYY-MM-DD, such as 2024-06-01; got "${bad}"`);
        }
    });

    it("refuses day limits that are not whole numbers from 1 to 3650", () => {
        for (const bad of ["0", "-5", "1.5", "ninety", "3651"]) {
            assert.equal(usageProblem(["--credential-report", "r", "--max-key-age-days", bad]), `--max-key-age-days must be a whole number of days from 1 to 3650; got "${bad}"`);
        }
        assert.match(usageProblem(["--credential-report", "r", "--unused-days", "0"]), /^--unused-days must be a whole number of days from 1 to 3650; got "0"$/);
    });

    it("explains what is missing, unknown, repeated or contradictory", () => {
        assert.equal(usageProblem([]), "give --credential-report FILE (with --authorization-details FILE for the permission checks), or --live");
        assert.equal(usageProblem(["--authorization-details", "d.json"]), "give --credential-report FILE (with --authorization-details FILE for the permission checks), or --live");
        assert.match(usageProblem(["--credential-report", "r", "--max-age", "3"]), /^unknown audit argument "--max-age"; allowed: --credential-report, --authorization-details, --now/);
        assert.match(usageProblem(["report.csv"]), /^unknown audit argument "report.csv"/);
        assert.equal(usageProblem(["--credential-report"]), "--credential-report needs a value");
        assert.equal(usageProblem(["--credential-report", "--json"]), "--credential-report needs a value");
        assert.equal(usageProblem(["--credential-report", "a", "--credential-report", "b"]), "--credential-report is given twice");
        assert.equal(usageProblem(["--credential-report", "a", "--json", "--sarif"]), "--json and --sarif cannot both print on standard output; write one to a file with --sarif=FILE");
        assert.equal(usageProblem(["--credential-report", "a", "--sarif="]), "--sarif= needs a file name");
        assert.equal(usageProblem(["--credential-report", "a", "--live=yes"]), "--live takes no value");
        assert.equal(usageProblem(["--live", "--credential-report", "a"]), "--live reads the account itself; it cannot be combined with --credential-report");
        assert.equal(usageProblem(["--credential-report", "a", "--profile", "p"]), "--profile only applies with --live");
        assert.equal(usageProblem(["--credential-report", "a", "--profile", "p", "--region", "us-east-1"]), "--profile and --region only apply with --live");
        assert.equal(usageProblem(["--credential-report", "-", "--authorization-details", "-"]), "only one of --credential-report and --authorization-details can read standard input (-)");
        assert.equal(usageProblem(["--live", "--region", "Europe"]), '--region must be an AWS region name such as us-east-1; got "Europe"');
    });
});

import { parseDay, startOfUtcDay } from "./dates";
import { AuditUsageError } from "./errors";

/** The machine-readable report formats. */
export type AuditFileFormat = "json" | "sarif";

/** Parsed `aws-guardrails audit` arguments. */
export interface AuditArgs {
    /** Where the data comes from. */
    mode: "files" | "live";
    /** `--credential-report` file (files mode). */
    credentialReport?: string;
    /** `--authorization-details` file. */
    authorizationDetails?: string;
    /** `--profile` for `--live`. */
    profile?: string;
    /** `--region` for `--live`. */
    region?: string;
    /** The day to judge as of (midnight UTC). */
    now: Date;
    /** `--max-key-age-days`, default 90. */
    maxKeyAgeDays: number;
    /** `--unused-days`, default 45. */
    unusedDays: number;
    /** `--organization-fence`: an SCP fences every principal, so key-user-unfenced is not checked. */
    organizationFence: boolean;
    /** The report on standard output. */
    format: "text" | AuditFileFormat;
    /** Reports written to files (`--json=FILE`, `--sarif=FILE`). */
    files: { format: AuditFileFormat; file: string }[];
    /** `--allow-incomplete`: exit 0 instead of 3 when something could not be examined. */
    allowIncomplete: boolean;
    /** `--help`. */
    help: boolean;
}

/** The usage text of `aws-guardrails audit`. */
export const AUDIT_USAGE = `usage: aws-guardrails audit --credential-report FILE [--authorization-details FILE]
                            [--now YYYY-MM-DD] [--max-key-age-days 90] [--unused-days 45]
                            [--organization-fence] [--allow-incomplete] [--json[=FILE]] [--sarif[=FILE]]
       aws-guardrails audit --live [--profile NAME] [--region R] [same options]

audit   judges the IAM users and access keys that already exist in an account: root keys
        and MFA, key age, unused keys and passwords, console users without MFA, and, with
        authorization details, admin users and keys without an IP or region fence.
        --credential-report is the CSV of \`aws iam get-credential-report\`, base64-decoded:
          aws iam generate-credential-report
          aws iam get-credential-report --query Content --output text | base64 --decode > report.csv
        --authorization-details is the JSON of \`aws iam get-account-authorization-details\`.
        Either file may be - for standard input (not both).
        --json and --sarif print on standard output; with =FILE they write to FILE (as check's do).
        --live reads both through the AWS SDK (default credential chain, or --profile);
          it needs iam:GenerateCredentialReport, iam:GetCredentialReport and
          iam:GetAccountAuthorizationDetails.
        Exit codes: 0 nothing high or critical, 1 something high or critical, 2 bad usage or
        input, 3 nothing high or critical but something could not be examined (0 with
        --allow-incomplete).`;

const MAX_DAYS = 3650;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

function days(flag: string, text: string): number {
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_DAYS) {
        throw new AuditUsageError(`${flag} must be a whole number of days from 1 to ${MAX_DAYS}; got ${JSON.stringify(text)}`);
    }
    return Number(text);
}

function day(text: string): Date {
    const parsed = parseDay(text);
    if (parsed === undefined) {
        throw new AuditUsageError(`--now must be a calendar date as YYYY-MM-DD, such as 2024-06-01; got ${JSON.stringify(text)}`);
    }
    return parsed;
}

const VALUE_FLAGS = ["--credential-report", "--authorization-details", "--now", "--max-key-age-days", "--unused-days", "--profile", "--region"];
const SWITCHES = ["--live", "--organization-fence", "--allow-incomplete", "--help", "-h"];
/** Flags that print on standard output, or write to a file with `=FILE`. */
const REPORTS = ["--json", "--sarif"];

function addReport(args: AuditArgs, flag: string, file: string | undefined): void {
    const format = flag.slice(2) as AuditFileFormat;
    if (file !== undefined) {
        if (file === "") {
            throw new AuditUsageError(`${flag}= needs a file name`);
        }
        args.files.push({ format, file });
    } else if (args.format !== "text") {
        throw new AuditUsageError(`--${args.format} and ${flag} cannot both print on standard output; write one to a file with ${flag}=FILE`);
    } else {
        args.format = format;
    }
}

function check(args: AuditArgs, seen: Set<string>): AuditArgs {
    if (args.help) {
        return args;
    }
    if (args.mode === "live") {
        const fileFlags = ["--credential-report", "--authorization-details"].filter((f) => seen.has(f));
        if (fileFlags.length > 0) {
            throw new AuditUsageError(`--live reads the account itself; it cannot be combined with ${fileFlags.join(" or ")}`);
        }
        return args;
    }
    const liveFlags = ["--profile", "--region"].filter((f) => seen.has(f));
    if (liveFlags.length > 0) {
        throw new AuditUsageError(`${liveFlags.join(" and ")} only appl${liveFlags.length > 1 ? "y" : "ies"} with --live`);
    }
    if (args.credentialReport === undefined) {
        throw new AuditUsageError("give --credential-report FILE (with --authorization-details FILE for the permission checks), or --live");
    }
    if (args.credentialReport === "-" && args.authorizationDetails === "-") {
        throw new AuditUsageError("only one of --credential-report and --authorization-details can read standard input (-)");
    }
    return args;
}

/** Parses the arguments after `audit`; `today` is the default for `--now`. */
export function parseAuditArgs(argv: string[], today: Date = new Date()): AuditArgs {
    const args: AuditArgs = {
        mode: "files", now: startOfUtcDay(today), maxKeyAgeDays: 90, unusedDays: 45, organizationFence: false,
        format: "text", files: [], allowIncomplete: false, help: false,
    };
    const seen = new Set<string>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        if (!VALUE_FLAGS.includes(flag) && !SWITCHES.includes(flag) && !REPORTS.includes(flag)) {
            throw new AuditUsageError(`unknown audit argument ${JSON.stringify(arg)}; allowed: ${[...VALUE_FLAGS, ...REPORTS, ...SWITCHES.slice(0, -1)].join(", ")}`);
        }
        if (seen.has(flag)) {
            throw new AuditUsageError(`${flag} is given twice`);
        }
        seen.add(flag);
        if (REPORTS.includes(flag)) {
            addReport(args, flag, eq > 0 ? arg.slice(eq + 1) : undefined);
            continue;
        }
        let value = "";
        if (VALUE_FLAGS.includes(flag)) {
            value = eq > 0 ? arg.slice(eq + 1) : (argv[++i] ?? "");
            if (value === "" || (eq < 0 && value.startsWith("--"))) {
                throw new AuditUsageError(`${flag} needs a value`);
            }
        } else if (eq > 0) {
            throw new AuditUsageError(`${flag} takes no value`);
        }
        switch (flag) {
            case "--credential-report": args.credentialReport = value; break;
            case "--authorization-details": args.authorizationDetails = value; break;
            case "--now": args.now = day(value); break;
            case "--max-key-age-days": args.maxKeyAgeDays = days(flag, value); break;
            case "--unused-days": args.unusedDays = days(flag, value); break;
            case "--profile": args.profile = value; break;
            case "--region":
                if (!REGION.test(value)) {
                    throw new AuditUsageError(`--region must be an AWS region name such as us-east-1; got ${JSON.stringify(value)}`);
                }
                args.region = value;
                break;
            case "--live": args.mode = "live"; break;
            case "--organization-fence": args.organizationFence = true; break;
            case "--allow-incomplete": args.allowIncomplete = true; break;
            default: args.help = true;
        }
    }
    return check(args, seen);
}

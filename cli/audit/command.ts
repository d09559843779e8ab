import * as fs from "fs";
import * as path from "path";
import type { IAMClient } from "@aws-sdk/client-iam";
import { AUDIT_USAGE, parseAuditArgs, type AuditArgs, type AuditFileFormat } from "./auditArgs";
import { parseAuthorizationDetails } from "./authorizationDetails";
import { parseCredentialReport } from "./credentialReport";
import { AuditInputError, AuditUsageError } from "./errors";
import { jsonAuditReport } from "./jsonReport";
import { safeMessage } from "./liveErrors";
import { runAudit, verdictOf, type AuditInput, type AuditResult } from "./runAudit";
import { sarifAuditReport } from "./sarifReport";
import { textAuditReport } from "./textReport";

/**
 * `aws-guardrails audit`: parses the arguments, reads the files (or the
 * account), judges, prints the report and returns the exit code: 0 nothing
 * high or critical, 1 something high or critical, 2 bad usage or input,
 * 3 nothing high or critical but not everything could be examined.
 * Every failure is one line on stderr; no stack is ever printed.
 */

/** Where the command writes and what it reads from its surroundings; tests replace parts. */
export interface AuditIo {
    /** Writes to standard output. */
    stdout: (text: string) => void;
    /** Writes to standard error. */
    stderr: (text: string) => void;
    /** Whether the text report may use colors. */
    color: boolean;
    /** Today, the default for --now. */
    today: Date;
    /** The directory SARIF paths are relative to. */
    cwd: string;
    /** Makes the IAM client for --live (default: `createIamClient`; tests pass a mocked one). */
    createClient?: (profile?: string, region?: string) => IAMClient;
}

/** The largest input file read, in bytes: far above any real account's files. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

function readStandardInput(flag: string): string {
    if (process.stdin.isTTY === true) {
        throw new AuditInputError("standard input", `${flag} - reads standard input, which is a terminal; pipe the file in, or give its path`);
    }
    return fs.readFileSync(0, "utf8");
}

/** How an input is named in messages. */
function nameOf(file: string): string {
    return file === "-" ? "standard input" : file;
}

/** Reads an input file; `-` is standard input. */
function readInputFile(file: string, flag: string): string {
    if (file === "-") {
        return readStandardInput(flag);
    }
    let size: number;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) {
            throw new AuditInputError(file, `${flag} must be a file, not a directory`);
        }
        size = stat.size;
    } catch (error) {
        if (error instanceof AuditInputError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new AuditInputError(file, code === "ENOENT" ? `${flag}: no such file` : `${flag} cannot be read (${code ?? safeMessage(error)})`);
    }
    if (size > MAX_FILE_BYTES) {
        throw new AuditInputError(file, `${flag} is ${size} bytes; at most ${MAX_FILE_BYTES} are read`);
    }
    return fs.readFileSync(file, "utf8");
}

async function loadInput(args: AuditArgs, io: AuditIo): Promise<AuditInput> {
    if (args.mode === "live") {
        // The SDK warns under Node 20 that its releases after January 2027 will need Node 22. The release this package
        // installs runs on Node 20, the README says so, and the warning would land in the middle of the report: it is
        // off unless the user has set the SDK's own switch.
        process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
        // Loaded only for --live: auditing files never pays for loading the AWS SDK.
        const live = await import("./live");
        const data = await live.readAccountLive({ client: (io.createClient ?? live.createIamClient)(args.profile, args.region) });
        const users = parseCredentialReport(data.reportText, "--live (GetCredentialReport)");
        return { users, details: data.details, credentialReportSource: "GetCredentialReport", authorizationDetailsSource: "GetAccountAuthorizationDetails" };
    }
    const reportFile = args.credentialReport as string;
    const users = parseCredentialReport(readInputFile(reportFile, "--credential-report"), nameOf(reportFile));
    const detailsFile = args.authorizationDetails;
    const details = detailsFile === undefined ? undefined : parseAuthorizationDetails(readInputFile(detailsFile, "--authorization-details"), nameOf(detailsFile));
    return { users, details, credentialReportSource: nameOf(reportFile), authorizationDetailsSource: detailsFile && nameOf(detailsFile) };
}

function sarifUri(args: AuditArgs, cwd: string): string | undefined {
    if (args.credentialReport === undefined || args.credentialReport === "-") {
        return undefined;
    }
    const relative = path.relative(cwd, path.resolve(cwd, args.credentialReport));
    return (relative.startsWith("..") ? path.resolve(cwd, args.credentialReport) : relative).split(path.sep).join("/");
}

/** Renders a machine-readable report. */
function render(format: AuditFileFormat, result: AuditResult, args: AuditArgs, cwd: string): string {
    const report = format === "json" ? jsonAuditReport(result) : sarifAuditReport(result, sarifUri(args, cwd));
    return `${JSON.stringify(report, null, 2)}\n`;
}

/** Writes a `--json=FILE` or `--sarif=FILE` report; a file that cannot be written is an input error (exit 2). */
function writeReport(file: string, format: AuditFileFormat, text: string): void {
    try {
        fs.writeFileSync(file, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new AuditInputError(file, `the --${format} report cannot be written here (${code ?? safeMessage(error)})`);
    }
}

function defaultIo(): AuditIo {
    return {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        color: process.stdout.isTTY === true && !process.env.NO_COLOR,
        today: new Date(),
        cwd: process.cwd(),
    };
}

/** Runs `aws-guardrails audit` with the arguments after `audit`; returns the exit code. */
export async function runAuditCommand(argv: string[], overrides: Partial<AuditIo> = {}): Promise<number> {
    const io = { ...defaultIo(), ...overrides };
    try {
        const args = parseAuditArgs(argv, io.today);
        if (args.help) {
            io.stdout(`${AUDIT_USAGE}\n`);
            return 0;
        }
        const input = await loadInput(args, io);
        const result = runAudit(input, {
            now: args.now, maxKeyAgeDays: args.maxKeyAgeDays, unusedDays: args.unusedDays, organizationFence: args.organizationFence, allowIncomplete: args.allowIncomplete,
        });
        for (const { format, file } of args.files) {
            writeReport(file, format, render(format, result, args, io.cwd));
        }
        io.stdout(args.format === "text" ? textAuditReport(result, io.color) : render(args.format, result, args, io.cwd));
        return verdictOf(result).exitCode;
    } catch (error) {
        if (error instanceof AuditUsageError) {
            io.stderr(`error: ${error.message}\n\n${AUDIT_USAGE}\n`);
        } else if (error instanceof AuditInputError) {
            io.stderr(`error: ${error.message}\n`);
        } else {
            io.stderr(`error: the audit failed unexpectedly: ${safeMessage(error)}\n`);
        }
        return 2;
    }
}

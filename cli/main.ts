#!/usr/bin/env node
import * as fs from "fs";
import * as path from "path";
import { parseCheckArgs, USAGE, UsageError, type CheckArgs, type ReportFormat } from "./args";
import { runCheck, type CheckOptions } from "./check/index";
import { describeFailure } from "./failures";
import { killRunningChildren } from "./harness/childProcesses";
import { exitCodeOf, type CheckReport } from "./report/model";
import { jsonReport } from "./report/json";
import { junitReport } from "./report/junit";
import { markdownReport } from "./report/markdown";
import { checkDestinations, writeReportFile } from "./outputFiles";
import { maskText } from "./report/redact";
import { sarifReport } from "./report/sarif";
import { textReport } from "./report/text";

/** The policy pack shipped with this package. */
export function bundledPackDir(): string {
    const candidates = [path.resolve(__dirname, "..", "policypack"), path.resolve(__dirname, "..", "..", "policypack")];
    return candidates.find((dir) => fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) ?? candidates[0];
}

/** This package's version, from its package.json. */
export function packageVersion(): string {
    for (const dir of [path.resolve(__dirname, ".."), path.resolve(__dirname, "..", "..")]) {
        const file = path.join(dir, "package.json");
        if (fs.existsSync(file)) {
            const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
            if (pkg.name === "aws-guardrails" && pkg.version) {
                return pkg.version;
            }
        }
    }
    return "unknown";
}

/** Where the CLI writes: stdout for the document, stderr for everything else. */
export interface CliStreams {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Whether stderr is a terminal (progress lines). */
    stderrIsTty: boolean;
    /** Whether stdout is a terminal that takes colour. */
    colour: boolean;
}

const PROCESS_STREAMS: CliStreams = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
};

/** A progress line on a terminal's stderr while the stack is collected and the pack analyzes; cleared before the report. */
function progressLine(streams: CliStreams, enabled: boolean, what: string): { update: (analyzed: number, registered: number) => void; clear: () => void } {
    let last = 0;
    let shown = false;
    return {
        update: (analyzed, registered) => {
            const now = Date.now();
            if (enabled && now - last >= 100) {
                last = now;
                shown = true;
                streams.stderr(`\r${what}: ${registered} resources, ${analyzed} analyzed\u001b[K`);
            }
        },
        clear: () => {
            if (shown) {
                streams.stderr("\r\u001b[K");
            }
        },
    };
}

/** Renders one machine-readable format. */
function render(format: ReportFormat, report: CheckReport, args: CheckArgs): string {
    switch (format) {
        case "json": return JSON.stringify(jsonReport(report), null, 2) + "\n";
        case "sarif": return JSON.stringify(sarifReport(report), null, 2) + "\n";
        case "junit": return junitReport(report, args.allowIncomplete);
        case "markdown": return markdownReport(report);
    }
}

/** What a caller embedding the CLI may supply instead of the defaults: where the program runs, and a pack already serving. */
export type CheckOverrides = Pick<CheckOptions, "runner" | "pack">;

async function check(argv: string[], streams: CliStreams, overrides: CheckOverrides): Promise<number> {
    const args = parseCheckArgs(argv);
    if (args.action === "help") {
        streams.stdout(USAGE + "\n");
        return 0;
    }
    if (args.action === "version") {
        streams.stdout(`aws-guardrails ${packageVersion()}\n`);
        return 0;
    }
    checkDestinations(args);
    const what = args.stackFile ? `reading ${args.stackFile.file === "-" ? "stdin" : args.stackFile.file}` : "running the program";
    const progress = progressLine(streams, args.format === "text" && streams.stderrIsTty, what);
    progress.update(0, 0);
    const report = await runCheck({
        programDir: args.programDir, stackFile: args.stackFile, stack: args.stack, config: args.config, packDir: args.packDir ?? bundledPackDir(), bundledPack: args.packDir === undefined, packProcesses: args.packProcesses,
        packConfigFile: args.packConfigFile, failOn: args.failOn, timeoutSeconds: args.timeoutSeconds, now: args.now, emitState: args.emitState,
        onProgress: progress.update,
        onProgramOutput: (line, stream) => streams.stderr(`[program ${stream}] ${maskText(line)}\n`),
        ...overrides,
    }).finally(() => progress.clear());
    for (const { format, file } of args.files) {
        writeReportFile(`--${format}=`, file, render(format, report, args));
    }
    if (args.emitState && !report.coverage.complete) {
        streams.stderr(`note: ${args.emitState} holds the mocks' stand-ins for what this check could not see; a check of that file cannot tell them from deployed resources\n`);
    }
    streams.stdout(args.format === "text" ? textReport(report, { colour: streams.colour, quiet: args.quiet }) : render(args.format, report, args));
    return exitCodeOf(report.summary.verdict, args.allowIncomplete);
}

/** Runs the command line and returns the exit code. */
export async function main(argv: string[], streams: CliStreams = PROCESS_STREAMS, overrides: CheckOverrides = {}): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case "check":
                return await check(rest, streams, overrides);
            case "docs": {
                // Loaded only for this command: it needs the Pulumi SDK, which `check` keeps out of this process.
                const { runDocs } = await import("./docs");
                return await runDocs(rest, bundledPackDir());
            }
            case "audit": {
                // Loaded only for this command, like docs: `check` starts faster without it.
                const { runAuditCommand } = await import("./audit/command");
                return await runAuditCommand(rest);
            }
            case "--help":
            case "-h":
            case "help":
                streams.stdout(USAGE + "\n");
                return 0;
            case "--version":
            case "-V":
                streams.stdout(`aws-guardrails ${packageVersion()}\n`);
                return 0;
            default:
                throw new UsageError(command ? `unknown command "${command}"; allowed: check, docs, audit` : "no command given");
        }
    } catch (err) {
        streams.stderr(maskText(describeFailure(err)) + (err instanceof UsageError ? `\n\n${USAGE}` : "") + "\n");
        return 2;
    }
}

/** Errors of a stream whose reader has gone away (`check … | head -1`): the output ends there, and the exit code still says the verdict. */
const READER_GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

/**
 * Keeps a closed stdout or stderr from crashing the command with a raw stack.
 * A reader that stops reading early ends the output, not the check; any other
 * failure to write means the report was not delivered, which is exit 2.
 */
function handleStreamErrors(): { failed: () => boolean } {
    let failed = false;
    for (const stream of [process.stdout, process.stderr]) {
        stream.on("error", (err: NodeJS.ErrnoException) => {
            if (!READER_GONE.has(err.code ?? "") && !failed) {
                failed = true;
                process.stderr.write(`error: the report could not be written (${err.code ?? err.message})\n`);
            }
        });
    }
    return { failed: () => failed };
}

/** Signals that stop a check (Ctrl-C, a CI job's timeout, a closed terminal), with the exit code a shell gives each. */
const STOPPING_SIGNALS = [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const;

if (require.main === module) {
    for (const [signal, code] of STOPPING_SIGNALS) {
        // The pack and the program host go with the check, rather than live on as orphans.
        process.once(signal, () => {
            killRunningChildren();
            process.exit(code);
        });
    }
    const streams = handleStreamErrors();
    main(process.argv.slice(2)).then((code) => {
        // Nothing the program left behind may keep the check alive once the report is out.
        process.stdout.write("", () => process.exit(streams.failed() ? 2 : code));
    });
}

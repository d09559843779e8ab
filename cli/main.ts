#!/usr/bin/env node
import * as fs from "fs";
import * as path from "path";
import { parseCheckArgs, USAGE, UsageError } from "./args";
import { runCheck, type CheckOptions } from "./check/index";
import { describeFailure } from "./failures";
import { exitCodeOf } from "./report/model";
import { jsonReport } from "./report/json";
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

/** A progress line on a terminal's stderr while the program runs and the pack analyzes; cleared before the report. */
function progressLine(streams: CliStreams, enabled: boolean): { update: (analyzed: number, registered: number) => void; clear: () => void } {
    let last = 0;
    let shown = false;
    return {
        update: (analyzed, registered) => {
            const now = Date.now();
            if (enabled && now - last >= 100) {
                last = now;
                shown = true;
                streams.stderr(`\rrunning the program: ${registered} resources registered, ${analyzed} analyzed\u001b[K`);
            }
        },
        clear: () => {
            if (shown) {
                streams.stderr("\r\u001b[K");
            }
        },
    };
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
    const progress = progressLine(streams, args.format === "text" && streams.stderrIsTty);
    progress.update(0, 0);
    const report = await runCheck({
        programDir: args.programDir, stack: args.stack, config: args.config, packDir: args.packDir ?? bundledPackDir(),
        packConfigFile: args.packConfigFile, failOn: args.failOn, timeoutSeconds: args.timeoutSeconds,
        onProgress: progress.update,
        onProgramOutput: (line, stream) => streams.stderr(`[program ${stream}] ${maskText(line)}\n`),
        ...overrides,
    }).finally(() => progress.clear());
    if (args.format === "json") {
        streams.stdout(JSON.stringify(jsonReport(report), null, 2) + "\n");
    } else if (args.format === "sarif") {
        streams.stdout(JSON.stringify(sarifReport(report), null, 2) + "\n");
    } else {
        streams.stdout(textReport(report, { colour: streams.colour, quiet: args.quiet }));
    }
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

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => {
        // Nothing the program left behind may keep the check alive once the report is out.
        process.stdout.write("", () => process.exit(code));
    });
}

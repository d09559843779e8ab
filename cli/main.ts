#!/usr/bin/env node
import * as fs from "fs";
import * as path from "path";
import { parseCheckArgs, USAGE, UsageError } from "./args";
import { runAuditCommand } from "./audit/command";
import { runCheck } from "./check";
import { runDocs } from "./docs";
import { PackConfigError, ProgramRunError, ProgramSetupError, loadProgramProject } from "./harness";
import { jsonReport } from "./report/json";
import { sarifReport } from "./report/sarif";
import { textReport } from "./report/text";

/** The policy pack shipped with this package. */
export function bundledPackDir(): string {
    const candidates = [path.resolve(__dirname, "..", "policypack"), path.resolve(__dirname, "..", "..", "policypack")];
    return candidates.find((dir) => fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) ?? candidates[0];
}

function progressLine(enabled: boolean): (phase: string, done: number, total: number) => void {
    let last = 0;
    return (phase, done, total) => {
        const now = Date.now();
        if (!enabled || total < 200 || (now - last < 100 && done < total)) {
            return;
        }
        last = now;
        process.stderr.write(`\r${phase}: ${done}/${total} resources${done === total ? "\n" : ""}`);
    };
}

async function check(argv: string[]): Promise<number> {
    const args = parseCheckArgs(argv);
    const packDir = args.packDir ?? bundledPackDir();
    const result = await runCheck({
        programDir: args.programDir,
        stack: args.stack,
        config: args.config,
        packDir,
        packConfigFile: args.packConfigFile,
        onProgress: progressLine(args.format === "text" && process.stderr.isTTY === true),
    });
    if (args.format === "json") {
        process.stdout.write(JSON.stringify(jsonReport(result), null, 2) + "\n");
    } else if (args.format === "sarif") {
        const entry = loadProgramProject(args.programDir, args.stack, args.config).entry;
        process.stdout.write(JSON.stringify(sarifReport(result, entry, process.cwd()), null, 2) + "\n");
    } else {
        process.stdout.write(textReport(result, process.stdout.isTTY === true && !process.env.NO_COLOR));
    }
    return result.summary.mandatory > 0 ? 1 : 0;
}

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case "check":
                return await check(rest);
            case "docs":
                return await runDocs(rest, bundledPackDir());
            case "audit":
                return await runAuditCommand(rest);
            case "--help":
            case "-h":
            case "help":
                process.stdout.write(USAGE + "\n");
                return 0;
            default:
                throw new UsageError(command ? `unknown command "${command}"; allowed: check, docs, audit` : "no command given");
        }
    } catch (err) {
        if (err instanceof UsageError) {
            process.stderr.write(`error: ${err.message}\n\n${USAGE}\n`);
        } else if (err instanceof ProgramRunError) {
            process.stderr.write(`error: the program failed: ${err.message}\n`);
        } else if (err instanceof ProgramSetupError || err instanceof PackConfigError) {
            process.stderr.write(`error: ${err.message}\n`);
        } else {
            process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
        }
        return 2;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}

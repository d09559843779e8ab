import { spawnSync } from "child_process";
import * as path from "path";
import { main } from "../../cli/main";
import { run } from "./background";
import { sharedPack } from "./pack";

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** What a CLI run produced. */
export interface CliRun {
    /** Exit code. */
    status: number | null;
    /** Standard output. */
    stdout: string;
    /** Standard error. */
    stderr: string;
    /** Wall time in milliseconds. */
    ms: number;
}

/** Runs the built `aws-guardrails` command in its own process, as a user would, and waits for it. */
export function runCli(args: string[], cwd = REPO_ROOT): CliRun {
    const started = Date.now();
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), ...args], {
        cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/**
 * {@link runCli} without blocking, so that several runs can share the machine.
 * For the cases where the process boundary is the point: the program host,
 * stdout and stderr, exit codes of the real binary, timeouts.
 */
export async function runCliAsync(args: string[], cwd = REPO_ROOT): Promise<CliRun> {
    const started = Date.now();
    const result = await run(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), ...args], {
        cwd, env: { ...process.env, NO_COLOR: "1" }, timeoutMs: 120_000,
    });
    return { ...result, ms: Date.now() - started };
}

/**
 * Runs `aws-guardrails <args>` in this process, with the program under mocks in
 * this process too and the suite's shared pack (unless `--policy-pack` names
 * another): for the many cases that are about what the check reports, not
 * about process boundaries.
 */
export async function runCliInProcess(args: string[]): Promise<CliRun> {
    const started = Date.now();
    let stdout = "";
    let stderr = "";
    const status = await main(args, {
        stdout: (text) => { stdout += text; },
        stderr: (text) => { stderr += text; },
        stderrIsTty: false,
        colour: false,
    }, { runner: "in-process", ...(args.includes("--policy-pack") ? {} : { pack: await sharedPack() }) });
    return { status, stdout, stderr, ms: Date.now() - started };
}

/** The path of a test fixture program. */
export function fixture(name: string): string {
    return path.join(REPO_ROOT, "test", "fixtures", "programs", name);
}

import { spawnSync } from "child_process";
import * as path from "path";

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
}

/** Runs the built `aws-guardrails` command, as a user would, and waits for it. */
export function runCli(args: string[], cwd = REPO_ROOT): CliRun {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), ...args], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        timeout: 180_000,
        maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The path of a test fixture program. */
export function fixture(name: string): string {
    return path.join(REPO_ROOT, "test", "fixtures", "programs", name);
}

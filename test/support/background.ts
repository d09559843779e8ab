import { spawn } from "child_process";

/**
 * Slow, self-contained work (an `npm install` into a clean folder) started when
 * its test file is loaded, so that it runs while the rest of the suite does.
 * Mocha loads every selected file before it runs any test, so the work starts
 * only when its file is part of the run, and the test awaits the result.
 */

/** What a child process printed, and how it ended. */
export interface ProcessResult {
    /** Exit code, or null when a signal ended it. */
    status: number | null;
    /** Standard output. */
    stdout: string;
    /** Standard error. */
    stderr: string;
}

/** Options for {@link run}. */
export interface RunOptions {
    /** Working directory. */
    cwd: string;
    /** Environment (default: this process's). */
    env?: NodeJS.ProcessEnv;
    /** Killed after this long (default: never). */
    timeoutMs?: number;
}

/** Runs a command without blocking the event loop and collects its output. */
export function run(command: string, args: string[], options: RunOptions): Promise<ProcessResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
        child.on("error", reject);
        child.on("close", (status) => {
            clearTimeout(timer);
            resolve({ status, stdout, stderr });
        });
    });
}

/**
 * Starts `work` now and returns its promise for a test to await. A failure is
 * kept for the test that awaits it, never reported as an unhandled rejection
 * while other tests run.
 */
export function startInBackground<T>(work: () => Promise<T>): Promise<T> {
    const started = work();
    started.catch(() => undefined);
    return started;
}

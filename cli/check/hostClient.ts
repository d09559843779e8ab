import { spawn } from "child_process";
import * as readline from "readline";
import { trackChild } from "../harness/childProcesses";
import { compiledFile } from "../harness/compiledFile";
import type { MockRun } from "../harness/mockRuntime";
import { ProgramRunError, ProgramTimeoutError } from "../harness/programErrors";
import type { ProgramProject } from "../harness/programConfig";
import type { CapturedResource } from "../harness/types";
import { FRAMES_TO_LOCATE_ERRORS, NO_FRAMES } from "../harness/stackTraces";
import type { HostMessage, HostRequest } from "./hostProtocol";

/** How to run a program in the program host. */
export interface HostRunOptions {
    /** Seconds before the program is stopped (default 300). */
    timeoutSeconds?: number;
    /** Receives every line the program wrote to stdout or stderr. */
    onOutput?: (line: string, stream: "stdout" | "stderr") => void;
    /** Receives each batch of registrations as the program makes them. */
    onResources?: (batch: CapturedResource[]) => void;
    /** Run as a preview. */
    preview?: boolean;
}

/**
 * Runs a program in its own process (the program host) and returns what it
 * registered, passing each batch on as it arrives.
 *
 * The run captures no stack frames per error, which saves about a quarter of
 * a large program's time (the SDK captures a trace for every promise it
 * tracks). A program that fails is deterministic under mocks, so a failure
 * whose location was not captured is run once more with frames, quietly, only
 * to find the program's own file and line; if that run does not fail the same
 * way, the first failure is reported as it was.
 */
export async function runProgramInHost(project: ProgramProject, stack: string, options: HostRunOptions = {}): Promise<MockRun> {
    try {
        return await runOnce(project, stack, options, NO_FRAMES);
    } catch (err) {
        if (!(err instanceof ProgramRunError) || err.frames.length > 0) {
            throw err;
        }
        const again = await runOnce(project, stack, { timeoutSeconds: options.timeoutSeconds, preview: options.preview }, FRAMES_TO_LOCATE_ERRORS).then(
            () => undefined,
            (failure: unknown) => failure,
        );
        throw again instanceof ProgramRunError && again.message === err.message && again.frames.length > 0 ? again : err;
    }
}

/**
 * One run in the program host. The host is stopped as soon as it answers, so
 * leftover timers never keep the check alive; a program that does not answer
 * within the timeout is stopped and reported as such.
 */
function runOnce(project: ProgramProject, stack: string, options: HostRunOptions, framesPerError: number): Promise<MockRun> {
    const timeoutSeconds = options.timeoutSeconds ?? 300;
    // A larger young generation: the SDK allocates heavily per resource (a quarter less CPU at 4,000 resources).
    const child = spawn(process.execPath, ["--max-semi-space-size=32", compiledFile(__dirname, "programHost")], {
        cwd: project.dir,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
        serialization: "advanced",
    });
    trackChild(child);
    for (const stream of ["stdout", "stderr"] as const) {
        const source = child[stream];
        if (source) {
            readline.createInterface({ input: source }).on("line", (line) => options.onOutput?.(line, stream));
        }
    }
    const resources: CapturedResource[] = [];
    return new Promise<MockRun>((resolve, reject) => {
        let settled = false;
        const finish = (outcome: () => void) => {
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                outcome();
            }
            if (child.exitCode === null && child.signalCode === null) {
                child.kill("SIGKILL");
            }
        };
        const timer = setTimeout(() => finish(() => reject(new ProgramTimeoutError(timeoutSeconds))), timeoutSeconds * 1000);
        child.on("message", (message: HostMessage) => {
            if (message.kind === "resources") {
                resources.push(...message.batch);
                options.onResources?.(message.batch);
            } else if (message.kind === "done") {
                finish(() => resolve({ ...message.run, resources }));
            } else {
                finish(() => reject(new ProgramRunError(message.failure.message, undefined, message.failure.frames)));
            }
        });
        child.on("error", (err) => finish(() => reject(new ProgramRunError(`the program host could not start: ${err.message}`))));
        child.on("exit", (code, signal) => finish(() => reject(new ProgramRunError(`the program ended (${signal ?? `exit code ${code}`}) before it finished registering resources`))));
        const request: HostRequest = { project, stack, preview: options.preview ?? false, framesPerError };
        child.send(request);
    });
}

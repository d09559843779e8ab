import { spawn } from "child_process";
import * as readline from "readline";
import { compiledFile } from "../harness/compiledFile";
import type { MockRun } from "../harness/mockRuntime";
import { ProgramRunError, ProgramTimeoutError } from "../harness/programErrors";
import type { ProgramProject } from "../harness/programConfig";
import type { CapturedResource } from "../harness/types";
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
 * registered, passing each batch on as it arrives. The host is stopped as soon
 * as it answers, so leftover timers never keep the check alive; a program that
 * does not answer within the timeout is stopped and reported as such.
 */
export function runProgramInHost(project: ProgramProject, stack: string, options: HostRunOptions = {}): Promise<MockRun> {
    const timeoutSeconds = options.timeoutSeconds ?? 300;
    // A larger young generation: the SDK allocates heavily per resource (a quarter less CPU at 4,000 resources).
    const child = spawn(process.execPath, ["--max-semi-space-size=32", compiledFile(__dirname, "programHost")], {
        cwd: project.dir,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
        serialization: "advanced",
    });
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
        const request: HostRequest = { project, stack, preview: options.preview ?? false };
        child.send(request);
    });
}

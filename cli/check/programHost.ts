import { fileURLToPath, pathToFileURL } from "url";
import type { MockRun } from "../harness/mockRuntime";
import { ProgramRunError, describeThrown } from "../harness/programErrors";
import { runProgramUnderMocks } from "../harness/programLoader";
import { mapPosition } from "../harness/stackTraces";
import type { HostFailure, HostMessage, HostRequest } from "./hostProtocol";

/**
 * The program host: a child process that runs one Pulumi program under mocks,
 * as the Node.js language host runs it, and sends what it registered back over
 * IPC. Running apart keeps the check in control: a program's stdout never
 * reaches the report, `process.exit` and leftover timers end only this
 * process, and a program that never finishes can be stopped.
 */

const realExit = process.exit.bind(process);

function send(message: HostMessage): Promise<void> {
    return new Promise((resolve) => {
        if (!process.send) {
            resolve();
            return;
        }
        process.send(message, undefined, {}, () => resolve());
    });
}

/** The SDK reports where each resource was registered in generated JavaScript; map it to the program's source. */
function mapSources(run: MockRun): void {
    for (const resource of run.resources) {
        const source = resource.source;
        if (source && source.uri.startsWith("file://")) {
            const mapped = mapPosition(fileURLToPath(source.uri), source.line, source.column);
            resource.source = { uri: pathToFileURL(mapped.file).href, line: mapped.line, column: mapped.column };
        }
    }
}

function failureOf(err: unknown): HostFailure {
    return err instanceof ProgramRunError ? { message: err.message, frames: err.frames } : { message: describeThrown(err), frames: [] };
}

/** A program calling process.exit stops here, with its own location, instead of taking the check down. */
function trapExit(): void {
    process.exit = ((code?: number | string | null) => {
        throw new Error(`the program called process.exit(${code ?? ""}) before it finished`);
    }) as typeof process.exit;
}

async function host(request: HostRequest): Promise<void> {
    process.setSourceMapsEnabled(true);
    trapExit();
    let last = 0;
    try {
        const run = await runProgramUnderMocks(request.project, request.stack, {
            preview: request.preview,
            onRegistered: (registered) => {
                const now = Date.now();
                if (now - last > 200) {
                    last = now;
                    void send({ kind: "progress", registered });
                }
            },
        });
        mapSources(run);
        await send({ kind: "done", run });
    } catch (err) {
        await send({ kind: "failed", failure: failureOf(err) });
    }
    realExit(0);
}

// If the check goes away, so does its program.
process.on("disconnect", () => realExit(1));
process.once("message", (request: HostRequest) => {
    void host(request);
});

import { ProgramRunError, describeThrown } from "../harness/programErrors";
import { runProgramUnderMocks } from "../harness/programLoader";
import { mapSourceOf } from "../harness/stackTraces";
import type { CapturedResource } from "../harness/types";
import type { HostFailure, HostMessage, HostRequest } from "./hostProtocol";

/**
 * The program host: a child process that runs one Pulumi program under mocks,
 * as the Node.js language host runs it, and streams what it registers back
 * over IPC, so that the check analyzes while the program still runs. Running
 * apart keeps the check in control: a program's stdout never reaches the
 * report, `process.exit` and leftover timers end only this process, and a
 * program that never finishes can be stopped.
 */

const realExit = process.exit.bind(process);
/** Resources sent together: one IPC message per batch keeps the channel cheap. */
const BATCH = 200;
/** At most this long between batches, so analysis keeps pace with a slow program. */
const BATCH_MS = 100;

function send(message: HostMessage): Promise<void> {
    return new Promise((resolve) => {
        if (!process.send) {
            resolve();
            return;
        }
        process.send(message, undefined, {}, () => resolve());
    });
}

/** Collects registrations and sends them in batches. */
class BatchSender {
    private pending: CapturedResource[] = [];
    private last = Date.now();

    add(resource: CapturedResource): void {
        this.pending.push(mapSourceOf(resource));
        if (this.pending.length >= BATCH || Date.now() - this.last > BATCH_MS) {
            void this.flush();
        }
    }

    flush(): Promise<void> {
        this.last = Date.now();
        const batch = this.pending;
        this.pending = [];
        return batch.length > 0 ? send({ kind: "resources", batch }) : Promise.resolve();
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
    const sender = new BatchSender();
    try {
        const run = await runProgramUnderMocks(request.project, request.stack, {
            preview: request.preview, onResource: (r) => sender.add(r), keepResources: false, framesPerError: request.framesPerError,
        });
        await sender.flush();
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

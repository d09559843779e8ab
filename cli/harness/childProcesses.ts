import type { ChildProcess } from "child_process";

/** The processes a check has started and that still run: the policy pack, the program host. */
const running = new Set<ChildProcess>();

/** Remembers a child process until it exits, so that a check stopped by a signal can stop it too. */
export function trackChild(child: ChildProcess): void {
    running.add(child);
    child.once("exit", () => running.delete(child));
}

/** Stops every child process still running at once (the check itself is being stopped: nothing is left to save). */
export function killRunningChildren(): void {
    for (const child of running) {
        child.kill("SIGKILL");
    }
}

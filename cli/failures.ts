import { PackConfigError } from "./harness/packConfig";
import { PackStartError } from "./harness/pack/packProcess";
import { ProgramRunError, ProgramTimeoutError } from "./harness/programErrors";
import { ProgramSetupError } from "./harness/programConfig";
import { shownPath } from "./report/model";

/** How many of the program's own frames an error message shows. */
const MAX_FRAMES = 8;

/**
 * The one message a failed check prints on stderr: the program's own message
 * and its own frames (source-mapped, relative to where the check runs, without
 * SDK frames), or what was wrong with the usage, config or pack.
 */
export function describeFailure(err: unknown): string {
    if (err instanceof ProgramRunError) {
        const frames = err.frames.slice(0, MAX_FRAMES).map((f) => `\n    at ${shownPath(f.file)}:${f.line}:${f.column}`);
        return `error: the program failed: ${err.message}${frames.join("")}`;
    }
    if (err instanceof ProgramTimeoutError || err instanceof ProgramSetupError || err instanceof PackConfigError || err instanceof PackStartError) {
        return `error: ${err.message}`;
    }
    return `error: ${err instanceof Error ? err.message : String(err)}`;
}

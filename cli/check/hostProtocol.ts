import type { MockRun } from "../harness/mockRuntime";
import type { ProgramProject } from "../harness/programConfig";
import type { SourceFrame } from "../harness/stackTraces";
import type { CapturedResource } from "../harness/types";

/** What the check sends the program host: the program to run and how. */
export interface HostRequest {
    /** The program's project, entry and config. */
    project: ProgramProject;
    /** The stack name. */
    stack: string;
    /** Run as a preview (unknowns stay unknown). */
    preview: boolean;
    /** Stack frames captured per error: none for speed, or enough to locate the program's errors. */
    framesPerError: number;
}

/** A program failure, as the host reports it: the program's message and its own frames. */
export interface HostFailure {
    /** The program's message. */
    message: string;
    /** The program's own frames, source-mapped, without SDK frames. */
    frames: SourceFrame[];
}

/** What the program host sends back: resources in batches as they register, then the run (without them again), or the failure. */
export type HostMessage =
    | { kind: "resources"; batch: CapturedResource[] }
    | { kind: "done"; run: MockRun }
    | { kind: "failed"; failure: HostFailure };

import type { MockRun, RunCoverage } from "../harness/mockRuntime";
import { mapSourceOf } from "../harness/stackTraces";
import type { ProgramProject } from "../harness/programConfig";
import type { CapturedResource } from "../harness/types";
import { runProgramInHost, type HostRunOptions } from "./hostClient";

/**
 * What the first stage of a check hands the pack: every resource of a stack as
 * the engine would analyze it, and what could not be seen. A program under
 * mocks fills it today; a preview or a stack export can fill it the same way.
 */
export interface CollectedStack {
    /** The project name. */
    project: string;
    /** The stack name. */
    stack: string;
    /** Every resource, under its engine URN. */
    resources: CapturedResource[];
    /** What the pack could not see. */
    coverage: RunCoverage;
    /** The region of the default AWS provider. */
    defaultRegion: string;
    /** The program's entry file, when the stack came from a program (reports fall back to it for locations). */
    programFile?: string;
    /** The folder reports make source paths relative to. */
    sourceRoot?: string;
}

/** How a program is run: in its own process (as the CLI does) or in this one (for tests that share one process). */
export type ProgramRunner = "host" | "in-process";

/** Options for {@link collectFromProgram}. */
export interface ProgramCollectOptions extends HostRunOptions {
    /** Where the program runs (default "host"). */
    runner?: ProgramRunner;
}

/** Runs a Pulumi program under mocks and collects its resources. */
export async function collectFromProgram(project: ProgramProject, stack: string, options: ProgramCollectOptions = {}): Promise<CollectedStack> {
    let run: MockRun;
    if (options.runner === "in-process") {
        // Loaded only here: the CLI itself never loads the Pulumi SDK, so its program host starts sooner.
        const { runProgramUnderMocks } = await import("../harness/programLoader");
        run = await runProgramUnderMocks(project, stack, { preview: options.preview, onResource: (r) => options.onResources?.([mapSourceOf(r)]) });
    } else {
        run = await runProgramInHost(project, stack, options);
    }
    return {
        project: project.name,
        stack,
        resources: run.resources,
        coverage: run.coverage,
        defaultRegion: run.defaultRegion,
        programFile: project.entry,
        sourceRoot: project.dir,
    };
}

import type { MockRun, RunCoverage } from "../harness/mockRuntime";
import * as fs from "fs";
import * as path from "path";
import { mapSourceOf } from "../harness/stackTraces";
import type { ProgramProject } from "../harness/programConfig";
import type { CapturedResource } from "../harness/types";
import { runProgramInHost, type HostRunOptions } from "./hostClient";
import { readPreviewFile } from "./inputs/previewFile";
import { readStateFile } from "./inputs/stateFile";
import type { ResourceListener, StackFileInput, Unreadable } from "./inputs/stackFile";

/** What a check could not see: besides what a mocked run records, what a stack file did not let the pack read. */
export interface StackCoverage extends RunCoverage {
    /** Values and resources of a stack file the pack could not read (encrypted secrets, providers or unchanged resources left out). */
    unreadable?: Unreadable[];
}

/** Where the resources came from: a program run under mocks, or one of the engine's files. */
export type CheckInput = { kind: "program"; dir: string } | { kind: "preview" | "state"; file: string };

/**
 * What the first stage of a check hands the pack: every resource of a stack as
 * the engine would analyze it, and what could not be seen. A program under
 * mocks fills it, and so do a preview and a stack export.
 */
export interface CollectedStack {
    /** The project name. */
    project: string;
    /** The stack name. */
    stack: string;
    /** Every resource, under its engine URN. */
    resources: CapturedResource[];
    /** What the pack could not see. */
    coverage: StackCoverage;
    /** The region of the default AWS provider under mocks (a stack file lists its providers). */
    defaultRegion?: string;
    /** Where the resources came from. */
    input: CheckInput;
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
        input: { kind: "program", dir: project.dir },
    };
}

/**
 * Reads a stack export or a preview and collects its resources, handing each
 * to `listener` as soon as it is read (with the stack it belongs to), so that
 * analysis overlaps reading. Everything in the file is seen, remote
 * components' children included; what the pack could not read is recorded.
 */
export async function collectFromStackFile(input: StackFileInput, listener?: ResourceListener): Promise<CollectedStack> {
    const contents = input.kind === "state" ? await readStateFile(input.file, listener) : await readPreviewFile(input.file, listener);
    // Reports locate findings at the project file when one is beside the stack file or where the check runs.
    const projectFile = [input.file === "-" ? "" : path.join(path.dirname(input.file), "Pulumi.yaml"), "Pulumi.yaml"].find((f) => f && fs.existsSync(f));
    return {
        ...(projectFile ? { programFile: path.resolve(projectFile) } : {}),
        project: contents.project,
        stack: contents.stack,
        resources: contents.resources,
        coverage: { unansweredCalls: [], remoteComponents: [], unreadable: contents.unreadable },
        input: { kind: input.kind, file: input.file },
    };
}

import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { AwsMocks } from "./awsMocks";
import { installEngineMonitor, type WrappableMonitor } from "./engineMonitor";
import { DEFAULT_MOCK_REGION, MOCK_ORGANIZATION } from "./mockAccount";
import { describeThrown, ProgramRunError } from "./programErrors";
import { toAnalyzerValue, toReportValue } from "./propertyValues";
import { programFrames, withCheapStackTraces } from "./stackTraces";
import type { CapturedResource, JsonValue } from "./types";

/** What a run could not show the pack: it makes a check incomplete, never passed. */
export interface RunCoverage {
    /** Data sources the mocks could not answer faithfully, by token, with how often each was called. */
    unansweredCalls: { token: string; count: number }[];
    /** URNs of multi-language (remote) components, whose children exist only in a real preview. */
    remoteComponents: string[];
}

/** What running a program (or a closure) under mocks produced. */
export interface MockRun {
    /** Every registered resource, in registration order, under the engine's URN. */
    resources: CapturedResource[];
    /** The stack outputs as the engine records them, rendered for a report (secrets shown as "[secret]"). */
    outputs: { [key: string]: JsonValue };
    /** What the run could not show the pack. */
    coverage: RunCoverage;
    /** The region of the default provider. */
    defaultRegion: string;
}

/** Options for a mocked run. */
export interface MockRunOptions {
    /** Project name (default "project"). */
    project?: string;
    /** Stack name (default "dev"). */
    stack?: string;
    /** Fully qualified config map (`project:key` → value). */
    config?: Record<string, string>;
    /** Config keys holding secrets. */
    secretKeys?: string[];
    /** Run as a preview (default false, as `pulumi up`). */
    preview?: boolean;
    /** Which source files are the program's own, for error locations (default: anything outside node_modules and this harness). */
    isProgramFile?: (file: string) => boolean;
    /** Called after each registration with the count so far (for a progress line). */
    onRegistered?: (count: number) => void;
    /** Called with each registration as it is captured, so that analysis can start before the program ends. */
    onResource?: (resource: CapturedResource) => void;
    /** Keep every registration for the returned run (default true); a caller that streams them with `onResource` may not need to. */
    keepResources?: boolean;
    /** Stack frames captured per error (default enough to locate the program's errors; fewer is faster). */
    framesPerError?: number;
}

const HARNESS_DIR = path.resolve(__dirname, "..");

function defaultIsProgramFile(file: string): boolean {
    return !file.includes(`${path.sep}node_modules${path.sep}`) && !file.startsWith(HARNESS_DIR + path.sep);
}

/**
 * Runs `body` as a Pulumi program under mocks that answer like an AWS account,
 * and returns every resource registration with its full request (parent,
 * provider, options, dependencies) under the URN the engine would give it,
 * with what the pack could not see.
 *
 * A program error of any kind (thrown, rejected inside `apply`, unhandled) is
 * a {@link ProgramRunError} that carries the program's own frames. Only one run
 * may be in flight at a time: the Pulumi runtime is process-global.
 */
export async function runUnderMocks(body: () => unknown, options: MockRunOptions = {}): Promise<MockRun> {
    const project = options.project ?? "project";
    const stack = options.stack ?? "dev";
    const config = options.config ?? {};
    const defaultRegion = config["aws:region"] || DEFAULT_MOCK_REGION;
    const mocks = new AwsMocks(defaultRegion);
    await pulumi.runtime.setMocks(mocks, project, stack, options.preview ?? false, MOCK_ORGANIZATION);
    pulumi.runtime.setAllConfig(config, options.secretKeys ?? []);

    // A program's error can surface as a rejection, an unhandled rejection, an
    // uncaught exception thrown from the SDK's own callbacks, or an engine
    // refusal (a duplicate URN); the first one wins.
    let fail: (err: unknown) => void = () => undefined;
    const failed = new Promise<never>((_resolve, reject) => {
        fail = reject;
    });
    failed.catch(() => undefined);
    const monitor = pulumi.runtime.getMonitor() as unknown as WrappableMonitor;
    const ledger = installEngineMonitor(monitor, {
        stack, project, onFailure: (error) => fail(error), onRegistered: options.onRegistered, onCaptured: options.onResource,
        onProvider: (urn, inputs) => mocks.rememberProvider(urn, inputs), keepResources: options.keepResources,
    });
    const onFailure = (err: unknown) => fail(err);
    process.on("unhandledRejection", onFailure);
    process.on("uncaughtException", onFailure);
    let outputs: Record<string, unknown> | undefined;
    try {
        outputs = await withCheapStackTraces(async () => {
            const result = await Promise.race([runBody(body), failed]);
            // Node reports a rejection nobody handled after the microtasks that made it: wait one turn for it.
            await Promise.race([new Promise((resolve) => setImmediate(resolve)), failed]);
            return result;
        }, options.framesPerError);
    } catch (err) {
        throw new ProgramRunError(describeThrown(err), err, programFrames(err, options.isProgramFile ?? defaultIsProgramFile));
    } finally {
        process.removeListener("unhandledRejection", onFailure);
        process.removeListener("uncaughtException", onFailure);
    }
    // Stack outputs as the engine records them: secrets stay marked as secrets.
    const rendered = toReportValue(ledger.stackOutputs ? toAnalyzerValue(ledger.stackOutputs) : (outputs ?? {}));
    return {
        resources: ledger.resources,
        outputs: rendered !== null && typeof rendered === "object" && !Array.isArray(rendered) ? rendered : {},
        coverage: {
            unansweredCalls: [...mocks.unansweredCalls].map(([token, count]) => ({ token, count })).sort((a, b) => a.token.localeCompare(b.token)),
            remoteComponents: ledger.remoteComponents,
        },
        defaultRegion,
    };
}

/** Runs the program body inside the root stack and waits for every registration, as the language host does. */
async function runBody(body: () => unknown): Promise<Record<string, unknown> | undefined> {
    // The program's own error is caught here rather than inside the SDK,
    // which would re-raise it later as unhandled rejections.
    let programError: { error: unknown } | undefined;
    const result = await pulumi.runtime.runInPulumiStack(async () => {
        try {
            return await Promise.resolve(body());
        } catch (error) {
            programError = { error };
            return undefined;
        }
    });
    await pulumi.runtime.disconnect();
    if (programError) {
        throw programError.error;
    }
    return result;
}

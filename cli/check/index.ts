import * as path from "path";
import { DEFAULT_MOCK_REGION } from "../harness/mockAccount";
import { checkPackFolder } from "../harness/pack/packProcess";
import { readPackConfigFile } from "../harness/packConfig";
import { PolicyPackClient } from "../harness/policyPackClient";
import { loadProgramProject } from "../harness/programConfig";
import { buildReport, type CheckReport, type FailOn } from "../report/model";
import { StackAnalysis, type AnalysisOptions } from "./analyze";
import { collectFromProgram, collectFromStackFile, type CollectedStack, type ProgramRunner } from "./collect";
import { writeStateFile } from "./emitState";
import type { StackFileInput } from "./inputs/stackFile";

export type { CheckInput, CollectedStack, ProgramRunner } from "./collect";
export type { StackFileInput } from "./inputs/stackFile";

/** What `check` needs: the program (or a preview or stack export), its stack and config, and the pack with its config. */
export interface CheckOptions {
    /** The Pulumi program folder (unused when `stackFile` is given). */
    programDir: string;
    /** A preview (`pulumi preview --json`) or stack export (`pulumi stack export`) to check instead of a program. */
    stackFile?: StackFileInput;
    /** The stack whose `Pulumi.<stack>.yaml` supplies config (default "dev"). */
    stack: string;
    /** `KEY=VALUE` config overrides, as `pulumi config set` would set them. */
    config: string[];
    /** The policy pack folder. */
    packDir: string;
    /** A `--policy-pack-config` JSON file, if any. */
    packConfigFile?: string;
    /** The finding level that blocks (default mandatory). */
    failOn?: FailOn;
    /** Judge dates (key ages, exemption expiry windows) as of this day (YYYY-MM-DD, UTC) instead of today. */
    now?: string;
    /** Write what the program registered as a `pulumi stack export` (version 3) document to this file. */
    emitState?: string;
    /** Seconds the program may run (default 300). */
    timeoutSeconds?: number;
    /** Where the program runs (default: its own process). */
    runner?: ProgramRunner;
    /** A pack that is already serving (tests share one); otherwise one is started and stopped here. */
    pack?: PolicyPackClient;
    /**
     * Pack processes: "auto" (default) adds a second process of the bundled pack once a stack reaches
     * {@link SECOND_PACK_AFTER} resources, and keeps a pack given with `--policy-pack` to one, as the engine does
     * (such a pack might carry state from call to call); 1 or 2 says so outright (2 from the first resource).
     */
    packProcesses?: PackProcesses;
    /** Whether `packDir` is the pack bundled with this package (one known to judge every call on its own). */
    bundledPack?: boolean;
    /** Progress: resources analyzed, and how many have been registered or read so far. */
    onProgress?: (analyzed: number, registered: number) => void;
    /** Every line the program wrote. */
    onProgramOutput?: (line: string, stream: "stdout" | "stderr") => void;
}

/** A stack collected, and the analysis that judged it as it arrived. */
interface Collection {
    collected: CollectedStack;
    analysis: StackAnalysis;
}

type SharedAnalysisOptions = Pick<AnalysisOptions, "rawPackConfig" | "now" | "onProgress" | "secondPack">;

/** How many processes of the pack judge a stack (see {@link CheckOptions.packProcesses}). */
export type PackProcesses = "auto" | 1 | 2;

/** The stack size from which "auto" shares the analysis with a second process of the bundled pack (about 1 s to start). */
export const SECOND_PACK_AFTER = 2_000;

/** When, if ever, a second pack process joins: never for a pack already serving, which this check does not own. */
function secondPackPlan(options: CheckOptions): AnalysisOptions["secondPack"] {
    const processes = options.packProcesses ?? "auto";
    if (options.pack !== undefined || processes === 1 || (processes === "auto" && !options.bundledPack)) {
        return undefined;
    }
    return {
        after: processes === 2 ? 0 : SECOND_PACK_AFTER,
        start: () => PolicyPackClient.start(path.resolve(options.packDir), { timeoutMs: 30_000 }),
    };
}

async function collectProgram(options: CheckOptions, pack: Promise<PolicyPackClient>, shared: SharedAnalysisOptions): Promise<Collection> {
    const project = loadProgramProject(options.programDir, options.stack, options.config);
    const analysis = new StackAnalysis(pack, {
        ...shared, stack: options.stack, project: project.name, defaultRegion: project.config["aws:region"] || DEFAULT_MOCK_REGION,
    });
    const collecting = collectFromProgram(project, options.stack, {
        runner: options.runner, timeoutSeconds: options.timeoutSeconds, onOutput: options.onProgramOutput, onResources: (batch) => analysis.add(batch),
    });
    // A pack that cannot start fails the check at once, without waiting for a program in its own process.
    const packFailed = pack.then(() => new Promise<never>(() => undefined));
    try {
        const collected = options.runner === "in-process" ? await collecting : await Promise.race([collecting, packFailed]);
        return { collected, analysis };
    } catch (err) {
        await analysis.close();
        throw err;
    }
}

async function collectFile(input: StackFileInput, pack: Promise<PolicyPackClient>, shared: SharedAnalysisOptions): Promise<Collection> {
    let analysis: StackAnalysis | undefined;
    try {
        const collected = await collectFromStackFile(input, (resource, identity, opaque) => {
            // The stack and project come from the file's own URNs, so the pack is configured once the first resource is read.
            analysis ??= new StackAnalysis(pack, { ...shared, ...identity, defaultRegion: undefined, releaseOutputs: true });
            analysis.add([resource], opaque.length > 0 ? new Map([[resource.urn, opaque]]) : undefined);
        });
        return { collected, analysis: analysis as StackAnalysis };
    } catch (err) {
        await analysis?.close();
        throw err;
    }
}

/**
 * Checks a stack as `pulumi preview --policy-pack` would, in three stages:
 * collect the resources (a program under mocks while the pack starts, or a
 * preview or stack export read as a stream), analyze them through the pack
 * over its real protocol (each resource as soon as it arrives, the stack once
 * complete), and build the report model every format renders.
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
    const started = Date.now();
    const rawPackConfig = options.packConfigFile ? readPackConfigFile(options.packConfigFile) : {};
    const ownPack = options.pack === undefined;
    if (ownPack) {
        checkPackFolder(path.resolve(options.packDir));
    }
    const packStarting = options.pack ? Promise.resolve(options.pack) : PolicyPackClient.start(path.resolve(options.packDir), { timeoutMs: 30_000 });
    packStarting.catch(() => undefined);
    try {
        const shared: SharedAnalysisOptions = { rawPackConfig, now: options.now, onProgress: options.onProgress, secondPack: secondPackPlan(options) };
        const { collected, analysis } = options.stackFile
            ? await collectFile(options.stackFile, packStarting, shared)
            : await collectProgram(options, packStarting, shared);
        try {
            if (options.emitState) {
                writeStateFile(options.emitState, collected);
            }
            const collectedAt = Date.now();
            const verdict = await analysis.finish();
            const done = Date.now();
            return buildReport(collected, verdict, {
                failOn: options.failOn ?? "mandatory", rawPackConfig, today: options.now,
                timings: { collect: collectedAt - started, analyze: done - collectedAt, total: done - started },
            });
        } finally {
            await analysis.close();
        }
    } finally {
        if (ownPack) {
            await (await packStarting.catch(() => undefined))?.close();
        }
    }
}

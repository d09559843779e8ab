import * as path from "path";
import { DEFAULT_MOCK_REGION } from "../harness/mockAccount";
import { checkPackFolder } from "../harness/pack/packProcess";
import { readPackConfigFile } from "../harness/packConfig";
import { PolicyPackClient } from "../harness/policyPackClient";
import { loadProgramProject } from "../harness/programConfig";
import { buildReport, type CheckReport, type FailOn } from "../report/model";
import { StackAnalysis } from "./analyze";
import { collectFromProgram, type CollectedStack, type ProgramRunner } from "./collect";

export type { CollectedStack, ProgramRunner } from "./collect";

/** What `check` needs: the program, its stack and config, and the pack with its config. */
export interface CheckOptions {
    /** The Pulumi program folder. */
    programDir: string;
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
    /** Seconds the program may run (default 300). */
    timeoutSeconds?: number;
    /** Where the program runs (default: its own process). */
    runner?: ProgramRunner;
    /** A pack that is already serving (tests share one); otherwise one is started and stopped here. */
    pack?: PolicyPackClient;
    /** Progress: resources analyzed, and how many the program has registered so far. */
    onProgress?: (analyzed: number, registered: number) => void;
    /** Every line the program wrote. */
    onProgramOutput?: (line: string, stream: "stdout" | "stderr") => void;
}

/**
 * Checks a Pulumi program as `pulumi up --policy-pack` would, in three stages:
 * collect the resources (the program under mocks, while the pack starts),
 * analyze them through the pack over its real protocol (each resource as soon
 * as it is registered, the stack once complete), and build the report model
 * every format renders.
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
    const started = Date.now();
    const project = loadProgramProject(options.programDir, options.stack, options.config);
    const rawPackConfig = options.packConfigFile ? readPackConfigFile(options.packConfigFile) : {};
    const ownPack = options.pack === undefined;
    if (ownPack) {
        checkPackFolder(path.resolve(options.packDir));
    }
    const packStarting = options.pack ? Promise.resolve(options.pack) : PolicyPackClient.start(path.resolve(options.packDir), { timeoutMs: 30_000 });
    packStarting.catch(() => undefined);
    try {
        const analysis = new StackAnalysis(packStarting, {
            stack: options.stack, project: project.name, defaultRegion: project.config["aws:region"] || DEFAULT_MOCK_REGION,
            rawPackConfig, onProgress: options.onProgress,
        });
        const collecting = collectFromProgram(project, options.stack, {
            runner: options.runner, timeoutSeconds: options.timeoutSeconds, onOutput: options.onProgramOutput, onResources: (batch) => analysis.add(batch),
        });
        // A pack that cannot start fails the check at once, without waiting for a program in its own process.
        const packFailed = packStarting.then(() => new Promise<never>(() => undefined));
        const collected: CollectedStack = options.runner === "in-process" ? await collecting : await Promise.race([collecting, packFailed]);
        const collectedAt = Date.now();
        const verdict = await analysis.finish();
        const done = Date.now();
        return buildReport(collected, verdict, options.failOn ?? "mandatory", { collect: collectedAt - started, analyze: done - collectedAt, total: done - started });
    } finally {
        if (ownPack) {
            await (await packStarting.catch(() => undefined))?.close();
        }
    }
}

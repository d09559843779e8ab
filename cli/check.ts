import * as path from "path";
import {
    analyzeRun, loadProgramProject, PackInfo, PolicyPackClient, readPackConfigFile, resolvePackConfig,
    runProgramUnderMocks, Violation,
} from "./harness";
import type { CapturedResource } from "./harness";

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
    /** Called with progress while resources are analyzed. */
    onProgress?: (phase: string, done: number, total: number) => void;
}

/** Wall-clock time of each phase, in milliseconds. */
export interface CheckTimings {
    /** Loading the program's project and config, and starting the pack (overlapping). */
    load: number;
    /** Running the program under mocks. */
    run: number;
    /** Configure, Analyze for every resource, and AnalyzeStack. */
    analyze: number;
}

/** The outcome of a check. */
export interface CheckResult {
    /** The project name. */
    project: string;
    /** The stack name. */
    stack: string;
    /** Every registered resource. */
    resources: CapturedResource[];
    /** Every violation, exempted ones marked. */
    violations: Violation[];
    /** The pack's metadata. */
    pack: PackInfo;
    /** Counts: resources, mandatory and advisory violations that are not exempted, and exempted findings. */
    summary: { resources: number; mandatory: number; advisory: number; exempted: number };
    /** Data sources the mocks had no specific answer for. */
    unansweredCalls: string[];
    /** Phase timings. */
    timings: CheckTimings;
}

/** Counts the findings that count against the stack (exempted ones do not). */
export function summarize(resources: number, violations: Violation[]): CheckResult["summary"] {
    const live = violations.filter((v) => !v.exemption);
    return {
        resources,
        mandatory: live.filter((v) => v.enforcementLevel === "mandatory").length,
        advisory: live.filter((v) => v.enforcementLevel === "advisory").length,
        exempted: violations.length - live.length,
    };
}

/**
 * Runs a Pulumi program under mocks and checks every resource with the policy
 * pack over its real protocol, as `pulumi up --policy-pack` would. The pack
 * starts while the program runs.
 */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
    const started = Date.now();
    const project = loadProgramProject(options.programDir, options.stack, options.config);
    const rawPackConfig = options.packConfigFile ? readPackConfigFile(options.packConfigFile) : {};
    const packStarting = PolicyPackClient.start(path.resolve(options.packDir));
    packStarting.catch(() => undefined);
    const loaded = Date.now();
    let client: PolicyPackClient | undefined;
    try {
        const run = await runProgramUnderMocks(project, options.stack);
        const ran = Date.now();
        client = await packStarting;
        const ready = Date.now();
        const pack = await client.info();
        await client.configureStack(options.stack, project.name, false);
        await client.configure(resolvePackConfig(pack, rawPackConfig));
        const violations = await analyzeRun(client, run, {
            stack: options.stack,
            project: project.name,
            onProgress: (done, total) => options.onProgress?.("analyze", done, total),
        });
        const analyzed = Date.now();
        return {
            project: project.name,
            stack: options.stack,
            resources: run.resources,
            violations,
            pack,
            summary: summarize(run.resources.length, violations),
            unansweredCalls: run.unansweredCalls,
            timings: { load: loaded - started + (ready - ran), run: ran - loaded, analyze: analyzed - ready },
        };
    } finally {
        if (!client) {
            client = await packStarting.catch(() => undefined);
        }
        await client?.close();
    }
}

import { analyzeRun } from "../harness/analysis";
import { resolvePackConfig } from "../harness/packConfig";
import type { PackInfo, PolicyPackClient, ResolvedPolicyConfig } from "../harness/policyPackClient";
import type { Violation } from "../harness/types";
import type { CollectedStack } from "./collect";

/** What the pack said about a collected stack. */
export interface PackVerdict {
    /** The pack's metadata. */
    pack: PackInfo;
    /** The config the pack ran with, every policy resolved. */
    config: ResolvedPolicyConfig;
    /** Every violation, exempted ones marked. */
    violations: Violation[];
}

/**
 * Sends a collected stack through the pack as the engine does during `pulumi
 * up`: `ConfigureStack`, `Configure`, `Analyze` for every resource, then
 * `AnalyzeStack`.
 */
export async function analyzeCollected(
    client: PolicyPackClient, collected: CollectedStack, rawPackConfig: Record<string, unknown>,
    onProgress?: (done: number, total: number) => void,
): Promise<PackVerdict> {
    const pack = await client.info();
    const config = resolvePackConfig(pack, rawPackConfig);
    await client.configureStack(collected.stack, collected.project, false);
    await client.configure(config);
    const violations = await analyzeRun(client, {
        resources: collected.resources, outputs: {}, coverage: collected.coverage, defaultRegion: collected.defaultRegion,
    }, { stack: collected.stack, project: collected.project, onProgress });
    return { pack, config, violations };
}

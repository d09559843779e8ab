import * as path from "path";
import { PackInfo, PolicyPackClient, ResolvedPolicyConfig, resolvePackConfig } from "../../cli/harness";

/** The pack folder under test. */
export const PACK_DIR = path.resolve(__dirname, "..", "..", "policypack");

let started: Promise<PolicyPackClient> | undefined;
/** The shared pack's metadata, asked once: it cannot change while the process runs. */
let packInfo: Promise<PackInfo> | undefined;

/**
 * The policy pack, started once per test run exactly as the Pulumi CLI starts it
 * (`run-policy-pack` and gRPC). Tests share it; {@link configurePack} sets its
 * config before each use.
 */
export function sharedPack(): Promise<PolicyPackClient> {
    started ??= PolicyPackClient.start(PACK_DIR);
    return started;
}

/** The shared pack's `GetAnalyzerInfo` answer, asked once per pack process. */
export async function sharedPackInfo(): Promise<PackInfo> {
    const client = await sharedPack();
    packInfo ??= client.info();
    return packInfo;
}

/** Sends a policy-pack config (as `--policy-pack-config` would) and returns the client. */
export async function configurePack(raw: Record<string, unknown> = {}): Promise<PolicyPackClient> {
    const client = await sharedPack();
    const info = await sharedPackInfo();
    const resolved: ResolvedPolicyConfig = resolvePackConfig(info, raw);
    await client.configure(resolved);
    return client;
}

/** Stops the shared pack, if it was started. */
export async function stopSharedPack(): Promise<void> {
    if (started) {
        const client = await started.catch(() => undefined);
        started = undefined;
        packInfo = undefined;
        await client?.close();
    }
}

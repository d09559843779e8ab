import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EngineLogServer } from "../../../cli/harness/pack/engineLogServer";
import { ComponentHost, type ConstructTarget } from "./componentHost";
import { FakeResourceMonitor } from "./fakeMonitor";
import type { PackageSchema } from "./schemaTypes";

/** One component host for the whole test run, with its fake engine and monitor. */
export interface SharedHost {
    /** The host serving the package. */
    host: ComponentHost;
    /** The engine endpoint the host logs to. */
    engine: EngineLogServer;
    /** The resource monitor Construct registers with. */
    monitor: FakeResourceMonitor;
    /** The stack Construct builds in. */
    target: ConstructTarget;
    /** The schema, fetched once, and how long GetSchema took. */
    schema(): Promise<{ schema: PackageSchema; ms: number }>;
}

const PROJECT = "consumer";
const STACK = "dev";

let shared: Promise<SharedHost> | undefined;
/** What has been started so far, so that a failed start is cleaned up too. */
const running: { engine?: EngineLogServer; monitor?: FakeResourceMonitor; host?: ComponentHost; workDir?: string } = {};

async function startSharedHost(): Promise<SharedHost> {
    const engine = (running.engine = await EngineLogServer.start());
    const monitor = (running.monitor = await FakeResourceMonitor.start(PROJECT, STACK));
    // The consumer's project directory: the CLI starts plugins in the program's working directory.
    const workDir = (running.workDir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-consumer-")));
    const host = (running.host = await ComponentHost.start(engine.address, workDir));
    let schema: Promise<{ schema: PackageSchema; ms: number }> | undefined;
    return {
        host,
        engine,
        monitor,
        target: { project: PROJECT, stack: STACK, monitorAddress: monitor.address, parent: `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}` },
        schema: () => (schema ??= (async () => {
            const before = Date.now();
            const value = (await host.schema()) as PackageSchema;
            return { schema: value, ms: Date.now() - before };
        })()),
    };
}

/** The host, started on first use (one start per test run). */
export function sharedHost(): Promise<SharedHost> {
    return (shared ??= startSharedHost());
}

/** Stops the host and its servers if a test started them; the mocha root hook calls this. */
export async function stopSharedHost(): Promise<void> {
    if (shared === undefined) return;
    await shared.catch(() => undefined);
    await running.host?.stop();
    await running.monitor?.stop();
    await running.engine?.stop();
    if (running.workDir) fs.rmSync(running.workDir, { recursive: true, force: true });
    shared = undefined;
    Object.assign(running, { engine: undefined, monitor: undefined, host: undefined, workDir: undefined });
}

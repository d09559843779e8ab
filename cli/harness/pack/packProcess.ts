import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { EngineLogServer } from "./engineLogServer";
import { trackChild } from "../childProcesses";

/** Thrown when a policy pack cannot be found or started; the message names the folder and what went wrong. */
export class PackStartError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PackStartError";
    }
}

/** Where to find `run-policy-pack`: the @pulumi/pulumi that the pack itself depends on, as the CLI does. */
function runPolicyPackPath(packDir: string): string {
    let pkg: string;
    try {
        pkg = require.resolve("@pulumi/pulumi/package.json", { paths: [packDir] });
    } catch {
        throw new PackStartError(`policy pack ${packDir} cannot find @pulumi/pulumi (run npm install in it)`);
    }
    return path.join(path.dirname(pkg), "cmd", "run-policy-pack");
}

/** Refuses a folder that cannot be a pack, before anything is spawned. */
export function checkPackFolder(dir: string): void {
    if (!fs.existsSync(dir)) {
        throw new PackStartError(`policy pack folder ${dir} does not exist`);
    }
    if (!fs.statSync(dir).isDirectory()) {
        throw new PackStartError(`policy pack folder ${dir} is a file; --policy-pack names the pack's folder (the one holding PulumiPolicy.yaml)`);
    }
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
        throw new PackStartError(`${dir} is not a policy pack: it has no PulumiPolicy.yaml`);
    }
}

/**
 * A policy pack process served exactly as the Pulumi CLI serves it: `node
 * <@pulumi/pulumi>/cmd/run-policy-pack <engine address> .` in the pack folder,
 * with the port read from the first line on stdout.
 */
export class PackProcess {
    private constructor(
        private readonly child: ChildProcess,
        private readonly engine: EngineLogServer,
        /** The port the pack serves on. */
        readonly port: number,
        private readonly stderr: string[],
    ) {}

    /** Starts the pack; rejects within `timeoutMs` with the pack's stderr if it does not serve. */
    static async start(packDir: string, options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<PackProcess> {
        const timeoutMs = options.timeoutMs ?? 60_000;
        const dir = path.resolve(packDir);
        checkPackFolder(dir);
        const script = runPolicyPackPath(dir);
        const engine = await EngineLogServer.start();
        const child = spawn(process.execPath, [script, engine.address, "."], {
            cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env },
        });
        trackChild(child);
        const stderr: string[] = [];
        child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
        try {
            const port = await new Promise<number>((resolve, reject) => {
                let out = "";
                const timer = setTimeout(() => reject(new PackStartError(`policy pack in ${dir} printed no port within ${timeoutMs / 1000} s${tail(stderr)}`)), timeoutMs);
                child.stdout?.on("data", (chunk: Buffer) => {
                    out += chunk.toString();
                    const line = out.split("\n")[0];
                    if (out.includes("\n") && /^\d+$/.test(line.trim())) {
                        clearTimeout(timer);
                        resolve(Number(line.trim()));
                    }
                });
                child.on("error", (err) => {
                    clearTimeout(timer);
                    reject(new PackStartError(`policy pack in ${dir} could not start: ${err.message}`));
                });
                child.on("exit", (code) => {
                    clearTimeout(timer);
                    reject(new PackStartError(`policy pack in ${dir} exited with code ${code} before serving${tail(stderr)}`));
                });
            });
            return new PackProcess(child, engine, port, stderr);
        } catch (err) {
            child.kill();
            await engine.stop();
            throw err;
        }
    }

    /** The process id (for memory figures). */
    get pid(): number | undefined {
        return this.child.pid;
    }

    /** Messages the pack logged to the engine. */
    get engineLog(): readonly { severity: string; message: string; urn: string }[] {
        return this.engine.entries;
    }

    /** The end of what the pack wrote to stderr, to explain a failed call. */
    stderrTail(): string {
        return tail(this.stderr);
    }

    /** Stops the process and the engine endpoint. */
    async stop(): Promise<void> {
        if (this.child.exitCode === null && this.child.signalCode === null) {
            const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
            this.child.kill();
            await exited;
        }
        await this.engine.stop();
    }
}

function tail(stderr: string[]): string {
    const text = stderr.join("").trim();
    return text ? `\npolicy pack stderr:\n${text.slice(-4000)}` : "";
}

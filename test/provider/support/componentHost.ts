import * as grpc from "@grpc/grpc-js";
import * as pluginProto from "@pulumi/pulumi/proto/plugin_pb";
import * as providerRpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";
import { spawn, type ChildProcess } from "child_process";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import * as path from "path";
import { REPO_ROOT } from "../../support/cli";

/** The multi-language component package: the folder with PulumiPlugin.yaml. */
export const PROVIDER_DIR = path.join(REPO_ROOT, "provider");

/** The stack a Construct runs in. */
export interface ConstructTarget {
    /** Project name. */
    project: string;
    /** Stack name. */
    stack: string;
    /** The resource monitor's address. */
    monitorAddress: string;
    /** The parent's URN (the stack's). */
    parent: string;
}

/** What Construct answered. */
export interface Constructed {
    /** The component's URN. */
    urn: string;
    /** The component's outputs, as sent on the wire. */
    state: Record<string, unknown>;
}

type UnaryCall<Req, Res> = (request: Req, callback: (err: grpc.ServiceError | null, response: Res) => void) => unknown;

function unary<Req, Res>(client: providerRpc.ResourceProviderClient, method: UnaryCall<Req, Res>, request: Req): Promise<Res> {
    return new Promise((resolve, reject) => method.call(client, request, (err, response) => (err ? reject(err) : resolve(response))));
}

/**
 * The Node.js component host serving the package, started as the Pulumi CLI's
 * Node.js language host starts a plugin: `node <@pulumi/pulumi/cmd/run-plugin,
 * resolved from the plugin folder> <plugin folder> <engine address>`, in the
 * consumer's directory; the first line on stdout is the port.
 */
export class ComponentHost {
    private constructor(
        private readonly child: ChildProcess,
        private readonly client: providerRpc.ResourceProviderClient,
        private readonly log: { text: string },
        /** Milliseconds from spawn to the port. */
        readonly startMs: number,
    ) {}

    /** Spawns the host and waits for its port (at most `timeoutMs`). */
    static async start(engineAddress: string, cwd: string, timeoutMs = 60_000): Promise<ComponentHost> {
        const runPlugin = require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [PROVIDER_DIR] });
        const started = Date.now();
        const child = spawn(process.execPath, [runPlugin, PROVIDER_DIR, engineAddress], { cwd, stdio: ["ignore", "pipe", "pipe"], env: process.env });
        const log = { text: "" };
        child.stderr?.on("data", (chunk: Buffer) => {
            log.text += chunk.toString();
        });
        const port = await new Promise<string>((resolve, reject) => {
            let stdout = "";
            const timer = setTimeout(() => reject(new Error(`the component host printed no port in ${timeoutMs} ms:\n${log.text}`)), timeoutMs);
            child.stdout?.on("data", (chunk: Buffer) => {
                stdout += chunk.toString();
                const line = stdout.split("\n")[0];
                if (stdout.includes("\n") && /^\d+$/.test(line.trim())) {
                    clearTimeout(timer);
                    resolve(line.trim());
                }
            });
            child.once("exit", (code) => {
                clearTimeout(timer);
                reject(new Error(`the component host exited with ${code} before printing its port:\n${log.text}`));
            });
        });
        const client = new providerRpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
        return new ComponentHost(child, client, log, Date.now() - started);
    }

    /** The host's process id. */
    get pid(): number | undefined {
        return this.child.pid;
    }

    /** What the host wrote to stderr so far. */
    get errors(): string {
        return this.log.text;
    }

    /** GetPluginInfo: the package version. */
    async pluginVersion(): Promise<string> {
        const info = await unary<emptyProto.Empty, pluginProto.PluginInfo>(this.client, this.client.getPluginInfo, new emptyProto.Empty());
        return info.getVersion();
    }

    /** GetSchema (version 0): the package schema, parsed. */
    async schema(): Promise<unknown> {
        const response = await unary<providerProto.GetSchemaRequest, providerProto.GetSchemaResponse>(this.client, this.client.getSchema, new providerProto.GetSchemaRequest());
        return JSON.parse(response.getSchema());
    }

    /**
     * Construct: builds component `type` named `name` from `inputs` (already in
     * wire form) under `target.parent`; `dependencies` maps an input to the URNs
     * its value came from, as the engine sends them.
     */
    async construct(target: ConstructTarget, type: string, name: string, inputs: Record<string, unknown>, dependencies: Record<string, string[]> = {}): Promise<Constructed> {
        const request = new providerProto.ConstructRequest();
        request.setProject(target.project);
        request.setStack(target.stack);
        request.setOrganization("organization");
        request.setDryrun(false);
        request.setParallel(16);
        request.setMonitorendpoint(target.monitorAddress);
        request.setType(type);
        request.setName(name);
        request.setParent(target.parent);
        request.setAcceptsOutputValues(true);
        request.setInputs(structProto.Struct.fromJavaScript(inputs as Record<string, structProto.JavaScriptValue>));
        for (const [key, urns] of Object.entries(dependencies)) {
            const deps = new providerProto.ConstructRequest.PropertyDependencies();
            deps.setUrnsList(urns);
            request.getInputdependenciesMap().set(key, deps);
        }
        const response = await unary<providerProto.ConstructRequest, providerProto.ConstructResponse>(this.client, this.client.construct, request);
        return { urn: response.getUrn(), state: (response.getState()?.toJavaScript() ?? {}) as Record<string, unknown> };
    }

    /** Closes the connection and stops the host. */
    async stop(): Promise<void> {
        this.client.close();
        if (this.child.exitCode !== null) return;
        const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
        this.child.kill("SIGTERM");
        await exited;
    }
}

import * as grpc from "@grpc/grpc-js";
import * as engineRpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engineProto from "@pulumi/pulumi/proto/engine_pb";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";

/** One message that the policy pack logged to the engine. */
export interface EngineLogEntry {
    /** "debug", "info", "warning" or "error". */
    severity: string;
    /** The message text. */
    message: string;
    /** The URN the message is about, if any. */
    urn: string;
}

const SEVERITIES = ["debug", "info", "warning", "error"];

/**
 * A minimal Pulumi engine endpoint: the address the CLI passes to
 * `run-policy-pack`. It records what the pack logs, as the CLI would print it.
 */
export class EngineLogServer {
    private constructor(
        private readonly server: grpc.Server,
        /** The address to pass to `run-policy-pack`. */
        readonly address: string,
        /** Everything logged so far. */
        readonly entries: EngineLogEntry[],
    ) {}

    /** Starts the endpoint on a loopback port. */
    static async start(): Promise<EngineLogServer> {
        const server = new grpc.Server();
        const entries: EngineLogEntry[] = [];
        const implementation: grpc.UntypedServiceImplementation = {
            log: (call: grpc.ServerUnaryCall<engineProto.LogRequest, emptyProto.Empty>, callback: grpc.sendUnaryData<emptyProto.Empty>) => {
                const req = call.request;
                entries.push({ severity: SEVERITIES[req.getSeverity()] ?? "info", message: req.getMessage(), urn: req.getUrn() });
                callback(null, new emptyProto.Empty());
            },
            getRootResource: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<engineProto.GetRootResourceResponse>) => {
                callback(null, new engineProto.GetRootResourceResponse());
            },
            setRootResource: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<engineProto.SetRootResourceResponse>) => {
                callback(null, new engineProto.SetRootResourceResponse());
            },
        };
        server.addService(engineRpc.EngineService as unknown as grpc.ServiceDefinition, implementation);
        const port = await new Promise<number>((resolve, reject) =>
            server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))));
        return new EngineLogServer(server, `127.0.0.1:${port}`, entries);
    }

    /** Stops the endpoint. */
    async stop(): Promise<void> {
        await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    }
}

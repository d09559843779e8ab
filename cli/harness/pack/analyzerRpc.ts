import * as grpc from "@grpc/grpc-js";
import * as analyzerRpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerProto from "@pulumi/pulumi/proto/analyzer_pb";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";
import { configureRequest, decodeAnalyzeResponse, decodeAnalyzerInfo, type AnalysisResult } from "./analyzerCodec";
import type { PackInfo, ResolvedPolicyConfig } from "./packTypes";

const MAX_MESSAGE = 1024 * 1024 * 1024;

/**
 * The gRPC calls of the CrossGuard analyzer protocol, made with the stubs in
 * `@pulumi/pulumi/proto/analyzer_grpc_pb`. `Analyze` and `AnalyzeStack` take
 * request bytes, so a caller can encode once and send many times.
 */
export class AnalyzerRpc {
    private readonly client: analyzerRpc.AnalyzerClient;

    /** @param explain appended to the message of a failed call (the pack's stderr). */
    constructor(port: number, private readonly explain: () => string = () => "") {
        this.client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": MAX_MESSAGE,
            "grpc.max_send_message_length": MAX_MESSAGE,
        });
    }

    private unary<Req, Res>(method: (req: Req, cb: (err: grpc.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
        return new Promise<Res>((resolve, reject) => {
            method.call(this.client, req, (err: grpc.ServiceError | null, res: Res) => (err ? reject(new Error(`${err.details || err.message}${this.explain()}`)) : resolve(res)));
        });
    }

    private send(method: "Analyze" | "AnalyzeStack", bytes: Uint8Array): Promise<analyzerProto.AnalyzeResponse> {
        return new Promise((resolve, reject) => {
            this.client.makeUnaryRequest<Uint8Array, analyzerProto.AnalyzeResponse>(
                `/pulumirpc.Analyzer/${method}`,
                (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
                (buffer) => analyzerProto.AnalyzeResponse.deserializeBinary(new Uint8Array(buffer)),
                bytes,
                (err, res) => (err || !res ? reject(new Error(`${err?.details || err?.message || "no response"}${this.explain()}`)) : resolve(res)),
            );
        });
    }

    /** `GetAnalyzerInfo`. */
    async info(): Promise<PackInfo> {
        return decodeAnalyzerInfo(await this.unary<emptyProto.Empty, analyzerProto.AnalyzerInfo>(this.client.getAnalyzerInfo, new emptyProto.Empty()));
    }

    /** `ConfigureStack`; older packs that do not implement it are tolerated, as the CLI tolerates them. */
    async configureStack(stack: string, project: string, organization: string, dryRun: boolean): Promise<void> {
        const req = new analyzerProto.AnalyzerStackConfigureRequest();
        req.setStack(stack);
        req.setProject(project);
        req.setOrganization(organization);
        req.setDryRun(dryRun);
        await this.unary(this.client.configureStack, req).catch(() => undefined);
    }

    /** `Configure`. */
    async configure(config: ResolvedPolicyConfig): Promise<void> {
        await this.unary(this.client.configure, configureRequest(config));
    }

    /** `Analyze` from encoded request bytes; `urn` fills diagnostics that carry none. */
    async analyze(bytes: Uint8Array, urn: string): Promise<AnalysisResult> {
        return decodeAnalyzeResponse(await this.send("Analyze", bytes), urn);
    }

    /** `AnalyzeStack` from encoded request bytes. */
    async analyzeStack(bytes: Uint8Array): Promise<AnalysisResult> {
        return decodeAnalyzeResponse(await this.send("AnalyzeStack", bytes), "");
    }

    /** Closes the channel. */
    close(): void {
        this.client.close();
    }
}

import * as grpc from "@grpc/grpc-js";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";
import * as resourceRpc from "@pulumi/pulumi/proto/resource_grpc_pb";
import * as resourceProto from "@pulumi/pulumi/proto/resource_pb";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import { AwsMocks, engineUrn } from "../../../cli/harness";

/** One resource registration the component host sent. */
export interface Registration {
    /** The URN the monitor gave it (the engine's rule: the parent's type chain, without the stack). */
    urn: string;
    /** The type token. */
    type: string;
    /** The logical name. */
    name: string;
    /** The parent URN. */
    parent: string;
    /** Custom (cloud) resource, or component. */
    custom: boolean;
    /** The inputs as sent (secrets and output values keep their wire form). */
    inputs: Record<string, unknown>;
    /** The alias specs, as `{ type?, name? }`. */
    aliases: { type?: string; name?: string }[];
}

/** The SDK features this monitor answers yes to: enough for a modern SDK to send outputs, secrets and alias specs. */
const FEATURES = new Set(["secrets", "resourceReferences", "outputValues", "aliasSpecs", "deletedWith"]);

type Handler<Req, Res> = (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => void;

/**
 * A small Pulumi resource monitor for the component host's Construct: it
 * records every registration and every `registerResourceOutputs`, and answers
 * like an AWS account, with the offline check's mocks (realistic ids, ARNs and
 * data-source results).
 */
export class FakeResourceMonitor {
    /** Every registration, in order. */
    readonly registrations: Registration[] = [];
    /** The outputs each component registered, by URN. */
    readonly outputs = new Map<string, Record<string, unknown>>();
    /** Data-source tokens invoked. */
    readonly invokes: string[] = [];

    private constructor(private readonly server: grpc.Server, readonly address: string, private readonly mocks: AwsMocks, private readonly stack: string, private readonly project: string) {}

    /** Starts the monitor on a loopback port for one project and stack. */
    static async start(project: string, stack: string): Promise<FakeResourceMonitor> {
        const server = new grpc.Server();
        const port = await new Promise<number>((resolve, reject) =>
            server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))));
        const monitor = new FakeResourceMonitor(server, `127.0.0.1:${port}`, new AwsMocks(), stack, project);
        server.addService(resourceRpc.ResourceMonitorService as unknown as grpc.ServiceDefinition, monitor.implementation());
        return monitor;
    }

    /** Forgets what was recorded, between two tests. */
    clear(): void {
        this.registrations.length = 0;
        this.outputs.clear();
        this.invokes.length = 0;
    }

    /** The registrations whose parent is `urn`. */
    childrenOf(urn: string): Registration[] {
        return this.registrations.filter((r) => r.parent === urn);
    }

    /** The registration with this URN; fails when there is none. */
    byUrn(urn: string): Registration {
        const found = this.registrations.find((r) => r.urn === urn);
        if (!found) throw new Error(`nothing registered as ${urn}; registered: ${this.registrations.map((r) => r.urn).join(", ")}`);
        return found;
    }

    /** Stops the monitor. */
    async stop(): Promise<void> {
        await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    }

    private implementation(): grpc.UntypedServiceImplementation {
        const supportsFeature: Handler<resourceProto.SupportsFeatureRequest, resourceProto.SupportsFeatureResponse> = (call, callback) => {
            const response = new resourceProto.SupportsFeatureResponse();
            response.setHassupport(FEATURES.has(call.request.getId()));
            callback(null, response);
        };
        const registerResource: Handler<resourceProto.RegisterResourceRequest, resourceProto.RegisterResourceResponse> = (call, callback) => {
            const req = call.request;
            const inputs = (req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>;
            const urn = engineUrn(this.stack, this.project, req.getParent(), req.getType(), req.getName());
            this.registrations.push({
                urn, type: req.getType(), name: req.getName(), parent: req.getParent(), custom: req.getCustom(), inputs,
                aliases: req.getAliasesList().map((alias) => ({ type: alias.getSpec()?.getType() || undefined, name: alias.getSpec()?.getName() || undefined })),
            });
            if (req.getType().startsWith("pulumi:providers:")) this.mocks.rememberProvider(urn, inputs);
            const result = this.mocks.newResource({ type: req.getType(), name: req.getName(), inputs, provider: req.getProvider(), custom: req.getCustom(), id: "" });
            const response = new resourceProto.RegisterResourceResponse();
            response.setUrn(urn);
            response.setId(result.id ?? "");
            response.setObject(structProto.Struct.fromJavaScript(result.state as Record<string, structProto.JavaScriptValue>));
            callback(null, response);
        };
        const registerResourceOutputs: Handler<resourceProto.RegisterResourceOutputsRequest, emptyProto.Empty> = (call, callback) => {
            this.outputs.set(call.request.getUrn(), (call.request.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>);
            callback(null, new emptyProto.Empty());
        };
        const invoke: Handler<resourceProto.ResourceInvokeRequest, providerProto.InvokeResponse> = (call, callback) => {
            const req = call.request;
            this.invokes.push(req.getTok());
            const result = this.mocks.call({ token: req.getTok(), inputs: req.getArgs()?.toJavaScript() ?? {}, provider: req.getProvider() });
            const response = new providerProto.InvokeResponse();
            response.setReturn(structProto.Struct.fromJavaScript(result as Record<string, structProto.JavaScriptValue>));
            callback(null, response);
        };
        return { supportsFeature, registerResource, registerResourceOutputs, invoke };
    }
}

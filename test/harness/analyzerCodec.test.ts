import { strict as assert } from "assert";
import * as analyzerProto from "@pulumi/pulumi/proto/analyzer_pb";
import type { CapturedResource } from "../../cli/harness";
import { encodeAnalyzeStack, encodeStackEntry } from "../../cli/harness/pack/analyzerCodec";

function resource(name: string, inputs: Record<string, unknown>): CapturedResource {
    const urn = `urn:pulumi:dev::codec::aws:s3/bucket:Bucket::${name}`;
    return {
        urn, type: "aws:s3/bucket:Bucket", name, parent: "urn:pulumi:dev::codec::pulumi:pulumi:Stack::codec-dev", provider: null, custom: true,
        id: name, inputs: {}, analyzerInputs: inputs, analyzerOutputs: { ...inputs, arn: `arn:aws:s3:::${name}` }, dependencies: [],
        propertyDependencies: { bucket: [] }, options: { parent: "", protect: false, ignoreChanges: [], deleteBeforeReplace: false, additionalSecretOutputs: [], aliases: [] },
    };
}

describe("the analyzer codec", () => {
    it("joins per-resource AnalyzeStack entries into exactly the bytes the protobuf library writes", () => {
        const resources = [resource("small", {}), resource("large", { policy: "x".repeat(70_000) }), resource("tagged", { tags: { Owner: "platform" } })];
        const provider = { type: "pulumi:providers:aws", name: "default", urn: "urn:pulumi:dev::codec::pulumi:providers:aws::default", properties: { region: "eu-west-1" } };
        const reference = new analyzerProto.AnalyzeStackRequest();
        for (const r of resources) {
            reference.addResources(analyzerProto.AnalyzerResource.deserializeBinary(encodeStackEntry(r, provider)));
        }
        assert.deepEqual(Buffer.from(encodeAnalyzeStack(resources, () => provider)), Buffer.from(reference.serializeBinary()));
        const decoded = analyzerProto.AnalyzeStackRequest.deserializeBinary(encodeAnalyzeStack(resources, () => provider));
        assert.deepEqual(decoded.getResourcesList().map((m) => m.getName()), ["small", "large", "tagged"]);
        assert.equal(decoded.getResourcesList()[1].getProvider()?.getUrn(), provider.urn);
    });
});

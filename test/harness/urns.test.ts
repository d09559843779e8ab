import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { engineUrn, parseUrn, runUnderMocks } from "../../cli/harness";

class Outer extends pulumi.ComponentResource {
    readonly inner: Inner;
    constructor(name: string) {
        super("acme:net:Outer", name);
        this.inner = new Inner(`${name}-inner`, { parent: this });
        this.registerOutputs({});
    }
}

class Inner extends pulumi.ComponentResource {
    readonly queue: aws.sqs.Queue;
    constructor(name: string, opts: pulumi.ComponentResourceOptions) {
        super("acme:net:Inner", name, {}, opts);
        this.queue = new aws.sqs.Queue(`${name}-queue`, {}, { parent: this });
        this.registerOutputs({});
    }
}

describe("engine URNs", () => {
    let urns: Map<string, string>;
    let sdkUrns: Record<string, string>;
    before(async () => {
        let expected: Record<string, pulumi.Output<string>> = {};
        const run = await runUnderMocks(() => {
            const top = new aws.s3.Bucket("top", {});
            const outer = new Outer("outer");
            // The SDK's own URN construction, from the parent chain it sees.
            expected = {
                top: pulumi.createUrn("top", "aws:s3/bucket:Bucket"),
                outer: pulumi.createUrn("outer", "acme:net:Outer"),
                inner: pulumi.createUrn("outer-inner", "acme:net:Inner", outer),
                queue: pulumi.createUrn("outer-inner-queue", "aws:sqs/queue:Queue", outer.inner),
                registeredQueue: outer.inner.queue.urn,
                registeredTop: top.urn,
            };
            return expected;
        }, { project: "shop", stack: "prod" });
        urns = new Map(run.resources.map((r) => [r.name, r.urn]));
        sdkUrns = run.outputs as Record<string, string>;
    });

    it("never put the root stack in a type chain", () => {
        assert.equal(urns.get("top"), "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::top");
        assert.equal(urns.get("top"), sdkUrns.top);
        assert.equal(urns.get("outer"), sdkUrns.outer);
        assert.equal(urns.get("shop-prod"), "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod");
    });

    it("chain every parent type from the outermost component down, as the SDK does", () => {
        assert.equal(urns.get("outer-inner"), "urn:pulumi:prod::shop::acme:net:Outer$acme:net:Inner::outer-inner");
        assert.equal(urns.get("outer-inner"), sdkUrns.inner);
        assert.equal(urns.get("outer-inner-queue"), "urn:pulumi:prod::shop::acme:net:Outer$acme:net:Inner$aws:sqs/queue:Queue::outer-inner-queue");
        assert.equal(urns.get("outer-inner-queue"), sdkUrns.queue);
    });

    it("are the URNs the SDK hands the program", () => {
        assert.equal(sdkUrns.registeredQueue, urns.get("outer-inner-queue"));
        assert.equal(sdkUrns.registeredTop, urns.get("top"));
    });

    it("parse back into their parts, names with :: included", () => {
        assert.deepEqual(parseUrn(engineUrn("dev", "p", "", "a:b:C", "x::y")), { stack: "dev", project: "p", typeChain: "a:b:C", name: "x::y" });
        assert.equal(parseUrn("arn:aws:s3:::bucket"), undefined);
    });

    it("make a second registration of the same URN fail with the engine's message", async () => {
        await assert.rejects(runUnderMocks(() => {
            new aws.sqs.Queue("jobs", {});
            new aws.sqs.Queue("jobs", {});
        }, { project: "shop", stack: "prod" }), {
            name: "ProgramRunError",
            message: "Duplicate resource URN 'urn:pulumi:prod::shop::aws:sqs/queue:Queue::jobs'; try giving it a unique name",
        });
    });
});

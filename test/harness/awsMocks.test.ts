import { strict as assert } from "assert";
import * as fs from "fs";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { MOCK_ACCOUNT_ID, ProgramRunError, runUnderMocks } from "../../cli/harness";

/** The 1-based line of the `throw` in the first error test below, read from this file. */
const THROW_LINE = fs.readFileSync(__filename, "utf8").split("\n").findIndex((line) => /^\s+throw new Error\("no CIDRs configured"\);$/.test(line)) + 1;

describe("the AWS mocks", () => {
    it("give resources realistic ARNs in their provider's region", async () => {
        let topicArn: pulumi.Output<string> | undefined;
        let userArn: pulumi.Output<string> | undefined;
        const run = await runUnderMocks(() => {
            const provider = new aws.Provider("apse2", { region: "ap-southeast-2" });
            topicArn = new aws.sns.Topic("alerts", { name: "alerts" }, { provider }).arn;
            userArn = new aws.iam.User("svc", { name: "svc-renewer", path: "/service/" }).arn;
            return { topicArn, userArn };
        });
        assert.deepEqual(run.outputs, {
            topicArn: `arn:aws:sns:ap-southeast-2:${MOCK_ACCOUNT_ID}:alerts`,
            userArn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:user/service/svc-renewer`,
        });
    });

    it("answer the data sources the components use, in the provider's region", async () => {
        const run = await runUnderMocks(() => {
            const provider = new aws.Provider("usw2", { region: "us-west-2" });
            return {
                account: aws.getCallerIdentityOutput().accountId,
                partition: aws.getPartitionOutput().partition,
                region: aws.getRegionOutput({}, { provider }).region,
                defaultRegions: aws.getRegionsOutput().names.apply((n) => n.length),
                allRegions: aws.getRegionsOutput({ allRegions: true }).names.apply((n) => n.length),
                zones: aws.getAvailabilityZonesOutput({}, { provider }).names,
            };
        }, { config: { "aws:region": "eu-central-1" } });
        assert.equal(run.outputs.account, MOCK_ACCOUNT_ID);
        assert.equal(run.outputs.partition, "aws");
        assert.equal(run.outputs.region, "us-west-2");
        assert.equal(run.outputs.defaultRegions, 17);
        assert.ok(Number(run.outputs.allRegions) > 17);
        assert.deepEqual(run.outputs.zones, ["us-west-2a", "us-west-2b", "us-west-2c"]);
        assert.equal(run.defaultRegion, "eu-central-1");
        assert.deepEqual(run.coverage, { unansweredCalls: [], remoteComponents: [] });
    });

    it("capture parents, explicit providers and secret options of every registration", async () => {
        const run = await runUnderMocks(() => {
            class Holder extends pulumi.ComponentResource {
                constructor(name: string) {
                    super("test:index:Holder", name);
                    const provider = new aws.Provider(`${name}-euw1`, { region: "eu-west-1" }, { parent: this });
                    new aws.ssm.Parameter(`${name}-param`, { type: "SecureString", value: pulumi.secret("hunter2hunter2") }, { parent: this, provider, additionalSecretOutputs: ["value"] });
                    this.registerOutputs({});
                }
            }
            new Holder("holder");
        });
        const holder = run.resources.find((r) => r.type === "test:index:Holder");
        const provider = run.resources.find((r) => r.type === "pulumi:providers:aws");
        const param = run.resources.find((r) => r.type === "aws:ssm/parameter:Parameter");
        assert.ok(holder && provider && param);
        assert.equal(provider.parent, holder.urn);
        assert.equal(provider.inputs.region, "eu-west-1");
        assert.equal(param.parent, holder.urn);
        assert.equal(param.provider, provider.urn);
        assert.equal(param.inputs.value, "[secret]", "secrets never reach a report");
        assert.ok(param.options.additionalSecretOutputs.includes("value"), "the provider marks the value secret");
        assert.equal(holder.custom, false);
    });

    it("report the program's own error as a ProgramRunError, at the program's own line", async () => {
        await assert.rejects(runUnderMocks(() => {
            throw new Error("no CIDRs configured");
        }), (error: unknown) => {
            assert.ok(error instanceof ProgramRunError);
            assert.equal(error.message, "no CIDRs configured");
            assert.match(error.frames[0].file, /awsMocks\.test\.ts$/);
            assert.equal(error.frames[0].line, THROW_LINE, "the TypeScript line, mapped through ts-node's source map");
            assert.ok(error.frames.every((f) => !f.file.includes("node_modules")), "no SDK frames");
            return true;
        });
    });

    it("report an error thrown inside apply, and a thrown non-Error, as program failures", async () => {
        await assert.rejects(runUnderMocks(() => {
            const bucket = new aws.s3.Bucket("reports", {});
            return { prefix: bucket.bucket.apply((name) => { throw new Error(`bad name ${name}`); }) };
        }), { name: "ProgramRunError", message: /^bad name reports-/ });
        await assert.rejects(runUnderMocks(() => {
            throw "plain string"; // eslint-disable-line no-throw-literal
        }), { name: "ProgramRunError", message: /threw "plain string", which is not an Error/ });
    });

    it("report a rejection nobody handles as a program failure", async () => {
        await assert.rejects(runUnderMocks(() => {
            new aws.sqs.Queue("jobs", {});
            void Promise.reject(new Error("lookup of the VPC failed"));
        }), { name: "ProgramRunError", message: "lookup of the VPC failed" });
    });
});

describe("the mock engine's secrets", () => {
    it("marks outputs named in additionalSecretOutputs as secrets, as the engine does", async () => {
        const run = await runUnderMocks(() => {
            const key = new aws.iam.AccessKey("key", { user: "svc-renewer" });
            return { secret: key.secret, id: key.id, created: key.createDate };
        });
        assert.equal(run.outputs.secret, "[secret]");
        assert.match(String(run.outputs.id), /^AKIA[A-Z0-9]{16}$/);
        assert.equal(String(run.outputs.created).slice(0, 10), new Date().toISOString().slice(0, 10), "a key is created the day the update runs");
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { MOCK_ACCOUNT_ID, runUnderMocks } from "../../cli/harness";

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
        assert.deepEqual(run.unansweredCalls, []);
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

    it("report the program's own error as a ProgramRunError", async () => {
        await assert.rejects(runUnderMocks(() => {
            throw new Error("no CIDRs configured");
        }), { name: "ProgramRunError", message: "no CIDRs configured" });
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

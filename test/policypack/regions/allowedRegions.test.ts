import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, awsProvider, capturedResource, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "allowed-regions";
const EU_ONLY = { [POLICY]: { allowedRegions: ["eu-west-1", "eu-central-1"] } };

function multiRegion(): void {
    const euw1 = new aws.Provider("euw1", { region: "eu-west-1" });
    const use1 = new aws.Provider("use1", { region: "us-east-1" });
    new aws.sqs.Queue("eu-queue", {}, { provider: euw1 });
    new aws.sqs.Queue("us-queue", {}, { provider: use1 });
    new aws.sqs.Queue("own-region", { region: "ap-south-1" }, { provider: euw1 });
    new aws.iam.User("global-user", {}, { provider: use1 });
    new aws.route53.Zone("zone", { name: "example.com" }, { provider: use1 });
    new aws.cloudfront.OriginAccessControl("oac", { name: "oac", originAccessControlOriginType: "s3", signingBehavior: "always", signingProtocol: "sigv4" }, { provider: use1 });
}

describe(POLICY, () => {
    it("is silent when allowedRegions is not set (the default)", async () => {
        const { violations } = await checkUnderMocks(multiRegion);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("blocks resources in other regions, by provider or by their own region, and exempts global resources and providers", async () => {
        const { violations } = await checkUnderMocks(multiRegion, EU_ONLY);
        const findings = findingsOf(violations, POLICY);
        assert.deepEqual(findings.map((f) => f.message).sort(), [
            "own-region is deployed in ap-south-1, which is not in allowedRegions (eu-west-1, eu-central-1)",
            "us-queue is deployed in us-east-1, which is not in allowedRegions (eu-west-1, eu-central-1)",
        ]);
        assert.ok(findings.every((f) => f.enforcementLevel === "mandatory"));
    });

    it("uses the default provider's region from stack config", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.sqs.Queue("default-queue", {});
        }, EU_ONLY, { "aws:region": "us-west-2" });
        assert.deepEqual(messagesOf(violations, POLICY), ["default-queue is deployed in us-west-2, which is not in allowedRegions (eu-west-1, eu-central-1)"]);
    });

    it("exempts resources inside guardrail components unless exemptGuardrailComponents is false", async () => {
        class Detection extends pulumi.ComponentResource {
            constructor(name: string) {
                super("aws-guardrails:detect:VcpuAlarms", name, {}, {});
                new aws.sns.Topic(`${name}-topic`, {}, { parent: this, provider: new aws.Provider(`${name}-apse2`, { region: "ap-southeast-2" }, { parent: this }) });
                this.registerOutputs({});
            }
        }
        const exempt = await checkUnderMocks(() => new Detection("detect"), EU_ONLY);
        assert.deepEqual(messagesOf(exempt.violations, POLICY), []);
        const checked = await checkUnderMocks(() => new Detection("detect"), { [POLICY]: { allowedRegions: ["eu-west-1"], exemptGuardrailComponents: false } });
        assert.deepEqual(messagesOf(checked.violations, POLICY), ["detect-topic is deployed in ap-southeast-2, which is not in allowedRegions (eu-west-1)"]);
    });

    it("exempts CloudFront-scoped WAFv2 web ACLs but not regional ones", async () => {
        const cloudfront = await analyzeOne(capturedResource("aws:wafv2/webAcl:WebAcl", "cf", { scope: "CLOUDFRONT" }), EU_ONLY, awsProvider("us-east-1"));
        const regional = await analyzeOne(capturedResource("aws:wafv2/webAcl:WebAcl", "alb", { scope: "REGIONAL" }), EU_ONLY, awsProvider("us-east-1"));
        assert.deepEqual(messagesOf(cloudfront, POLICY), []);
        assert.equal(messagesOf(regional, POLICY).length, 1);
    });

    it("stays silent when no region is known", async () => {
        const violations = await analyzeOne(capturedResource("aws:sqs/queue:Queue", "q", {}), EU_ONLY, undefined);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

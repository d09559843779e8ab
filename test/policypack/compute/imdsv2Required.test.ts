import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { capturedResource, analyzeOne, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "imdsv2-required";

describe(POLICY, () => {
    it("blocks an instance that leaves IMDSv1 on, and one with httpTokens optional", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("legacy", { ami: "ami-0abc", instanceType: "t3.micro" });
            new aws.ec2.Instance("optional", { ami: "ami-0abc", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } });
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 2, messages.join("\n"));
        assert.ok(messages.some((m) => /legacy sets no metadataOptions, so IMDSv1 stays enabled/.test(m)));
        assert.ok(messages.some((m) => /optional has metadataOptions.httpTokens = "optional"/.test(m)));
        assert.ok(violations.filter((v) => v.policy === POLICY).every((v) => v.enforcementLevel === "mandatory"));
    });

    it("blocks a launch template without required tokens", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.LaunchTemplate("lt", { imageId: "ami-0abc", metadataOptions: { httpEndpoint: "enabled" } });
        });
        assert.match(messagesOf(violations, POLICY).join("\n"), /lt has metadataOptions.httpTokens = null/);
    });

    it("passes instances and launch templates that require IMDSv2, or disable the endpoint", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("web", { ami: "ami-0abc", instanceType: "t3.micro", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } });
            new aws.ec2.LaunchTemplate("lt", { imageId: "ami-0abc", metadataOptions: { httpTokens: "required" } });
            new aws.ec2.Instance("no-imds", { ami: "ami-0abc", instanceType: "t3.micro", metadataOptions: { httpEndpoint: "disabled" } });
            new aws.ec2.Instance("from-template", { launchTemplate: { name: "lt", version: "$Latest" } });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("stays silent when httpTokens is not known yet", async () => {
        const violations = await analyzeOne(capturedResource("aws:ec2/instance:Instance", "later", { ami: "ami-1", metadataOptions: { httpTokens: UNKNOWN } }));
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "instance-no-public-ip";

describe(POLICY, () => {
    it("reports instances, spot requests and launch templates that ask for a public IP (advisory)", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("bastion", { ami: "ami-1", instanceType: "t3.micro", associatePublicIpAddress: true });
            new aws.ec2.SpotInstanceRequest("spot", { ami: "ami-1", instanceType: "t3.micro", associatePublicIpAddress: true });
            new aws.ec2.LaunchTemplate("lt", { imageId: "ami-1", networkInterfaces: [{ associatePublicIpAddress: "true" }] });
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 3, messages.join("\n"));
        assert.ok(messages.some((m) => m.startsWith("bastion sets associatePublicIpAddress = true")));
        assert.ok(messages.some((m) => m.startsWith("lt sets networkInterfaces[0].associatePublicIpAddress = true")));
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("passes instances that leave it unset or set it to false", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("private", { ami: "ami-1", instanceType: "t3.micro", associatePublicIpAddress: false });
            new aws.ec2.Instance("default", { ami: "ami-1", instanceType: "t3.micro" });
            new aws.ec2.LaunchTemplate("lt", { imageId: "ami-1", networkInterfaces: [{ associatePublicIpAddress: "false" }] });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "ebs-encryption-required";

function unencryptedEverywhere(): void {
    new aws.ebs.Volume("data", { availabilityZone: "eu-west-1a", size: 10, encrypted: false });
    new aws.ebs.Volume("unset", { availabilityZone: "eu-west-1a", size: 10 });
    new aws.ec2.Instance("web", {
        ami: "ami-1",
        instanceType: "t3.micro",
        rootBlockDevice: { encrypted: false },
        ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 10 }],
    });
    new aws.ec2.LaunchTemplate("lt", { imageId: "ami-1", blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false", volumeSize: 8 } }] });
}

describe(POLICY, () => {
    it("reports unencrypted and unset volumes on volumes, instances and launch templates", async () => {
        const { violations } = await checkUnderMocks(unencryptedEverywhere);
        const messages = messagesOf(violations, POLICY);
        assert.ok(messages.includes("data sets encrypted = false; EBS volumes must be encrypted"), messages.join("\n"));
        assert.ok(messages.some((m) => m.startsWith("unset leaves encrypted unset")));
        assert.ok(messages.includes("web sets rootBlockDevice.encrypted = false; EBS volumes must be encrypted"));
        assert.ok(messages.some((m) => m.startsWith("web leaves ebsBlockDevices[0].encrypted unset")));
        assert.ok(messages.includes("lt sets blockDeviceMappings[0].ebs.encrypted = false; EBS volumes must be encrypted"));
        assert.equal(messages.length, 5);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("reports an instance whose root volume depends on the AMI, but not one launched from a template", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("bare", { ami: "ami-1", instanceType: "t3.micro" });
            new aws.ec2.Instance("templated", { launchTemplate: { name: "lt" } });
        });
        assert.deepEqual(messagesOf(violations, POLICY), [
            "bare leaves the root volume (no rootBlockDevice) unset, so the volume is encrypted only if the account enables EBS encryption by default; set encrypted = true",
        ]);
    });

    it("passes encrypted volumes everywhere", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ebs.Volume("data", { availabilityZone: "eu-west-1a", size: 10, encrypted: true });
            new aws.ec2.Instance("web", { ami: "ami-1", instanceType: "t3.micro", rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] });
            new aws.ec2.LaunchTemplate("lt", { imageId: "ami-1", blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }] });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("with trustAccountDefaultEncryption reports only explicit encrypted = false", async () => {
        const { violations } = await checkUnderMocks(unencryptedEverywhere, { [POLICY]: { trustAccountDefaultEncryption: true } });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 3, messages.join("\n"));
        assert.ok(messages.every((m) => m.includes("= false")));
    });

    it("stays silent on unknown encryption", async () => {
        const violations = await analyzeOne(capturedResource("aws:ebs/volume:Volume", "later", { availabilityZone: "eu-west-1a", encrypted: UNKNOWN }));
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "instance-type-allowed";

function miningFleet(): void {
    new aws.ec2.Instance("gpu", { ami: "ami-1", instanceType: "p4d.24xlarge" });
    new aws.ec2.LaunchTemplate("g5", { imageId: "ami-1", instanceType: "g5.xlarge" });
    new aws.ec2.SpotInstanceRequest("metal", { ami: "ami-1", instanceType: "c5.metal" });
    new aws.ec2.LaunchConfiguration("big", { imageId: "ami-1", instanceType: "m5.24xlarge" });
    new aws.eks.NodeGroup("ng", {
        clusterName: "c",
        nodeRoleArn: "arn:aws:iam::123456789012:role/n",
        subnetIds: ["subnet-1"],
        scalingConfig: { desiredSize: 1, maxSize: 1, minSize: 1 },
        instanceTypes: ["t3.large", "trn1.32xlarge"],
    });
    new aws.autoscaling.Group("asg", {
        maxSize: 1,
        minSize: 0,
        mixedInstancesPolicy: {
            launchTemplate: { launchTemplateSpecification: { launchTemplateName: "lt" }, overrides: [{ instanceType: "inf2.xlarge" }, { instanceType: "t3.small" }] },
        },
    });
}

describe(POLICY, () => {
    it("reports GPU, accelerated, bare-metal and 24xlarge types by default (advisory)", async () => {
        const { violations } = await checkUnderMocks(miningFleet);
        const messages = messagesOf(violations, POLICY);
        assert.ok(messages.includes("gpu instanceType: \"p4d.24xlarge\" matches the denied pattern \"p*\" (deniedInstanceTypes)"), messages.join("\n"));
        assert.ok(messages.some((m) => m.startsWith("g5 instanceType: \"g5.xlarge\"")));
        assert.ok(messages.some((m) => m.includes("\"c5.metal\" matches the denied pattern \"*.metal*\"")));
        assert.ok(messages.some((m) => m.includes("\"m5.24xlarge\" matches the denied pattern \"*.24xlarge\"")));
        assert.ok(messages.some((m) => m.startsWith("ng instanceTypes[1]: \"trn1.32xlarge\"")));
        assert.ok(messages.some((m) => m.startsWith("asg mixedInstancesPolicy.launchTemplate.overrides[0].instanceType: \"inf2.xlarge\"")));
        assert.equal(messages.length, 6);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("passes ordinary types", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("web", { ami: "ami-1", instanceType: "t3.micro" });
            new aws.ec2.LaunchTemplate("lt", { imageId: "ami-1", instanceType: "m7i.2xlarge" });
            new aws.ec2.Instance("c", { ami: "ami-1", instanceType: "c7g.16xlarge" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("with allowedInstanceTypes allows only matching types, replacing the deny list", async () => {
        const config = { [POLICY]: { allowedInstanceTypes: ["t3.*", "g5.xlarge"] } };
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("ok", { ami: "ami-1", instanceType: "t3.micro" });
            new aws.ec2.Instance("gpu-allowed", { ami: "ami-1", instanceType: "g5.xlarge" });
            new aws.ec2.Instance("other", { ami: "ami-1", instanceType: "m5.large" });
        }, config);
        assert.deepEqual(messagesOf(violations, POLICY), ["other instanceType: \"m5.large\" matches none of allowedInstanceTypes (t3.*, g5.xlarge)"]);
    });

    it("with deniedInstanceTypes uses the given deny list", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.Instance("gpu", { ami: "ami-1", instanceType: "p5.48xlarge" });
            new aws.ec2.Instance("x", { ami: "ami-1", instanceType: "x2idn.large" });
        }, { [POLICY]: { deniedInstanceTypes: ["x2*"] } });
        assert.deepEqual(messagesOf(violations, POLICY), ["x instanceType: \"x2idn.large\" matches the denied pattern \"x2*\" (deniedInstanceTypes)"]);
    });

    it("judges spot fleet launch specifications and a 1 MB type string without hanging", async () => {
        const spot = capturedResource("aws:ec2/spotFleetRequest:SpotFleetRequest", "fleet", {
            iamFleetRole: "arn:aws:iam::123456789012:role/f",
            targetCapacity: 1,
            launchSpecifications: [{ ami: "ami-1", instanceType: "g4dn.xlarge" }, { ami: "ami-1", instanceType: "x".repeat(1_000_000) }],
        });
        const started = Date.now();
        const messages = messagesOf(await analyzeOne(spot), POLICY);
        assert.ok(Date.now() - started < 2000);
        assert.equal(messages.length, 2, messages.join("\n"));
        assert.match(messages[0], /launchSpecifications\[0\].instanceType: "g4dn.xlarge"/);
        assert.match(messages[1], /is not an instance type name/);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "security-group-no-public-all-traffic";

describe(POLICY, () => {
    it("blocks protocol -1 from the internet, every tcp port, and a vpc rule with ipProtocol -1", async () => {
        const { violations } = await checkUnderMocks(() => {
            const sg = new aws.ec2.SecurityGroup("open", { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] });
            new aws.ec2.SecurityGroupRule("tcp-all", { type: "ingress", securityGroupId: sg.id, protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::/0"] });
            new aws.vpc.SecurityGroupIngressRule("vpc-all", { securityGroupId: sg.id, ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "open ingress[0] allows all traffic (protocol -1: every protocol and port) from 0.0.0.0/0 (every IPv4 address)",
            "tcp-all the rule allows every tcp port from ::/0 (every IPv6 address)",
            "vpc-all the rule allows all traffic (protocol -1: every protocol and port) from 0.0.0.0/0 (every IPv4 address)",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory"));
    });

    it("passes all traffic from a VPC range and specific ports from anywhere", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.SecurityGroup("internal", {
                ingress: [
                    { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/16"] },
                    { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
                    { protocol: "all", fromPort: 0, toPort: 0, self: true },
                ],
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

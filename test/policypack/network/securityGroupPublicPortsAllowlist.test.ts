import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "security-group-public-ports-allowlist";

function appPorts(): void {
    new aws.ec2.SecurityGroup("app", {
        ingress: [
            { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
            { protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["0.0.0.0/0"] },
            { protocol: "47", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] },
        ],
    });
}

describe(POLICY, () => {
    it("reports world-open ports outside portsAllowedToWorld, and other protocols (advisory)", async () => {
        const { violations } = await checkUnderMocks(appPorts);
        assert.deepEqual(messagesOf(violations, POLICY), [
            "app ingress[1] allows tcp port 8080 from 0.0.0.0/0 (every IPv4 address); only 80, 443 may be open to the world (portsAllowedToWorld)",
            "app ingress[2] allows protocol 47 from 0.0.0.0/0 (every IPv4 address); only 80, 443 may be open to the world (portsAllowedToWorld)",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("passes 80 and 443 from anywhere, other ports from private ranges, and leaves all-traffic rules to the mandatory policy", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.SecurityGroup("web", {
                ingress: [
                    { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
                    { protocol: "tcp", fromPort: 443, toPort: 443, ipv6CidrBlocks: ["::/0"] },
                    { protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["192.168.0.0/16"] },
                    { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] },
                ],
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("with portsAllowedToWorld config accepts the listed ports", async () => {
        const { violations } = await checkUnderMocks(appPorts, { [POLICY]: { portsAllowedToWorld: [443, 8080] } });
        assert.deepEqual(messagesOf(violations, POLICY), [
            "app ingress[2] allows protocol 47 from 0.0.0.0/0 (every IPv4 address); only 443, 8080 may be open to the world (portsAllowedToWorld)",
        ]);
    });
});

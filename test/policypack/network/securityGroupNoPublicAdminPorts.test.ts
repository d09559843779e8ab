import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "security-group-no-public-admin-ports";

describe(POLICY, () => {
    it("blocks SSH from 0.0.0.0/0 inline, RDP from ::/0 as a SecurityGroupRule, and a vpc rule whose range includes 5432", async () => {
        const { violations } = await checkUnderMocks(() => {
            const sg = new aws.ec2.SecurityGroup("web", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8", "0.0.0.0/0"] }] });
            new aws.ec2.SecurityGroupRule("rdp", { type: "ingress", securityGroupId: sg.id, protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlocks: ["::/0"] });
            new aws.vpc.SecurityGroupIngressRule("db", { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 5000, toPort: 6000, cidrIpv4: "0.0.0.0/0" });
        });
        const messages = messagesOf(violations, POLICY);
        assert.deepEqual(messages.sort(), [
            "db the rule allows tcp ports 5000-6000 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 5432 (PostgreSQL), 5439 (Redshift), 5900 (VNC), 5985 (WinRM), 5986 (WinRM (TLS)) to the internet",
            "rdp the rule allows tcp port 3389 from ::/0 (every IPv6 address), which opens admin port(s) 3389 (RDP) to the internet",
            "web ingress[0] allows tcp port 22 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 22 (SSH) to the internet",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory" && v.severity === "critical"));
    });

    it("blocks all-protocol rules and wide blocks such as 0.0.0.0/1", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.SecurityGroup("open", { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/1", "128.0.0.0/1"] }] });
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 2, messages.join("\n"));
        assert.match(messages[0], /allows all traffic \(every protocol and port\) from 0.0.0.0\/1 \(a \/1 reaches a large part of the internet\), which opens admin port\(s\) 22 \(SSH\), 23 \(Telnet\)/);
        assert.match(messages[0], /and \d+ more to the internet$/);
    });

    it("passes admin ports from private ranges, web ports from anywhere, egress rules and ICMP", async () => {
        const { violations } = await checkUnderMocks(() => {
            const sg = new aws.ec2.SecurityGroup("web", {
                ingress: [
                    { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8", "203.0.113.0/24"] },
                    { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
                    { protocol: "icmp", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] },
                ],
                egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
            });
            new aws.ec2.SecurityGroupRule("out", { type: "egress", securityGroupId: sg.id, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] });
            new aws.vpc.SecurityGroupIngressRule("from-sg", { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 22, toPort: 22, referencedSecurityGroupId: "sg-123" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("with adminPorts config checks the given ports instead", async () => {
        const body = () => {
            new aws.ec2.SecurityGroup("app", { ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });
        };
        const configured = await checkUnderMocks(body, { [POLICY]: { adminPorts: [8080] } });
        assert.deepEqual(messagesOf(configured.violations, POLICY), [
            "app ingress[0] allows tcp port 8080 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 8080 to the internet",
        ]);
    });

    it("stays silent on unknown ports or CIDRs and never throws on odd shapes", async () => {
        const violations = await analyzeOne(capturedResource("aws:ec2/securityGroup:SecurityGroup", "odd", {
            ingress: [
                { protocol: "tcp", fromPort: UNKNOWN, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
                { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN, "not-a-cidr", 7] },
                { protocol: 6, fromPort: "22", toPort: "22", cidrBlocks: "0.0.0.0/0" },
                "garbage",
                null,
            ],
        }));
        assert.deepEqual(messagesOf(violations, POLICY), [
            "odd ingress[2] allows tcp port 22 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 22 (SSH) to the internet",
        ]);
    });
});

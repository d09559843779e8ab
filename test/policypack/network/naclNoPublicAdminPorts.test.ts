import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "nacl-no-public-admin-ports";

describe(POLICY, () => {
    it("blocks inline, default-ACL and standalone allow entries from the internet to admin ports", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.NetworkAcl("public", {
                vpcId: "vpc-1",
                ingress: [
                    { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
                ],
            });
            new aws.ec2.DefaultNetworkAcl("default", {
                defaultNetworkAclId: "acl-1",
                ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
            });
            new aws.ec2.NetworkAclRule("rdp", { networkAclId: "acl-2", ruleNumber: 200, ruleAction: "allow", protocol: "6", fromPort: 3389, toPort: 3389, ipv6CidrBlock: "::/0" });
        });
        const messages = messagesOf(violations, POLICY).sort();
        assert.equal(messages.length, 3, messages.join("\n"));
        assert.match(messages[0], /^default ingress\[0\] \(rule 100\) allows all traffic \(every protocol and port\) from 0.0.0.0\/0 \(every IPv4 address\), which opens admin port\(s\) 22 \(SSH\), 23 \(Telnet\), 445 \(SMB\/CIFS\)/);
        assert.equal(messages[1], "public ingress[0] (rule 100) allows tcp port 22 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 22 (SSH) to the internet");
        assert.equal(messages[2], "rdp the rule (rule 200) allows tcp port 3389 from ::/0 (every IPv6 address), which opens admin port(s) 3389 (RDP) to the internet");
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory" && v.severity === "high"));
    });

    it("passes denies, private sources, web ports, egress rules and ICMP", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.NetworkAcl("private", {
                vpcId: "vpc-1",
                ingress: [
                    { ruleNo: 90, action: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "10.0.0.0/8" },
                    { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 120, action: "allow", protocol: "icmp", fromPort: 0, toPort: 0, icmpType: 8, icmpCode: 0, cidrBlock: "0.0.0.0/0" },
                ],
                egress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
            });
            new aws.ec2.NetworkAclRule("out", { networkAclId: "acl-2", egress: true, ruleNumber: 100, ruleAction: "allow", protocol: "-1", cidrBlock: "0.0.0.0/0" });
            new aws.ec2.NetworkAclRule("deny-ssh", { networkAclId: "acl-2", ruleNumber: 50, ruleAction: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("honours lower-numbered whole-family denies in the same ACL, per protocol and port", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ec2.NetworkAcl("shadowed", {
                vpcId: "vpc-1",
                ingress: [
                    { ruleNo: 10, action: "deny", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" },
                ],
            });
            new aws.ec2.NetworkAcl("partly", {
                vpcId: "vpc-1",
                ingress: [
                    // A deny after the allow, a narrower deny, and a tcp-only deny do not close the ports.
                    { ruleNo: 200, action: "deny", protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 20, action: "deny", protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/1" },
                    { ruleNo: 30, action: "deny", protocol: "tcp", fromPort: 0, toPort: 1000, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 0, toPort: 3389, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 110, action: "allow", protocol: "udp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
                ],
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "partly ingress[3] (rule 100) allows tcp ports 0-3389 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 1433 (SQL Server), 1521 (Oracle), 2375 (Docker API), 2376 (Docker API (TLS)), 3306 (MySQL), 3389 (RDP) to the internet",
            "partly ingress[4] (rule 110) allows udp port 22 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 22 (SSH) to the internet",
        ]);
    });

    it("with adminPorts config checks the given ports instead", async () => {
        const body = () => {
            new aws.ec2.NetworkAcl("app", {
                vpcId: "vpc-1",
                ingress: [
                    { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlock: "0.0.0.0/0" },
                    { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
                ],
            });
        };
        const configured = await checkUnderMocks(body, { [POLICY]: { adminPorts: [8080] } });
        assert.deepEqual(messagesOf(configured.violations, POLICY), [
            "app ingress[0] (rule 100) allows tcp port 8080 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 8080 to the internet",
        ]);
        const defaults = await checkUnderMocks(body);
        assert.deepEqual(messagesOf(defaults.violations, POLICY), [
            "app ingress[1] (rule 110) allows tcp port 22 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 22 (SSH) to the internet",
        ]);
    });

    it("stays silent on unknowns (including a lower deny not known yet) and never throws on odd shapes", async () => {
        const violations = await analyzeOne(capturedResource("aws:ec2/networkAcl:NetworkAcl", "odd", {
            ingress: [
                { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: UNKNOWN, toPort: 22, cidrBlock: "0.0.0.0/0" },
                { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: UNKNOWN },
                { ruleNo: 120, action: "ALLOW", protocol: 6, fromPort: "22", toPort: "22", cidrBlock: "0.0.0.0/0" },
                "garbage",
                null,
                { ruleNo: "x", action: 5, protocol: [], cidrBlock: {} },
            ],
        }));
        assert.deepEqual(messagesOf(violations, POLICY), [
            "odd ingress[2] (rule 120) allows tcp port 22 from 0.0.0.0/0 (every IPv4 address), which opens admin port(s) 22 (SSH) to the internet",
        ]);
        const shadowUnknown = await analyzeOne(capturedResource("aws:ec2/networkAcl:NetworkAcl", "pending", {
            ingress: [
                { ruleNo: 50, action: UNKNOWN, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
                { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
            ],
        }));
        assert.deepEqual(messagesOf(shadowUnknown, POLICY), []);
        const unknownEgress = await analyzeOne(capturedResource("aws:ec2/networkAclRule:NetworkAclRule", "maybe", {
            egress: UNKNOWN, ruleNumber: 100, ruleAction: "allow", protocol: "-1", cidrBlock: "0.0.0.0/0",
        }));
        assert.deepEqual(messagesOf(unknownEgress, POLICY), []);
    });
});

import assert from "node:assert/strict";
import { denyOutsideCidrs } from "../../components/documents";

const HINT = "expected IPv4 like 203.0.113.0/24 or IPv6 like 2001:db8::/32";

describe("denyOutsideCidrs", () => {
    it("denies every action from outside the ranges unless an AWS service is acting", () => {
        assert.deepEqual(denyOutsideCidrs({ cidrs: ["203.0.113.0/24", "2001:db8::/32"] }), {
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "DenyOutsideAllowedNetworks",
                    Effect: "Deny",
                    Action: "*",
                    Resource: "*",
                    Condition: {
                        NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"] },
                        Bool: { "aws:ViaAWSService": "false" },
                    },
                },
            ],
        });
    });

    it("drops the AWS-service exemption when viaAwsServices is false", () => {
        const statement = denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], viaAwsServices: false }).Statement[0];
        assert.deepEqual(statement.Condition, { NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } });
    });

    it("exempts allowed VPC endpoints and VPCs with one StringNotEqualsIfExists block", () => {
        const statement = denyOutsideCidrs({
            cidrs: ["203.0.113.0/24"],
            allowedVpcEndpoints: ["vpce-1a2b3c4d"],
            allowedVpcs: ["vpc-0a1b2c3d"],
        }).Statement[0];
        assert.deepEqual(statement.Condition?.StringNotEqualsIfExists, {
            "aws:SourceVpce": ["vpce-1a2b3c4d"],
            "aws:SourceVpc": ["vpc-0a1b2c3d"],
        });
    });

    it("allows an empty CIDR list when VPC endpoints are exempt, denying all public requests", () => {
        const statement = denyOutsideCidrs({ cidrs: [], allowedVpcEndpoints: ["vpce-1a2b3c4d"] }).Statement[0];
        assert.deepEqual(statement.Condition, {
            Bool: { "aws:ViaAWSService": "false" },
            StringNotEqualsIfExists: { "aws:SourceVpce": ["vpce-1a2b3c4d"] },
        });
    });

    it("narrows the deny to chosen actions", () => {
        const statement = denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], actions: ["ec2:RunInstances", "s3:Put*"] }).Statement[0];
        assert.deepEqual(statement.Action, ["ec2:RunInstances", "s3:Put*"]);
    });

    it("writes CIDRs canonically and without duplicates", () => {
        const statement = denyOutsideCidrs({ cidrs: ["203.0.113.7/24", "203.0.113.0/24", "2001:DB8::/32"] }).Statement[0];
        assert.deepEqual(statement.Condition?.NotIpAddress, { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"] });
    });

    it("refuses a bad CIDR with the exact message", () => {
        assert.throws(() => denyOutsideCidrs({ cidrs: ["10.0.0.0/33"] }), {
            name: "GuardrailInputError",
            message: `denyOutsideCidrs: "10.0.0.0/33" is not a valid CIDR; ${HINT}`,
        });
    });

    it("refuses ranges that cover the whole internet", () => {
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24", "0.0.0.0/0"] }), {
            message: `denyOutsideCidrs: "0.0.0.0/0" allows every IPv4 address, which switches the fence off; list the ranges your callers use, like 203.0.113.0/24`,
        });
        assert.throws(() => denyOutsideCidrs({ cidrs: ["::/0"] }), {
            message: `denyOutsideCidrs: "::/0" allows every IPv6 address, which switches the fence off; list the ranges your callers use, like 203.0.113.0/24`,
        });
    });

    it("refuses ranges that together cover a whole address family, naming them", () => {
        assert.throws(() => denyOutsideCidrs({ cidrs: ["0.0.0.0/1", "128.0.0.0/1"] }), {
            message: `denyOutsideCidrs: "0.0.0.0/1", "128.0.0.0/1" together allow every IPv4 address, which switches the fence off; list the ranges your callers use, like 203.0.113.0/24`,
        });
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24", "::/1", "8000::/1"] }), /"::\/1", "8000::\/1" together allow every IPv6 address/);
        const quarters = ["0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/3", "160.0.0.0/3", "192.0.0.0/2", "10.0.0.0/8", "203.0.113.0/24"];
        assert.throws(() => denyOutsideCidrs({ cidrs: quarters }), /"0\.0\.0\.0\/2", "64\.0\.0\.0\/2", "128\.0\.0\.0\/3", "160\.0\.0\.0\/3", "192\.0\.0\.0\/2" and 2 more together allow every IPv4 address/);
        assert.doesNotThrow(() => denyOutsideCidrs({ cidrs: ["0.0.0.0/1"] }), "half the space still fences the other half");
        assert.doesNotThrow(() => denyOutsideCidrs({ cidrs: ["0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/2", "192.0.0.0/3", "224.0.0.0/4", "240.0.0.0/5", "248.0.0.0/6", "252.0.0.0/7", "254.0.0.0/8", "255.0.0.0/9"] }), "a gap at the top remains");
        assert.doesNotThrow(() => denyOutsideCidrs({ cidrs: ["0.0.0.0/1", "8000::/1"] }), "half of each family");
    });

    it("refuses a configuration that would deny every request", () => {
        assert.throws(() => denyOutsideCidrs({ cidrs: [] }), {
            message: `denyOutsideCidrs: cidrs is empty and no allowedVpcEndpoints or allowedVpcs are given, so every request would be denied; give at least one CIDR, like 203.0.113.0/24`,
        });
    });

    it("refuses a bad VPC endpoint or VPC id", () => {
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], allowedVpcEndpoints: ["vpce-xyz"] }), {
            message: `denyOutsideCidrs: "vpce-xyz" is not a valid VPC endpoint id; expected "vpce-" followed by 8 or 17 lowercase hex digits, like vpce-1a2b3c4d5e6f78901`,
        });
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], allowedVpcs: ["vpc-1"] }), {
            message: `denyOutsideCidrs: "vpc-1" is not a valid VPC id; expected "vpc-" followed by 8 or 17 lowercase hex digits, like vpc-0a1b2c3d4e5f67890`,
        });
    });

    it("refuses unknown, empty or star action lists", () => {
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], actions: ["ec2:RunInstance"] }), {
            message: `denyOutsideCidrs: actions: "ec2:RunInstance" is not a known IAM action. Did you mean "ec2:RunInstances"?`,
        });
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], actions: [] }), {
            message: `denyOutsideCidrs: actions is empty; leave it out to cover every action, or list actions like "ec2:RunInstances"`,
        });
        assert.throws(() => denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], actions: ["*"] }), {
            message: `denyOutsideCidrs: actions contains "*"; leave actions out to cover every action`,
        });
    });

    it("refuses inputs of the wrong type from JavaScript callers", () => {
        const loose = denyOutsideCidrs as (args: unknown) => unknown;
        assert.throws(() => loose({ cidrs: "203.0.113.0/24" }), {
            message: `denyOutsideCidrs: cidrs must be an array of strings; got "203.0.113.0/24"`,
        });
        assert.throws(() => loose({ cidrs: [42] }), { message: `denyOutsideCidrs: cidrs must contain only strings; got 42` });
        assert.throws(() => loose({ cidrs: ["203.0.113.0/24"], viaAwsServices: "no" }), {
            message: `denyOutsideCidrs: viaAwsServices must be true or false; got "no"`,
        });
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";
import { MOCK_ACCOUNT_ID, MOCK_ORGANIZATION, runUnderMocks, type MockRun } from "../../cli/harness";

describe("data sources under mocks", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            const provider = new aws.Provider("euw1", { region: "eu-west-1" });
            const subnets = aws.ec2.getSubnets({}, { provider });
            const ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ["amazon"], filters: [{ name: "name", values: ["al2023-ami-*-x86_64"] }] });
            const admin = aws.iam.getPolicyOutput({ arn: "arn:aws:iam::aws:policy/AdministratorAccess" });
            const engine = aws.rds.getEngineVersionOutput({ engine: "postgres" });
            const engineAgain = aws.rds.getEngineVersionOutput({ engine: "mysql" });
            const vpc = new awsx.ec2.Vpc("net", {});
            const shared = new pulumi.StackReference("acme/network/prod");
            return {
                firstTwo: subnets.then((s) => s.ids.slice(0, 2)),
                subnetRegion: subnets.then((s) => s.region),
                vpcCidr: aws.ec2.getVpcOutput({ default: true }, { provider }).cidrBlock,
                subnetZone: aws.ec2.getSubnetOutput({ id: "subnet-0123456789abcdef0" }, { provider }).availabilityZone,
                amiId: ami.imageId,
                amiIds: aws.ec2.getAmiIdsOutput({ owners: ["amazon"], filters: [] }).ids.apply((ids) => ids.length),
                sg: aws.ec2.getSecurityGroupOutput({ name: "default" }).name,
                param: aws.ssm.getParameterOutput({ name: "/app/endpoint" }).value,
                secret: aws.secretsmanager.getSecretVersionOutput({ secretId: "db-password" }).versionStages,
                keyArn: aws.kms.getKeyOutput({ keyId: "alias/app" }).arn,
                alias: aws.kms.getAliasOutput({ name: "alias/app" }).targetKeyArn,
                zone: aws.route53.getZoneOutput({ name: "example.com." }).nameServers.apply((ns) => ns.length),
                cert: aws.acm.getCertificateOutput({ domain: "example.com" }).status,
                role: aws.iam.getRoleOutput({ name: "deployer" }).arn,
                admin: admin.policy,
                elb: aws.elb.getServiceAccountOutput({ region: "eu-west-1" }).arn,
                org: aws.organizations.getOrganizationOutput().masterAccountId,
                pulumiOrg: pulumi.getOrganization(),
                engineTargets: engine.validUpgradeTargets.apply((t) => t.length),
                engineVersion: engineAgain.version,
                publicSubnets: vpc.publicSubnetIds.apply((ids) => ids.length),
                sharedVpc: shared.getOutput("vpcId"),
            };
        });
    });

    it("answer lists a program can index and slice, in the provider's region", () => {
        assert.equal((run.outputs.firstTwo as string[]).length, 2);
        assert.match((run.outputs.firstTwo as string[])[0], /^subnet-[0-9a-f]{17}$/);
        assert.equal(run.outputs.subnetRegion, "eu-west-1");
        assert.equal(run.outputs.subnetZone, "eu-west-1a");
        assert.equal(run.outputs.vpcCidr, "172.31.0.0/16");
        assert.equal(run.outputs.zone, 4);
        assert.equal(run.outputs.amiIds, 1);
    });

    it("answer ids and ARNs shaped like AWS's", () => {
        assert.match(String(run.outputs.amiId), /^ami-[0-9a-f]{17}$/);
        assert.match(String(run.outputs.keyArn), new RegExp(`^arn:aws:kms:us-east-1:${MOCK_ACCOUNT_ID}:key/[0-9a-f-]{36}$`));
        assert.match(String(run.outputs.alias), /:key\//);
        assert.equal(run.outputs.sg, "default");
        assert.equal(run.outputs.param, "mock-value-of-app/endpoint");
        assert.deepEqual(run.outputs.secret, ["AWSCURRENT"]);
        assert.equal(run.outputs.cert, "ISSUED");
        assert.equal(run.outputs.elb, "arn:aws:iam::156460612806:root");
        assert.equal(run.outputs.org, MOCK_ACCOUNT_ID);
        assert.equal(run.outputs.pulumiOrg, MOCK_ORGANIZATION);
    });

    it("answer AWS managed policies with their documented document", () => {
        assert.deepEqual(JSON.parse(String(run.outputs.admin)), { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
    });

    it("give anything else a typed empty answer read from the provider SDK, and record it with a count", () => {
        assert.equal(run.outputs.engineTargets, 0, "validUpgradeTargets is an empty list, not undefined");
        assert.equal(run.outputs.engineVersion, "");
        assert.deepEqual(run.coverage.unansweredCalls, [
            { token: "aws:iam/getRole:getRole", count: 1 },
            { token: "aws:rds/getEngineVersion:getEngineVersion", count: 2 },
            { token: "pulumi:pulumi:StackReference", count: 1 },
        ]);
    });

    it("answer another stack's outputs with none, as they cannot be known offline", () => {
        assert.equal(run.outputs.sharedVpc, undefined);
    });

    it("record remote components under their engine URN and give them plausible outputs", () => {
        assert.deepEqual(run.coverage.remoteComponents, ["urn:pulumi:dev::project::awsx:ec2:Vpc::net"]);
        assert.equal(run.outputs.publicSubnets, 2);
        assert.equal(run.resources.find((r) => r.type === "awsx:ec2:Vpc")?.remote, true);
    });
});

// A program the aws-guardrails pack must block. Each resource below is one of the
// ways a leaked key turns into a large bill or a data breach. Run:
//   npx aws-guardrails check examples/unsafe
// and read why each one is stopped. Nothing here may ever be deployed.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// 1. An all-powerful user: "*" on "*", attached directly, plus AdministratorAccess.
const deployer = new aws.iam.User("deployer", { name: "deployer" });
new aws.iam.UserPolicy("deployer-everything", {
    user: deployer.name,
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),
});
new aws.iam.UserPolicyAttachment("deployer-admin", { user: deployer.name, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });

// 2. A long-lived key with no IP or region fence and no permissions boundary.
new aws.iam.AccessKey("deployer-key", { user: deployer.name });

// 3. A key pasted into a Lambda environment (the AWS documentation's example key).
new aws.lambda.Function("reporter", {
    role: "arn:aws:iam::123456789012:role/reporter",
    runtime: "nodejs20.x",
    handler: "index.handler",
    code: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({});") }),
    environment: { variables: { AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" } },
});

// 4. An instance with IMDSv1 (SSRF steals its role's keys), a GPU type and a public IP.
new aws.ec2.Instance("miner", {
    ami: "ami-0abcdef1234567890",
    instanceType: "p4d.24xlarge",
    associatePublicIpAddress: true,
});

// 5. SSH and everything else open to the world.
new aws.ec2.SecurityGroup("wide-open", {
    description: "open to the world",
    ingress: [
        { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
        { protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] },
    ],
});

// 6. A trail that sees one region, no global events, and can be edited without trace.
new aws.cloudtrail.Trail("weak-trail", {
    s3BucketName: "some-bucket",
    isMultiRegionTrail: false,
    includeGlobalServiceEvents: false,
    enableLogFileValidation: false,
});

// 7. A weak password policy.
new aws.iam.AccountPasswordPolicy("weak-passwords", { minimumPasswordLength: 8 });

// A report generator that runs on EC2. It needs to read and write one S3
// bucket. Instead of an access key it gets an instance role: the credentials
// are temporary, rotate every hour, and never leave the instance. IMDSv2 stops
// a server-side request forgery bug from reading them.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ScopedServiceRole } from "aws-guardrails";

const config = new pulumi.Config();
const bucketName = config.require("bucketName");
const adminCidr = config.require("adminCidr");

const role = new ScopedServiceRole("report-generator", {
    service: "report-generator",
    owner: "analytics-team",
    trust: { services: ["ec2"] },
    instanceProfile: true,
    statements: [
        { sid: "ListReports", actions: ["s3:ListBucket"], resources: [`arn:aws:s3:::${bucketName}`] },
        { sid: "ReadWriteReports", actions: ["s3:GetObject", "s3:PutObject"], resources: [`arn:aws:s3:::${bucketName}/reports/*`] },
    ],
});

// Reached through SSM Session Manager or from the admin network only.
if (!role.instanceProfileName) {
    throw new Error("the report-generator role was created without its instance profile");
}

const securityGroup = new aws.ec2.SecurityGroup("report-generator", {
    description: "report generator: HTTPS out, SSH from the admin network only",
    ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [adminCidr], description: "admin network" }],
    egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS to AWS APIs" }],
    tags: { Service: "report-generator" },
});

const instance = new aws.ec2.Instance("report-generator", {
    ami: "ami-0abcdef1234567890",
    instanceType: "t3.small",
    iamInstanceProfile: role.instanceProfileName,
    vpcSecurityGroupIds: [securityGroup.id],
    associatePublicIpAddress: false,
    metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
    rootBlockDevice: { encrypted: true, volumeSize: 20, volumeType: "gp3" },
    tags: { Service: "report-generator", Name: "report-generator" },
});

/** The role the instance assumes. */
export const roleArn = role.roleArn;
/** The instance. */
export const instanceId = instance.id;

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

/**
 * `resourceCount` resources in the mix a service account's stack has: IAM users,
 * groups and policies, instances and launch templates, security groups and
 * rules, buckets and their policies, alarms, Lambda functions and SSM
 * parameters, fifteen per unit, every one of them ordinary and compliant.
 */
const count = new pulumi.Config().requireNumber("resourceCount");
const tags = (i: number) => ({ Service: `svc-${i}`, Owner: "platform" });

function unit(i: number): void {
    const user = new aws.iam.User(`user-${i}`, { name: `svc-${i}`, path: "/service/", tags: tags(i) });
    const group = new aws.iam.Group(`group-${i}`, { name: `svc-${i}`, path: "/service/" });
    new aws.iam.GroupPolicy(`group-policy-${i}`, {
        group: group.name,
        policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`] }] }),
    });
    new aws.iam.UserGroupMembership(`membership-${i}`, { user: user.name, groups: [group.name] });
    new aws.iam.Policy(`policy-${i}`, {
        policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sqs:SendMessage", Resource: `arn:aws:sqs:us-east-1:123456789012:queue-${i}` }] }),
    });
    const sg = new aws.ec2.SecurityGroup(`sg-${i}`, {
        description: "HTTPS from anywhere",
        ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
        egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    });
    new aws.ec2.SecurityGroupRule(`sgr-${i}`, { type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["203.0.113.0/24"], securityGroupId: sg.id });
    new aws.ec2.Instance(`instance-${i}`, {
        ami: "ami-0abcdef1234567890", instanceType: "t3.micro", vpcSecurityGroupIds: [sg.id], associatePublicIpAddress: false,
        metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" }, rootBlockDevice: { encrypted: true }, tags: tags(i),
    });
    new aws.ec2.LaunchTemplate(`lt-${i}`, { imageId: "ami-0abcdef1234567890", instanceType: "t3.small", metadataOptions: { httpTokens: "required" } });
    const bucket = new aws.s3.Bucket(`bucket-${i}`, { tags: tags(i) });
    new aws.s3.BucketPolicy(`bucket-policy-${i}`, {
        bucket: bucket.id,
        policy: bucket.arn.apply((arn) => JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Sid: "TLS", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [arn, `${arn}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }],
        })),
    });
    new aws.s3.BucketPublicAccessBlock(`bucket-pab-${i}`, { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    new aws.cloudwatch.MetricAlarm(`alarm-${i}`, {
        namespace: "AWS/Usage", metricName: "ResourceCount", comparisonOperator: "GreaterThanThreshold", threshold: 0, evaluationPeriods: 1, period: 300,
        statistic: "Maximum", dimensions: { Service: "EC2", Type: "Resource", Resource: "vCPU", Class: "Standard/OnDemand" },
    });
    new aws.lambda.Function(`fn-${i}`, {
        role: `arn:aws:iam::123456789012:role/fn-${i}`, runtime: "nodejs20.x", handler: "index.handler", s3Bucket: "artifacts", s3Key: `fn-${i}.zip`,
        environment: { variables: { TABLE: `table-${i}`, LOG_LEVEL: "info" } },
    });
    new aws.ssm.Parameter(`param-${i}`, { name: `/app/${i}/endpoint`, type: "String", value: `https://api-${i}.example.com` });
}

// The stack itself is the first resource; every unit adds fifteen.
for (let i = 0; 1 + i * 15 < count; i++) {
    unit(i);
}

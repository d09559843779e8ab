import type { CapturedResource } from "../cli/harness";

/** Sizes of the large strings mixed into the synthetic stack. */
export const LARGE_STRING_SIZES = { small: 1024, medium: 100 * 1024, large: 1024 * 1024 };

const STACK = "urn:pulumi:bench::bench::pulumi:pulumi:Stack::bench-bench";

function resource(type: string, name: string, inputs: Record<string, unknown>, outputs: Record<string, unknown> = {}): CapturedResource {
    const urn = `urn:pulumi:bench::bench::${type}::${name}`;
    return {
        urn,
        type,
        name,
        parent: STACK,
        provider: null,
        custom: true,
        id: `${name}-id`,
        inputs: {},
        analyzerInputs: inputs,
        analyzerOutputs: { ...inputs, ...outputs, id: `${name}-id` },
        dependencies: [],
        propertyDependencies: {},
        options: { parent: STACK, protect: false, ignoreChanges: [], deleteBeforeReplace: false, additionalSecretOutputs: [], aliases: [] },
    };
}

/** A string of `size` characters that looks like user data or a policy, with no secrets in it. */
export function filler(size: number, seed: string): string {
    const line = `# ${seed}: configure the service, install packages, start the agent\n`;
    return line.repeat(Math.ceil(size / line.length)).slice(0, size);
}

function scopedPolicy(i: number, pad = ""): string {
    return JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Sid: "Read", Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`] },
            ...(pad ? [{ Sid: "Pad", Effect: "Allow", Action: ["s3:GetObject"], Resource: [`arn:aws:s3:::${pad}`] }] : []),
        ],
    });
}

/** One group of related resources; the mix repeats until the stack has `count` resources. */
function unit(i: number, large: string | undefined): CapturedResource[] {
    const tags = { Service: `svc-${i}`, Owner: "platform" };
    return [
        resource("aws:iam/user:User", `user-${i}`, { name: `svc-${i}`, path: "/service/", tags }, { arn: `arn:aws:iam::123456789012:user/service/svc-${i}` }),
        resource("aws:iam/group:Group", `group-${i}`, { name: `svc-${i}`, path: "/service/" }),
        resource("aws:iam/groupPolicy:GroupPolicy", `group-policy-${i}`, { group: `svc-${i}`, policy: scopedPolicy(i, large) }),
        resource("aws:iam/userGroupMembership:UserGroupMembership", `membership-${i}`, { user: `svc-${i}`, groups: [`svc-${i}`, "deny-outside-cidrs"] }),
        resource("aws:iam/accessKey:AccessKey", `key-${i}`, { user: `svc-${i}` }, { createDate: "2026-11-01T00:00:00Z" }),
        resource("aws:iam/policy:Policy", `policy-${i}`, { name: `policy-${i}`, policy: scopedPolicy(i) }),
        resource("aws:ec2/instance:Instance", `instance-${i}`, {
            ami: "ami-0abcdef1234567890", instanceType: "t3.micro", userData: large ?? filler(512, `instance-${i}`),
            metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" }, tags,
        }),
        resource("aws:ec2/launchTemplate:LaunchTemplate", `lt-${i}`, { imageId: "ami-0abcdef1234567890", instanceType: "t3.small", metadataOptions: { httpTokens: "required" } }),
        resource("aws:ec2/securityGroup:SecurityGroup", `sg-${i}`, {
            name: `sg-${i}`, description: "web", ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
        }),
        resource("aws:ec2/securityGroupRule:SecurityGroupRule", `sgr-${i}`, { type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["203.0.113.0/24"], securityGroupId: `sg-${i}` }),
        resource("aws:s3/bucketV2:BucketV2", `bucket-${i}`, { bucket: `bucket-${i}`, tags }),
        resource("aws:s3/bucketPolicy:BucketPolicy", `bucket-policy-${i}`, {
            bucket: `bucket-${i}`,
            policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "TLS", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [`arn:aws:s3:::bucket-${i}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }] }),
        }),
        resource("aws:cloudwatch/metricAlarm:MetricAlarm", `alarm-${i}`, {
            name: `alarm-${i}`, namespace: "AWS/Usage", metricName: "ResourceCount", comparisonOperator: "GreaterThanThreshold",
            threshold: 0, evaluationPeriods: 1, period: 300, statistic: "Maximum", dimensions: { Service: "EC2", Type: "Resource", Resource: "vCPU", Class: "Standard/OnDemand" },
        }),
        resource("aws:lambda/function:Function", `fn-${i}`, {
            name: `fn-${i}`, role: `arn:aws:iam::123456789012:role/fn-${i}`, runtime: "nodejs20.x", handler: "index.handler",
            environment: { variables: { TABLE: `table-${i}`, LOG_LEVEL: "info", ...(large ? { CONFIG: large } : {}) } },
        }),
        resource("aws:ssm/parameter:Parameter", `param-${i}`, { name: `/app/${i}/endpoint`, type: "String", value: `https://api-${i}.example.com` }),
    ];
}

/** The trail, billing and vCPU alarms a guarded account has once. */
function accountResources(): CapturedResource[] {
    return [
        resource("aws:cloudtrail/trail:Trail", "trail", { name: "trail", s3BucketName: "trail-bucket", isMultiRegionTrail: true, includeGlobalServiceEvents: true, enableLogFileValidation: true, kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/k" }),
        resource("aws:cloudwatch/metricAlarm:MetricAlarm", "billing", { name: "billing", namespace: "AWS/Billing", metricName: "EstimatedCharges", comparisonOperator: "GreaterThanThreshold", threshold: 100, evaluationPeriods: 1, period: 21600, statistic: "Maximum", dimensions: { Currency: "USD" } }),
        resource("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "account-pab", { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }),
    ];
}

/**
 * A synthetic stack of `count` resources with a realistic mix: IAM users, groups,
 * policies and keys, instances, launch templates, security groups and rules,
 * buckets and their policies, a trail, alarms, Lambda functions with
 * environments and SSM parameters. Every `largeEvery`-th unit carries a 1 MB
 * string (user data, a Lambda variable and a policy padding).
 */
export function syntheticStack(count: number, largeEvery = 500): CapturedResource[] {
    const out: CapturedResource[] = [
        { ...resource("pulumi:pulumi:Stack", "bench-bench", {}), urn: STACK, parent: null, custom: false, options: { parent: "", protect: false, ignoreChanges: [], deleteBeforeReplace: false, additionalSecretOutputs: [], aliases: [] } },
        ...accountResources(),
    ];
    for (let i = 0; out.length < count; i++) {
        const large = i % largeEvery === 1 ? filler(LARGE_STRING_SIZES.large, `large-${i}`) : undefined;
        out.push(...unit(i, large));
    }
    return out.slice(0, count);
}

/** One resource per string size, for the scaling figure: an instance whose user data is `size` characters. */
export function sizedResource(size: number, index: number): CapturedResource {
    return unit(index, filler(size, `sized-${size}`))[13];
}

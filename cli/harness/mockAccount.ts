/**
 * The fictitious AWS account the offline check runs against: plausible ids,
 * ARNs and data-source answers, so that programs behave as they would against
 * a real account.
 */

/** The account id every mocked resource lives in (from the AWS documentation range). */
export const MOCK_ACCOUNT_ID = "123456789012";

/** The partition of the mocked account. */
export const MOCK_PARTITION = "aws";

/** The Pulumi organization the check runs as (`pulumi.getOrganization()`), as sent with `ConfigureStack`. */
export const MOCK_ORGANIZATION = "organization";

/** The region used when neither an explicit provider nor `aws:region` config says otherwise. */
export const DEFAULT_MOCK_REGION = "us-east-1";

/** The regions `aws.getRegions()` returns by default: those enabled in a new account. */
export const MOCK_ENABLED_REGIONS = [
    "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1",
    "ap-southeast-2", "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1",
    "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
];

/** Opt-in regions, returned by `aws.getRegions({ allRegions: true })` in addition. */
export const MOCK_OPT_IN_REGIONS = [
    "af-south-1", "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
    "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1",
    "me-central-1", "me-south-1", "mx-central-1",
];

/** How a resource type's ARN is built: service, whether it is regional, and the resource part. */
interface ArnShape {
    service: string;
    regional: boolean;
    resource: (name: string, inputs: Record<string, unknown>) => string;
}

function str(value: unknown, fallback: string): string {
    return typeof value === "string" && value.length > 0 ? value : fallback;
}

function iamPath(inputs: Record<string, unknown>): string {
    return str(inputs.path, "/");
}

/** ARN shapes for the types the guardrails create and the pack inspects. */
const ARN_SHAPES: Record<string, ArnShape> = {
    "aws:iam/user:User": { service: "iam", regional: false, resource: (n, i) => `user${iamPath(i)}${n}` },
    "aws:iam/group:Group": { service: "iam", regional: false, resource: (n, i) => `group${iamPath(i)}${n}` },
    "aws:iam/role:Role": { service: "iam", regional: false, resource: (n, i) => `role${iamPath(i)}${n}` },
    "aws:iam/policy:Policy": { service: "iam", regional: false, resource: (n, i) => `policy${iamPath(i)}${n}` },
    "aws:iam/instanceProfile:InstanceProfile": { service: "iam", regional: false, resource: (n, i) => `instance-profile${iamPath(i)}${n}` },
    "aws:s3/bucket:Bucket": { service: "s3", regional: false, resource: (n) => n },
    "aws:s3/bucketV2:BucketV2": { service: "s3", regional: false, resource: (n) => n },
    "aws:kms/key:Key": { service: "kms", regional: true, resource: (n) => `key/${n}` },
    "aws:kms/alias:Alias": { service: "kms", regional: true, resource: (n) => n },
    "aws:sns/topic:Topic": { service: "sns", regional: true, resource: (n) => n },
    "aws:sqs/queue:Queue": { service: "sqs", regional: true, resource: (n) => n },
    "aws:cloudtrail/trail:Trail": { service: "cloudtrail", regional: true, resource: (n) => `trail/${n}` },
    "aws:cloudwatch/logGroup:LogGroup": { service: "logs", regional: true, resource: (n) => `log-group:${n}` },
    "aws:cloudwatch/metricAlarm:MetricAlarm": { service: "cloudwatch", regional: true, resource: (n) => `alarm:${n}` },
    "aws:cloudwatch/eventRule:EventRule": { service: "events", regional: true, resource: (n) => `rule/${n}` },
    "aws:secretsmanager/secret:Secret": { service: "secretsmanager", regional: true, resource: (n) => `secret:${n}-AbCdEf` },
    "aws:lambda/function:Function": { service: "lambda", regional: true, resource: (n) => `function:${n}` },
    "aws:organizations/policy:Policy": { service: "organizations", regional: false, resource: (n) => `policy/o-exampleorgid/service_control_policy/p-${n.slice(0, 8)}` },
    "aws:budgets/budget:Budget": { service: "budgets", regional: false, resource: (n) => `budget/${n}` },
    "aws:ssm/parameter:Parameter": { service: "ssm", regional: true, resource: (n) => `parameter/${n.replace(/^\//, "")}` },
    "aws:ec2/instance:Instance": { service: "ec2", regional: true, resource: (n) => `instance/i-${hex(n, 17)}` },
    "aws:ec2/securityGroup:SecurityGroup": { service: "ec2", regional: true, resource: (n) => `security-group/sg-${hex(n, 17)}` },
    "aws:ec2/launchTemplate:LaunchTemplate": { service: "ec2", regional: true, resource: (n) => `launch-template/lt-${hex(n, 17)}` },
};

/** Input properties that hold a resource's physical name, by type, when not `name`. */
const NAME_INPUTS: Record<string, string> = {
    "aws:s3/bucket:Bucket": "bucket",
    "aws:s3/bucketV2:BucketV2": "bucket",
    "aws:cloudwatch/metricAlarm:MetricAlarm": "name",
    "aws:cloudwatch/logGroup:LogGroup": "name",
};

/** A deterministic hex string derived from a name, so that runs are reproducible. */
export function hex(seed: string, length: number): string {
    let h = 2166136261;
    let out = "";
    while (out.length < length) {
        for (let i = 0; i < seed.length; i++) {
            h ^= seed.charCodeAt(i);
            h = Math.imul(h, 16777619) >>> 0;
        }
        out += h.toString(16).padStart(8, "0");
        seed = out;
    }
    return out.slice(0, length);
}

/** The property that holds a type's physical name (`bucket` for S3 buckets, else `name`). */
export function nameProperty(type: string): string {
    return NAME_INPUTS[type] ?? "name";
}

/** The physical name a provider would give a resource: its explicit name, or the logical name plus a suffix. */
export function physicalName(type: string, logicalName: string, inputs: Record<string, unknown>): string {
    const key = nameProperty(type);
    const explicit = inputs[key];
    if (typeof explicit === "string" && explicit.length > 0) {
        return explicit;
    }
    const prefix = inputs[`${key}Prefix`];
    const base = typeof prefix === "string" ? prefix : `${logicalName}-`;
    return `${base}${hex(logicalName, 7)}`;
}

/** The ARN AWS would assign, or undefined for types without a known shape. */
export function mockArn(type: string, name: string, inputs: Record<string, unknown>, region: string): string | undefined {
    const shape = ARN_SHAPES[type];
    if (!shape) {
        return undefined;
    }
    const regionPart = shape.regional ? region : "";
    const accountPart = shape.service === "s3" ? "" : MOCK_ACCOUNT_ID;
    return `arn:${MOCK_PARTITION}:${shape.service}:${regionPart}:${accountPart}:${shape.resource(name, inputs)}`;
}

/** Whether a type's ARN is known to the mocks. */
export function hasArnShape(type: string): boolean {
    return type in ARN_SHAPES;
}

/** Extra outputs the provider computes for some types, beyond id, arn and name. */
export function computedOutputs(type: string, name: string, id: string, region: string, inputs: Record<string, unknown> = {}): Record<string, unknown> {
    switch (type) {
        case "aws:iam/accessKey:AccessKey":
            return {
                id: `AKIAMOCK${hex(name, 12).toUpperCase()}`.replace(/[^A-Z0-9]/g, "X").slice(0, 20),
                secret: `mock-secret-${hex(name, 24)}`,
                status: typeof inputs.status === "string" ? inputs.status : "Active",
                // A key made by `pulumi up` is created the moment the update runs.
                createDate: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
            };
        case "aws:kms/key:Key":
            return { keyId: id };
        case "aws:s3/bucketV2:BucketV2":
        case "aws:s3/bucket:Bucket":
            return { bucketDomainName: `${name}.s3.amazonaws.com`, bucketRegionalDomainName: `${name}.s3.${region}.amazonaws.com`, region };
        case "aws:iam/user:User":
        case "aws:iam/role:Role":
            return { uniqueId: `AIDA${hex(name, 17).toUpperCase()}` };
        case "aws:cloudtrail/trail:Trail":
            return { homeRegion: region };
        default:
            return {};
    }
}

/** The id AWS would give a resource of this type. */
export function mockId(type: string, name: string, inputs: Record<string, unknown>): string {
    switch (type) {
        case "aws:kms/key:Key":
            return `${hex(name, 8)}-${hex(name + "1", 4)}-4${hex(name + "2", 3)}-8${hex(name + "3", 3)}-${hex(name + "4", 12)}`;
        case "aws:ec2/instance:Instance":
            return `i-${hex(name, 17)}`;
        case "aws:ec2/securityGroup:SecurityGroup":
            return `sg-${hex(name, 17)}`;
        case "aws:ec2/launchTemplate:LaunchTemplate":
            return `lt-${hex(name, 17)}`;
        case "aws:ec2/vpc:Vpc":
            return `vpc-${hex(name, 17)}`;
        case "aws:organizations/policy:Policy":
            return `p-${hex(name, 8)}`;
        default:
            return physicalName(type, name, inputs);
    }
}

import { strict as assert } from "assert";
import { denyOutsideCidrs, requireMfa } from "../../../components/documents";
import type { PackInfo, ProviderView, Violation } from "../../../cli/harness";
import { configurePack, sharedPackInfo } from "../../support/pack";
import { awsProvider, DEFAULT_PROVIDER, policyJson, rawResource, type RawResource } from "../support/policyTestKit";

/**
 * The pack's floor: every policy it serves has a case it reports and a case it
 * passes, each sent through the real policy protocol. The list of policies
 * comes from the running pack, so a new policy without both cases fails here.
 * The compliant case is of a type the policy judges (its `judges:` tags), so it
 * cannot pass by being out of the policy's reach. The per-policy test files go
 * deeper; this table only guarantees that none is missing.
 */

/** One request: a single resource through `Analyze`, or a stack through `AnalyzeStack` alone. */
interface Scenario {
    resource?: RawResource;
    stack?: RawResource[];
    config?: Record<string, unknown>;
    provider?: ProviderView;
}

/** A policy's two cases. */
interface BothWays {
    violating: Scenario;
    compliant: Scenario;
}

const FAR = "2099-01-01";
/** A date 100 days from now, within every lifetime limit. */
const SOON = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
const ALLOW_ALL = policyJson({ Effect: "Allow", Action: "*", Resource: "*" });
const READ_ONE = policyJson({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*" });
const ADMIN_POLICY = "arn:aws:iam::aws:policy/AdministratorAccess";
const READ_ONLY_POLICY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const CIS_PASSWORDS = { minimumPasswordLength: 14, passwordReusePrevention: 24, requireLowercaseCharacters: true, requireUppercaseCharacters: true, requireNumbers: true, requireSymbols: true };
const HARDENED_TRAIL = { s3BucketName: "logs", isMultiRegionTrail: true, includeGlobalServiceEvents: true, enableLogFileValidation: true, enableLogging: true };
const ALL_FOUR_BLOCKS = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

const r = (type: string, name: string, inputs: Record<string, unknown> = {}): RawResource => ({ type, name, inputs });
const policyDoc = (name: string, policy: string) => r("aws:iam/policy:Policy", name, { policy });
const instance = (name: string, inputs: Record<string, unknown>) => r("aws:ec2/instance:Instance", name, { ami: "ami-0abcdef1234567890", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" }, ...inputs });
const ingress = (name: string, rule: Record<string, unknown>) => r("aws:ec2/securityGroup:SecurityGroup", name, { ingress: [rule] });
const tcp = (port: number, cidr: string) => ({ protocol: "tcp", fromPort: port, toPort: port, cidrBlocks: [cidr] });
const user = (name: string, extra: Record<string, unknown> = {}) => r("aws:iam/user:User", name, { name, ...extra });
const accessKey = (name: string, userName: string, extra: Record<string, unknown> = {}) => r("aws:iam/accessKey:AccessKey", name, { user: userName, status: "Active", ...extra });
const fence = (userName: string) => r("aws:iam/userPolicy:UserPolicy", `${userName}-fence`, { user: userName, policy: JSON.stringify(denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] })) });
const bucket = (name: string) => r("aws:s3/bucket:Bucket", name, { bucket: name });
const tlsOnly = (name: string) => r("aws:s3/bucketPolicy:BucketPolicy", `${name}-tls`, {
    bucket: name,
    policy: policyJson({ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }),
});
const alarm = (name: string, inputs: Record<string, unknown>) => r("aws:cloudwatch/metricAlarm:MetricAlarm", name, { comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 1, statistic: "Maximum", period: 300, threshold: 0, ...inputs });
const billingAlarm = alarm("billing", { namespace: "AWS/Billing", metricName: "EstimatedCharges", dimensions: { Currency: "USD" } });
const vcpuAlarm = alarm("vcpu", { namespace: "AWS/Usage", metricName: "ResourceCount", dimensions: { Service: "EC2", Resource: "vCPU", Type: "Resource", Class: "Standard/OnDemand" } });
const queue = (name: string, inputs: Record<string, unknown> = {}) => r("aws:sqs/queue:Queue", name, inputs);
const exemptKey = { "iam-key-users-fenced": { exemptions: [{ urnPattern: "*::vendor", reason: "vendor calls from rotating addresses", expires: FAR }] } };

/** Every policy of the pack, both ways. */
const CASES: Record<string, BothWays> = {
    "guardrails-exemptions": {
        violating: { resource: queue("q", { tags: { "guardrails:exempt:required-tags": `too short until ${SOON}` } }) },
        compliant: { resource: queue("q", { tags: { "guardrails:exempt:required-tags": `legacy queue, owner unknown until ${SOON}` } }) },
    },
    "iam-no-admin-wildcard": { violating: { resource: policyDoc("p", ALLOW_ALL) }, compliant: { resource: policyDoc("p", READ_ONE) } },
    "iam-no-admin-managed-policies": {
        violating: { resource: r("aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "a", { group: "ops", policyArn: ADMIN_POLICY }) },
        compliant: { resource: r("aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "a", { group: "ops", policyArn: READ_ONLY_POLICY }) },
    },
    "iam-trust-no-open-principal": {
        violating: { resource: r("aws:iam/role:Role", "role", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }) }) },
        compliant: { resource: r("aws:iam/role:Role", "role", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }) }) },
    },
    "iam-no-service-wildcard-actions": {
        violating: { resource: policyDoc("p", policyJson({ Effect: "Allow", Action: "s3:*", Resource: "*" })) },
        compliant: { resource: policyDoc("p", READ_ONE) },
    },
    "iam-no-allow-not-action": {
        violating: { resource: policyDoc("p", policyJson({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })) },
        compliant: { resource: policyDoc("p", READ_ONE) },
    },
    "iam-user-permissions-via-groups": {
        violating: { resource: r("aws:iam/userPolicy:UserPolicy", "inline", { user: "alice", policy: READ_ONE }) },
        compliant: { resource: r("aws:iam/policyAttachment:PolicyAttachment", "shared", { policyArn: READ_ONLY_POLICY, groups: ["readers"] }) },
    },
    "iam-actions-exist": {
        violating: { resource: policyDoc("p", policyJson({ Effect: "Allow", Action: "s3:GetObjekt", Resource: "arn:aws:s3:::bucket/*" })) },
        compliant: { resource: policyDoc("p", READ_ONE) },
    },
    "iam-key-users-fenced": {
        violating: { stack: [user("svc"), accessKey("svc-key", "svc")] },
        compliant: { stack: [user("svc"), accessKey("svc-key", "svc"), fence("svc")] },
    },
    "iam-console-users-mfa": {
        violating: { stack: [user("alice"), r("aws:iam/userLoginProfile:UserLoginProfile", "alice-login", { user: "alice" })] },
        compliant: {
            stack: [
                user("alice"), r("aws:iam/userLoginProfile:UserLoginProfile", "alice-login", { user: "alice" }),
                r("aws:iam/group:Group", "mfa", { name: "mfa" }), r("aws:iam/groupPolicy:GroupPolicy", "mfa-policy", { group: "mfa", policy: JSON.stringify(requireMfa()) }),
                r("aws:iam/groupMembership:GroupMembership", "mfa-members", { group: "mfa", users: ["alice"] }),
            ],
        },
    },
    "iam-max-access-keys-per-user": {
        violating: { stack: [user("svc"), accessKey("k1", "svc"), accessKey("k2", "svc"), accessKey("k3", "svc")] },
        compliant: { stack: [user("svc"), accessKey("k1", "svc")] },
    },
    "iam-access-key-max-age": {
        violating: { stack: [user("svc"), accessKey("old", "svc", { createDate: "2026-01-01T00:00:00Z" })], config: { "iam-access-key-max-age": { asOf: "2026-06-01" } } },
        compliant: { stack: [user("svc"), accessKey("new", "svc", { createDate: "2026-05-01T00:00:00Z" })], config: { "iam-access-key-max-age": { asOf: "2026-06-01" } } },
    },
    "secrets-no-plaintext-aws-keys": {
        violating: { resource: r("aws:lambda/function:Function", "fn", { environment: { variables: { AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE" } } }) },
        compliant: { resource: r("aws:lambda/function:Function", "fn", { environment: { variables: { AWS_REGION_NAME: "eu-west-1" } } }) },
    },
    "secrets-ssm-secure-string": {
        violating: { resource: r("aws:ssm/parameter:Parameter", "p", { name: "/app/db-password", type: "String", value: "hunter2hunter2" }) },
        compliant: { resource: r("aws:ssm/parameter:Parameter", "p", { name: "/app/db-password", type: "SecureString", value: "hunter2hunter2" }) },
    },
    "imdsv2-required": { violating: { resource: instance("vm", { metadataOptions: { httpTokens: "optional" } }) }, compliant: { resource: instance("vm", {}) } },
    "instance-no-public-ip": { violating: { resource: instance("vm", { associatePublicIpAddress: true }) }, compliant: { resource: instance("vm", { associatePublicIpAddress: false }) } },
    "ebs-encryption-required": {
        violating: { resource: r("aws:ebs/volume:Volume", "v", { availabilityZone: "eu-west-1a", size: 8 }) },
        compliant: { resource: r("aws:ebs/volume:Volume", "v", { availabilityZone: "eu-west-1a", size: 8, encrypted: true }) },
    },
    "instance-type-allowed": { violating: { resource: instance("vm", { instanceType: "p4d.24xlarge" }) }, compliant: { resource: instance("vm", {}) } },
    "security-group-no-public-admin-ports": { violating: { resource: ingress("sg", tcp(22, "0.0.0.0/0")) }, compliant: { resource: ingress("sg", tcp(22, "10.0.0.0/8")) } },
    "security-group-no-public-all-traffic": {
        violating: { resource: ingress("sg", { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }) },
        compliant: { resource: ingress("sg", tcp(443, "0.0.0.0/0")) },
    },
    "security-group-public-ports-allowlist": { violating: { resource: ingress("sg", tcp(8080, "0.0.0.0/0")) }, compliant: { resource: ingress("sg", tcp(443, "0.0.0.0/0")) } },
    "nacl-no-public-admin-ports": {
        violating: { resource: r("aws:ec2/networkAclRule:NetworkAclRule", "rule", { egress: false, ruleNumber: 100, ruleAction: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }) },
        compliant: { resource: r("aws:ec2/networkAclRule:NetworkAclRule", "rule", { egress: false, ruleNumber: 100, ruleAction: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "10.0.0.0/8" }) },
    },
    "s3-no-public-acl": { violating: { resource: r("aws:s3/bucketAclV2:BucketAclV2", "acl", { bucket: "b", acl: "public-read" }) }, compliant: { resource: r("aws:s3/bucketAclV2:BucketAclV2", "acl", { bucket: "b", acl: "private" }) } },
    "s3-bucket-policy-no-public-allow": {
        violating: { resource: r("aws:s3/bucketPolicy:BucketPolicy", "bp", { bucket: "b", policy: policyJson({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }) }) },
        compliant: { resource: r("aws:s3/bucketPolicy:BucketPolicy", "bp", { bucket: "b", policy: policyJson({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }) }) },
    },
    "s3-public-access-block-required": {
        violating: { stack: [bucket("b")] },
        compliant: { stack: [bucket("b"), r("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "b-block", { bucket: "b", ...ALL_FOUR_BLOCKS })] },
    },
    "s3-tls-only-bucket-policy": { violating: { stack: [bucket("b")] }, compliant: { stack: [bucket("b"), tlsOnly("b")] } },
    "rds-not-publicly-accessible": {
        violating: { resource: r("aws:rds/instance:Instance", "db", { instanceClass: "db.t3.micro", publiclyAccessible: true, storageEncrypted: true }) },
        compliant: { resource: r("aws:rds/instance:Instance", "db", { instanceClass: "db.t3.micro", publiclyAccessible: false, storageEncrypted: true }) },
    },
    "rds-storage-encrypted": {
        violating: { resource: r("aws:rds/instance:Instance", "db", { instanceClass: "db.t3.micro", storageEncrypted: false }) },
        compliant: { resource: r("aws:rds/instance:Instance", "db", { instanceClass: "db.t3.micro", storageEncrypted: true }) },
    },
    "efs-encrypted": { violating: { resource: r("aws:efs/fileSystem:FileSystem", "fs", { encrypted: false }) }, compliant: { resource: r("aws:efs/fileSystem:FileSystem", "fs", { encrypted: true }) } },
    "cloudtrail-trail-hardened": { violating: { resource: r("aws:cloudtrail/trail:Trail", "t", { s3BucketName: "logs" }) }, compliant: { resource: r("aws:cloudtrail/trail:Trail", "t", HARDENED_TRAIL) } },
    "cloudtrail-kms-encryption": {
        violating: { resource: r("aws:cloudtrail/trail:Trail", "t", HARDENED_TRAIL) },
        compliant: { resource: r("aws:cloudtrail/trail:Trail", "t", { ...HARDENED_TRAIL, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }) },
    },
    "kms-key-rotation-enabled": { violating: { resource: r("aws:kms/key:Key", "k", {}) }, compliant: { resource: r("aws:kms/key:Key", "k", { enableKeyRotation: true }) } },
    "log-group-retention": { violating: { resource: r("aws:cloudwatch/logGroup:LogGroup", "lg", { retentionInDays: 7 }) }, compliant: { resource: r("aws:cloudwatch/logGroup:LogGroup", "lg", { retentionInDays: 365 }) } },
    "cloudtrail-multi-region-trail-present": {
        violating: { stack: [r("aws:cloudtrail/trail:Trail", "t", { s3BucketName: "logs" })] },
        compliant: { stack: [r("aws:cloudtrail/trail:Trail", "t", HARDENED_TRAIL)] },
    },
    "billing-alarm-present": { violating: { stack: [queue("q")] }, compliant: { stack: [billingAlarm], provider: awsProvider("us-east-1") } },
    "vcpu-alarm-present": { violating: { stack: [queue("q")] }, compliant: { stack: [vcpuAlarm] } },
    "account-password-policy": {
        violating: { resource: r("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", "pw", { ...CIS_PASSWORDS, minimumPasswordLength: 8 }) },
        compliant: { resource: r("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", "pw", CIS_PASSWORDS) },
    },
    "allowed-regions": {
        violating: { resource: queue("q"), config: { "allowed-regions": { allowedRegions: ["eu-west-1"] } }, provider: awsProvider("us-west-2") },
        compliant: { resource: queue("q"), config: { "allowed-regions": { allowedRegions: ["eu-west-1"] } } },
    },
    "required-tags": {
        violating: { resource: queue("q"), config: { "required-tags": { requiredTags: ["Owner"] } } },
        compliant: { resource: queue("q", { tags: { Owner: "platform" } }), config: { "required-tags": { requiredTags: ["Owner"] } } },
    },
    "exempted-findings": {
        violating: { resource: instance("vm", { metadataOptions: { httpTokens: "optional" } }), config: { "imdsv2-required": { exemptions: [{ urnPattern: "*::vm", reason: "vendor AMI needs IMDSv1", expires: FAR }] } } },
        compliant: { resource: instance("vm", { metadataOptions: { httpTokens: "optional" } }) },
    },
    "exempted-stack-findings": {
        violating: { stack: [user("vendor"), accessKey("vendor-key", "vendor")], config: exemptKey },
        compliant: { stack: [user("vendor"), accessKey("vendor-key", "vendor")] },
    },
};

/** The raw findings of `policy` (as the engine would show them, before the CLI splits exempted ones back out). */
async function findings(policy: string, scenario: Scenario): Promise<Violation[]> {
    const client = await configurePack(scenario.config ?? {});
    const provider = scenario.provider ?? DEFAULT_PROVIDER;
    const violations = scenario.resource
        ? await client.analyze(rawResource(scenario.resource), provider)
        : await client.analyzeStack((scenario.stack ?? []).map(rawResource), () => provider);
    return violations.filter((v) => v.policy === policy);
}

function judgedTypes(info: PackInfo, policy: string): string[] {
    return (info.policies.find((p) => p.name === policy)?.tags ?? []).filter((t) => t.startsWith("judges:")).map((t) => t.slice("judges:".length));
}

describe("every policy of the pack, both ways (through the policy protocol)", () => {
    let info: PackInfo;
    before(async () => {
        info = await sharedPackInfo();
    });

    it("has a violating and a compliant case for every policy the pack serves, and none for a policy it does not", () => {
        assert.deepEqual(Object.keys(CASES).sort(), info.policies.map((p) => p.name).sort());
    });

    for (const [policy, cases] of Object.entries(CASES)) {
        it(`${policy}: reports the violating case and passes the compliant one`, async () => {
            const judged = judgedTypes(info, policy);
            const compliantTypes = cases.compliant.resource ? [cases.compliant.resource.type] : (cases.compliant.stack ?? []).map((res) => res.type);
            if (judged.length > 0) {
                assert.ok(compliantTypes.some((type) => judged.includes(type)), `the compliant case holds a type ${policy} judges (${judged.join(", ")})`);
            }
            assert.notEqual((await findings(policy, cases.violating)).length, 0, `${policy} reports its violating case`);
            assert.deepEqual((await findings(policy, cases.compliant)).map((v) => v.message), [], `${policy} passes its compliant case`);
        });
    }
});

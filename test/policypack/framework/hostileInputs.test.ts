import { strict as assert } from "assert";
import fc from "fast-check";
import type { Violation } from "../../../cli/harness";
import { configurePack } from "../../support/pack";
import { awsProvider, DEFAULT_PROVIDER, rawResource, type RawResource, UNKNOWN } from "../support/policyTestKit";

/**
 * The pack's one hostile-input suite, property-based, through the real
 * protocol: whatever a program sends, no policy of the pack may throw. A policy that throws either fails the
 * Analyze call over gRPC (the promise rejects) or is caught by the framework
 * and turned into a "could not evaluate" finding; both are failures here.
 */

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const THROWN = /could not evaluate/;

/** Types the pack's policies look at (and a few they do not). */
const TYPES = [
    "aws:iam/user:User", "aws:iam/group:Group", "aws:iam/role:Role", "aws:iam/policy:Policy", "aws:iam/userPolicy:UserPolicy",
    "aws:iam/groupPolicy:GroupPolicy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "aws:iam/policyAttachment:PolicyAttachment",
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
    "aws:iam/userPoliciesExclusive:UserPoliciesExclusive", "aws:iam/userGroupMembership:UserGroupMembership",
    "aws:iam/groupMembership:GroupMembership", "aws:iam/accessKey:AccessKey", "aws:iam/userLoginProfile:UserLoginProfile",
    "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", "aws:organizations/policy:Policy", "aws:ssm/parameter:Parameter",
    "aws:secretsmanager/secretVersion:SecretVersion", "aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate",
    "aws:ec2/securityGroup:SecurityGroup", "aws:ec2/securityGroupRule:SecurityGroupRule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "aws:s3/bucket:Bucket", "aws:s3/bucketPolicy:BucketPolicy", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:cloudtrail/trail:Trail", "aws:kms/key:Key", "aws:cloudwatch/logGroup:LogGroup", "aws:lambda/function:Function",
    "aws:ecs/taskDefinition:TaskDefinition", "pulumi:providers:aws", "pulumi:pulumi:Stack", "example:index:Unknown",
    "aws:ec2/spotInstanceRequest:SpotInstanceRequest", "aws:ec2/launchConfiguration:LaunchConfiguration", "aws:ec2/spotFleetRequest:SpotFleetRequest",
    "aws:ec2/fleet:Fleet", "aws:autoscaling/group:Group", "aws:eks/nodeGroup:NodeGroup", "aws:batch/computeEnvironment:ComputeEnvironment",
    "aws:ebs/volume:Volume", "aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketObjectv2:BucketObjectv2", "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    "aws:cloudwatch/metricAlarm:MetricAlarm", "aws:wafv2/webAcl:WebAcl", "aws:sqs/queue:Queue", "aws:ec2/networkAclRule:NetworkAclRule",
    "aws:rds/instance:Instance", "aws:efs/fileSystem:FileSystem",
];

/** Property names the policies read, so that random trees hit real code paths. */
const NAMES = [
    "policy", "assumeRolePolicy", "inlinePolicies", "managedPolicyArns", "permissionsBoundary", "user", "users", "userName",
    "group", "groups", "groupName", "policyArn", "policyArns", "policyNames", "name", "type", "value", "content", "status",
    "createDate", "tags", "tagsAll", "minimumPasswordLength", "passwordReusePrevention", "requireSymbols", "maxPasswordAge",
    "secretString", "userData", "environment", "variables", "containerDefinitions", "metadataOptions", "httpTokens",
    "ingress", "egress", "cidrBlocks", "fromPort", "toPort", "protocol", "region", "Statement", "Effect", "Action",
    "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition", "AWS", "Sid", "Version",
    "ipProtocol", "ipv6CidrBlocks", "cidrIpv4", "cidrIpv6", "instanceType", "instanceTypes", "launchSpecifications", "launchTemplateConfigs",
    "mixedInstancesPolicy", "computeResources", "associatePublicIpAddress", "networkInterfaces", "rootBlockDevice", "ebsBlockDevices",
    "blockDeviceMappings", "encrypted", "acl", "grants", "accessControlPolicy", "bucket", "blockPublicAcls", "blockPublicPolicy",
    "ignorePublicAcls", "restrictPublicBuckets", "isMultiRegionTrail", "includeGlobalServiceEvents", "enableLogFileValidation", "enableLogging",
    "eventSelectors", "kmsKeyId", "enableKeyRotation", "customerMasterKeySpec", "keyUsage", "retentionInDays", "namespace", "metricName",
    "dimensions", "metricQueries", "scope", "launchTemplate", "ruleAction", "egress", "publiclyAccessible", "storageEncrypted",
];

const hostileString = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
        "*", "*:*", "", " ", "{", "[", "null", "{}", "[]", "{\"Statement\":", "{\"Statement\":null}", "{\"Statement\":[{}]}",
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}", "AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SecureString", "Active", "Inactive", "2020-01-01T00:00:00Z",
        "arn:aws:iam::aws:policy/AdministratorAccess", "guardrails:exempt:iam-no-admin-wildcard", "x until 2099-01-01", UNKNOWN,
        "H4sIAAAAAAAAA0tMSgYAAA==", "s3:*", "NotIpAddress", "aws:SourceIp", "0.0.0.0/0", "::/0", "-1", "22", "not a number",
        "tcp", "public-read", "http://acs.amazonaws.com/groups/global/AllUsers", "allow", "p4d.24xlarge", "t3.*",
        JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }] }),
    ),
    fc.json({ maxDepth: 3 }),
);

const leaf = fc.oneof(
    hostileString,
    fc.integer({ min: -70000, max: 70000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
);

const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.array(tie("tree"), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 12 })), tie("tree"), { maxKeys: 5 }),
        tie("tree").map((value) => ({ [SIG]: SECRET_SIG, value })),
        tie("tree").map((value) => JSON.stringify(value ?? null)),
    ),
}));

const props = fc.dictionary(fc.constantFrom(...NAMES), tree, { maxKeys: 8 });
const resource = fc.record({ type: fc.constantFrom(...TYPES), name: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), inputs: props });

/** Config that turns on the policies that are silent until configured. */
const CONFIG = {
    "allowed-regions": { allowedRegions: ["eu-west-1"] },
    "required-tags": { requiredTags: ["owner"] },
};

function thrown(violations: Violation[]): string[] {
    return violations.filter((v) => THROWN.test(v.message)).map((v) => `${v.policy}: ${v.message}`);
}

describe("hostile resource properties never make a policy throw (fast-check, through the policy protocol)", () => {
    it("Analyze: 300 runs of 8 random resources each", async () => {
        const client = await configurePack(CONFIG);
        await fc.assert(
            fc.asyncProperty(fc.array(resource, { minLength: 1, maxLength: 8 }), async (batch) => {
                const results = await Promise.all(batch.map((raw) => client.analyze(rawResource(raw), DEFAULT_PROVIDER)));
                assert.deepEqual(thrown(results.flat()), []);
            }),
            { numRuns: 300, seed: 20261122 },
        );
    });

    it("AnalyzeStack: 150 runs of random stacks, IAM-heavy, with dependencies", async () => {
        const client = await configurePack(CONFIG);
        const stackResource = fc.record({
            type: fc.oneof(fc.constantFrom(...TYPES.slice(0, 18)), fc.constantFrom(...TYPES)),
            name: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
            outputs: props,
            dependencies: fc.array(fc.constantFrom("urn:pulumi:dev::test::aws:s3/bucket:Bucket::r0", "urn:pulumi:dev::test::aws:iam/user:User::u0"), { maxLength: 1 }),
        });
        await fc.assert(
            fc.asyncProperty(fc.array(stackResource, { maxLength: 12 }), async (stack) => {
                const unique = stack.map((r, i) => ({ ...r, name: `${r.name}${i}` }));
                assert.deepEqual(thrown(await client.analyzeStack(unique.map(rawResource), () => DEFAULT_PROVIDER)), []);
            }),
            { numRuns: 150, seed: 20261123 },
        );
    });

    it("survives 200-deep nesting, 1 MB strings, long arrays and numbers where strings belong", async () => {
        const client = await configurePack();
        let deep: unknown = "AKIAIOSFODNN7EXAMPLE";
        for (let i = 0; i < 200; i++) {
            deep = i % 2 === 0 ? { Statement: deep } : [deep];
        }
        const big = "{".repeat(1_000_000);
        const cheap: Record<string, unknown>[] = [
            { policy: 42, user: 7, users: [1, 2, null], groups: { a: 1 }, policyArn: true, minimumPasswordLength: "fourteen", createDate: 12, status: [] },
        ];
        // Every policy of the pack receives its own copy of the properties, so the large cases go to a few types only.
        const large: Record<string, unknown>[] = [
            { policy: deep, assumeRolePolicy: deep, tags: { deep } },
            { policy: big, assumeRolePolicy: big, content: big, userData: big, name: big, value: big },
            { policy: { Statement: Array.from({ length: 2_000 }, (_, i) => ({ Effect: "Allow", Action: `s3:Get${i}`, Resource: "*" })) } },
        ];
        const largeTypes = ["aws:iam/role:Role", "aws:iam/policy:Policy", "aws:organizations/policy:Policy", "aws:ssm/parameter:Parameter", "aws:ec2/launchTemplate:LaunchTemplate", "aws:s3/bucket:Bucket"];
        for (const type of TYPES) {
            const cases = largeTypes.includes(type) ? [...cheap, ...large] : cheap;
            const results = await Promise.all(cases.map((inputs, i) => client.analyze(rawResource({ type, name: `case${i}`, inputs }), DEFAULT_PROVIDER)));
            assert.deepEqual(thrown(results.flat()), [], type);
        }
        const stack: RawResource[] = [
            ...TYPES.map((type, i) => ({ type, name: `r${i}`, outputs: cheap[i % cheap.length] })),
            ...large.map((outputs, i) => ({ type: "aws:iam/groupPolicy:GroupPolicy", name: `large${i}`, outputs: { ...outputs, group: "g" } })),
        ];
        assert.deepEqual(thrown(await client.analyzeStack(stack.map(rawResource), () => DEFAULT_PROVIDER)), []);
    });

    it("handles a 1 MB string in each property a policy parses, including the provider's", async () => {
        const client = await configurePack(CONFIG);
        const huge = `${"0.".repeat(250_000)}0/0 ${"{\"Statement\":[".repeat(60_000)}`.padEnd(1_000_000, "*");
        const cases: RawResource[] = [
            { type: "aws:ec2/instance:Instance", name: "i", inputs: { instanceType: huge } },
            { type: "aws:ec2/securityGroup:SecurityGroup", name: "sg", inputs: { ingress: [{ protocol: huge, fromPort: 22, toPort: 22, cidrBlocks: [huge] }] } },
            { type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", name: "rule", inputs: { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: huge } },
            { type: "aws:s3/bucketPolicy:BucketPolicy", name: "bp", inputs: { bucket: "b", policy: huge } },
            { type: "aws:s3/bucketAcl:BucketAcl", name: "acl", inputs: { bucket: "b", acl: huge, accessControlPolicy: { grants: [{ grantee: { uri: huge }, permission: huge }] } } },
            { type: "aws:cloudtrail/trail:Trail", name: "trail", inputs: { kmsKeyId: huge, isMultiRegionTrail: huge } },
            { type: "aws:sqs/queue:Queue", name: "queue", inputs: { region: huge, tags: { [huge.slice(0, 1000)]: huge } } },
            { type: "pulumi:providers:aws", name: "provider", inputs: { region: "eu-west-1", defaultTags: huge } },
        ];
        for (const raw of cases) {
            assert.deepEqual(thrown(await client.analyze(rawResource(raw), awsProvider("eu-west-1", { defaultTags: huge }))), [], raw.type);
        }
        assert.deepEqual(thrown(await client.analyzeStack(cases.map(rawResource), () => DEFAULT_PROVIDER)), []);
    });

    it("never reports a no-op input: 200 benign BucketObjects and an empty resource of an unknown type", async () => {
        const client = await configurePack();
        const benign = fc.dictionary(
            fc.constantFrom("bucket", "key", "contentType", "cacheControl", "etag", "storageClass"),
            fc.stringMatching(/^[a-z0-9][a-z0-9./ -]{0,30}$/),
            { maxKeys: 6 },
        );
        await fc.assert(
            fc.asyncProperty(benign, async (inputs) => {
                const violations = await client.analyze(rawResource({ type: "aws:s3/bucketObject:BucketObject", name: "object", inputs }), DEFAULT_PROVIDER);
                assert.deepEqual(violations.map((v) => `${v.policy}: ${v.message}`), []);
            }),
            { numRuns: 200, seed: 20261124 },
        );
        const empty = await client.analyze(rawResource({ type: "example:index:Thing", name: "thing", inputs: {} }), DEFAULT_PROVIDER);
        assert.deepEqual(empty.map((v) => `${v.policy}: ${v.message}`), []);
    });
});

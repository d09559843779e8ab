import { strict as assert } from "assert";
import fc from "fast-check";
import type { Violation } from "../../../cli/harness";
import { configurePack } from "../../support/pack";
import { DEFAULT_AWS_PROVIDER, STACK_RESOURCE, rawResource, type RawResource } from "./policyTestKit";

/**
 * Property-based tests through the real protocol: whatever a program sends,
 * no policy of the pack may throw. A policy that throws either fails the
 * Analyze call over gRPC (the promise rejects) or is caught by the framework
 * and turned into a "could not evaluate" finding; both are failures here.
 */

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
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
];

/** Property names the policies read, so that random trees hit real code paths. */
const NAMES = [
    "policy", "assumeRolePolicy", "inlinePolicies", "managedPolicyArns", "permissionsBoundary", "user", "users", "userName",
    "group", "groups", "groupName", "policyArn", "policyArns", "policyNames", "name", "type", "value", "content", "status",
    "createDate", "tags", "tagsAll", "minimumPasswordLength", "passwordReusePrevention", "requireSymbols", "maxPasswordAge",
    "secretString", "userData", "environment", "variables", "containerDefinitions", "metadataOptions", "httpTokens",
    "ingress", "egress", "cidrBlocks", "fromPort", "toPort", "protocol", "region", "Statement", "Effect", "Action",
    "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition", "AWS", "Sid", "Version",
];

const hostileString = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
        "*", "*:*", "", " ", "{", "[", "null", "{}", "[]", "{\"Statement\":", "{\"Statement\":null}", "{\"Statement\":[{}]}",
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}", "AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SecureString", "Active", "Inactive", "2020-01-01T00:00:00Z",
        "arn:aws:iam::aws:policy/AdministratorAccess", "guardrails:exempt:iam-no-admin-wildcard", "x until 2099-01-01", UNKNOWN,
        "H4sIAAAAAAAAA0tMSgYAAA==", "s3:*", "NotIpAddress", "aws:SourceIp", "0.0.0.0/0", "::/0", "-1", "22", "not a number",
    ),
    fc.json({ maxDepth: 3 }),
);

const leaf = fc.oneof(
    hostileString,
    fc.integer(),
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

function thrown(violations: Violation[]): string[] {
    return violations.filter((v) => THROWN.test(v.message)).map((v) => `${v.policy}: ${v.message}`);
}

describe("hostile resource properties never make a policy throw (fast-check, through the policy protocol)", () => {
    it("Analyze: 200 runs of 8 random resources each", async () => {
        const client = await configurePack();
        await fc.assert(
            fc.asyncProperty(fc.array(resource, { minLength: 1, maxLength: 8 }), async (batch) => {
                const results = await Promise.all(batch.map((raw) => client.analyze(rawResource(raw), DEFAULT_AWS_PROVIDER)));
                assert.deepEqual(thrown(results.flat()), []);
            }),
            { numRuns: 200, seed: 20261122 },
        );
    });

    it("AnalyzeStack: 100 runs of random stacks of IAM resources", async () => {
        const client = await configurePack();
        const stackResource = fc.record({ type: fc.constantFrom(...TYPES.slice(0, 18)), name: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), outputs: props });
        await fc.assert(
            fc.asyncProperty(fc.array(stackResource, { maxLength: 12 }), async (stack) => {
                const unique = stack.map((r, i) => ({ ...r, name: `${r.name}${i}` }));
                await client.analyze(rawResource(STACK_RESOURCE));
                assert.deepEqual(thrown(await client.analyzeStack(unique.map(rawResource), () => DEFAULT_AWS_PROVIDER)), []);
            }),
            { numRuns: 100, seed: 20261123 },
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
            const results = await Promise.all(cases.map((inputs, i) => client.analyze(rawResource({ type, name: `case${i}`, inputs }), DEFAULT_AWS_PROVIDER)));
            assert.deepEqual(thrown(results.flat()), [], type);
        }
        const stack: RawResource[] = [
            ...TYPES.map((type, i) => ({ type, name: `r${i}`, outputs: cheap[i % cheap.length] })),
            ...large.map((outputs, i) => ({ type: "aws:iam/groupPolicy:GroupPolicy", name: `large${i}`, outputs: { ...outputs, group: "g" } })),
        ];
        assert.deepEqual(thrown(await client.analyzeStack(stack.map(rawResource), () => DEFAULT_AWS_PROVIDER)), []);
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
                const violations = await client.analyze(rawResource({ type: "aws:s3/bucketObject:BucketObject", name: "object", inputs }), DEFAULT_AWS_PROVIDER);
                assert.deepEqual(violations.map((v) => `${v.policy}: ${v.message}`), []);
            }),
            { numRuns: 200, seed: 20261124 },
        );
        const empty = await client.analyze(rawResource({ type: "example:index:Thing", name: "thing", inputs: {} }), DEFAULT_AWS_PROVIDER);
        assert.deepEqual(empty.map((v) => `${v.policy}: ${v.message}`), []);
    });
});

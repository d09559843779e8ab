import { strict as assert } from "assert";
import * as fc from "fast-check";
import { configurePack } from "../../support/pack";
import { awsProvider, capturedResource, UNKNOWN } from "./policyTestKit";

/**
 * Random and hostile properties, sent through the real protocol, never make a
 * compute, network, storage, logging, regions or tagging policy throw: the
 * framework would turn a throw into a "could not evaluate" finding, so none
 * may appear.
 */

const TYPES = [
    "aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
    "aws:ec2/launchConfiguration:LaunchConfiguration", "aws:ec2/spotFleetRequest:SpotFleetRequest", "aws:ec2/fleet:Fleet",
    "aws:autoscaling/group:Group", "aws:eks/nodeGroup:NodeGroup", "aws:batch/computeEnvironment:ComputeEnvironment", "aws:ebs/volume:Volume",
    "aws:ec2/securityGroup:SecurityGroup", "aws:ec2/securityGroupRule:SecurityGroupRule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "aws:s3/bucket:Bucket", "aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketPolicy:BucketPolicy", "aws:s3/bucketObjectv2:BucketObjectv2",
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    "aws:cloudtrail/trail:Trail", "aws:kms/key:Key", "aws:cloudwatch/logGroup:LogGroup", "aws:cloudwatch/metricAlarm:MetricAlarm",
    "aws:wafv2/webAcl:WebAcl", "aws:sqs/queue:Queue",
];

const KEYS = [
    "ingress", "protocol", "ipProtocol", "fromPort", "toPort", "cidrBlocks", "ipv6CidrBlocks", "cidrIpv4", "cidrIpv6", "type",
    "instanceType", "instanceTypes", "launchSpecifications", "launchTemplateConfigs", "mixedInstancesPolicy", "computeResources",
    "metadataOptions", "associatePublicIpAddress", "networkInterfaces", "rootBlockDevice", "ebsBlockDevices", "blockDeviceMappings", "encrypted",
    "acl", "grants", "accessControlPolicy", "policy", "bucket", "blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets",
    "isMultiRegionTrail", "includeGlobalServiceEvents", "enableLogFileValidation", "enableLogging", "eventSelectors", "kmsKeyId",
    "enableKeyRotation", "customerMasterKeySpec", "keyUsage", "retentionInDays", "namespace", "metricName", "dimensions", "metricQueries",
    "region", "scope", "tags", "tagsAll", "launchTemplate",
];

const leaf = fc.oneof(
    fc.constant(UNKNOWN), fc.constant("0.0.0.0/0"), fc.constant("::/0"), fc.constant("-1"), fc.constant("tcp"), fc.constant("*"),
    fc.constant("public-read"), fc.constant("http://acs.amazonaws.com/groups/global/AllUsers"), fc.constant("{\"Statement\":"),
    fc.constant(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }] })),
    fc.string(), fc.integer({ min: -70000, max: 70000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
);

const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 5 })),
})).node;

const props = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), value, { maxKeys: 8 });

const MINE = /^(imdsv2-required|instance-|ebs-|security-group-|s3-|cloudtrail-|kms-|log-group-|billing-|vcpu-|allowed-regions|required-tags)/;

const CONFIG = {
    "allowed-regions": { allowedRegions: ["eu-west-1"] },
    "required-tags": { requiredTags: ["owner"] },
};

describe("hostile inputs (compute, network, storage, logging, regions, tagging)", () => {
    it("never make a resource policy fail to evaluate", async () => {
        const client = await configurePack(CONFIG);
        await fc.assert(fc.asyncProperty(fc.constantFrom(...TYPES), props, async (type, inputs) => {
            const violations = await client.analyze(capturedResource(type, "r", inputs), awsProvider("us-east-1"));
            const broken = violations.filter((v) => MINE.test(v.policy) && /could not evaluate/.test(v.message));
            assert.deepEqual(broken, [], JSON.stringify({ type, inputs }));
        }), { numRuns: 400 });
    });

    it("never make a stack policy fail to evaluate", async () => {
        const resource = fc.tuple(fc.constantFrom(...TYPES), props, fc.array(fc.constantFrom("urn:pulumi:dev::test::pulumi:pulumi:Stack$aws:s3/bucket:Bucket::r0"), { maxLength: 1 }));
        const client = await configurePack(CONFIG);
        await fc.assert(fc.asyncProperty(fc.array(resource, { minLength: 1, maxLength: 6 }), async (list) => {
            const resources = list.map(([type, inputs, dependencies], i) => capturedResource(type, `r${i}`, inputs, { dependencies }));
            const violations = await client.analyzeStack(resources, () => awsProvider("us-east-1"));
            const broken = violations.filter((v) => MINE.test(v.policy) && /could not evaluate/.test(v.message));
            assert.deepEqual(broken, [], JSON.stringify(list));
        }), { numRuns: 150 });
    });

    it("handle a 1 MB string in each property they parse in linear time", async () => {
        const client = await configurePack(CONFIG);
        const huge = `${"0.".repeat(250_000)}0/0 ${"{\"Statement\":[".repeat(60_000)}`.padEnd(1_000_000, "*");
        const cases: [string, Record<string, unknown>][] = [
            ["aws:ec2/instance:Instance", { instanceType: huge }],
            ["aws:ec2/securityGroup:SecurityGroup", { ingress: [{ protocol: huge, fromPort: 22, toPort: 22, cidrBlocks: [huge] }] }],
            ["aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: huge }],
            ["aws:s3/bucketPolicy:BucketPolicy", { bucket: "b", policy: huge }],
            ["aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: huge, accessControlPolicy: { grants: [{ grantee: { uri: huge }, permission: huge }] } }],
            ["aws:cloudtrail/trail:Trail", { kmsKeyId: huge, isMultiRegionTrail: huge }],
            ["aws:sqs/queue:Queue", { region: huge, tags: { [huge.slice(0, 1000)]: huge } }],
            ["pulumi:providers:aws", { region: "eu-west-1", defaultTags: huge }],
        ];
        const started = Date.now();
        for (const [type, inputs] of cases) {
            const violations = await client.analyze(capturedResource(type, "huge", inputs), awsProvider("eu-west-1", { defaultTags: huge }));
            assert.deepEqual(violations.filter((v) => MINE.test(v.policy) && /could not evaluate/.test(v.message)), []);
        }
        const stack = await client.analyzeStack(cases.map(([type, inputs], i) => capturedResource(type, `huge${i}`, inputs)), () => awsProvider("eu-west-1"));
        assert.deepEqual(stack.filter((v) => MINE.test(v.policy) && /could not evaluate/.test(v.message)), []);
        assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
    });
});

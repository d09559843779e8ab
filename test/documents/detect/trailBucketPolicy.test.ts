import assert from "node:assert/strict";
import { TRAIL_BUCKET_SIDS, trailArn, trailBucketPolicy } from "../../../components/documents/detect";
import { simulateResource } from "./resourceSimulator";

const ACCOUNT = "123456789012";
const OTHER_ACCOUNT = "210987654321";
const BUCKET = "baseline-trail-logs-abc123";
const TRAIL = trailArn({ partition: "aws", accountId: ACCOUNT }, "us-east-1", "baseline-trail");
const OTHER_TRAIL = trailArn({ partition: "aws", accountId: OTHER_ACCOUNT }, "us-east-1", "attacker-trail");
const policy = trailBucketPolicy({ partition: "aws", accountId: ACCOUNT, bucketName: BUCKET, trailArn: TRAIL });
const LOG_OBJECT = `arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/01/01/file.json.gz`;

function cloudTrailWrite(sourceArn: string, resource = LOG_OBJECT, secure = "true") {
    return simulateResource({
        principal: "cloudtrail.amazonaws.com",
        action: "s3:PutObject",
        resource,
        resourceAccount: ACCOUNT,
        context: {
            "aws:SourceArn": sourceArn,
            "aws:SourceAccount": sourceArn.split(":")[4],
            "s3:x-amz-acl": "bucket-owner-full-control",
            "aws:SecureTransport": secure,
        },
        resourcePolicy: policy,
    });
}

describe("trailBucketPolicy", () => {
    it("builds the AWS statements with aws:SourceArn set to the trail ARN built from partition, region, account and name", () => {
        assert.equal(TRAIL, "arn:aws:cloudtrail:us-east-1:123456789012:trail/baseline-trail");
        const [acl, write, deny] = policy.Statement;
        assert.deepEqual(acl, {
            Sid: TRAIL_BUCKET_SIDS.aclCheck,
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:GetBucketAcl",
            Resource: `arn:aws:s3:::${BUCKET}`,
            Condition: { StringEquals: { "aws:SourceArn": TRAIL } },
        });
        assert.deepEqual(write, {
            Sid: TRAIL_BUCKET_SIDS.write,
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: `arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/*`,
            Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": TRAIL } },
        });
        assert.deepEqual(deny.Condition, { Bool: { "aws:SecureTransport": "false" } });
        assert.equal(deny.Effect, "Deny");
        assert.deepEqual(deny.Resource, [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]);
        assert.equal(policy.Statement.length, 3);
    });

    it("adds the organization prefix only for an organization trail", () => {
        const org = trailBucketPolicy({ partition: "aws", accountId: ACCOUNT, bucketName: BUCKET, trailArn: TRAIL, organizationId: "o-exampleorgid" });
        const orgWrite = org.Statement.find((s) => s.Sid === TRAIL_BUCKET_SIDS.organizationWrite);
        assert.equal(orgWrite?.Resource, `arn:aws:s3:::${BUCKET}/AWSLogs/o-exampleorgid/*`);
        assert.deepEqual(orgWrite?.Condition, { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": TRAIL } });
    });

    it("uses the partition in every ARN", () => {
        const gov = trailBucketPolicy({ partition: "aws-us-gov", accountId: ACCOUNT, bucketName: BUCKET, trailArn: "arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:trail/t" });
        assert.equal(gov.Statement[0].Resource, `arn:aws-us-gov:s3:::${BUCKET}`);
    });

    describe("in the IAM simulator", () => {
        it("lets CloudTrail write a log file for this trail over TLS", async () => {
            assert.equal(await cloudTrailWrite(TRAIL), "Allowed");
        });

        it("does not let CloudTrail write for another account's trail (confused deputy)", async () => {
            assert.equal(await cloudTrailWrite(OTHER_TRAIL), "ImplicitlyDenied");
        });

        it("does not let CloudTrail write for another trail of the same account", async () => {
            const sibling = trailArn({ partition: "aws", accountId: ACCOUNT }, "us-east-1", "other-trail");
            assert.equal(await cloudTrailWrite(sibling), "ImplicitlyDenied");
        });

        it("does not let CloudTrail write outside AWSLogs/<account>/", async () => {
            assert.equal(await cloudTrailWrite(TRAIL, `arn:aws:s3:::${BUCKET}/elsewhere/file.json.gz`), "ImplicitlyDenied");
        });

        it("denies CloudTrail's write over plain HTTP", async () => {
            assert.equal(await cloudTrailWrite(TRAIL, LOG_OBJECT, "false"), "ExplicitlyDenied");
        });

        it("denies an account administrator reading a log file over plain HTTP", async () => {
            const verdict = await simulateResource({
                principal: `arn:aws:iam::${ACCOUNT}:user/admin`,
                action: "s3:GetObject",
                resource: LOG_OBJECT,
                resourceAccount: ACCOUNT,
                context: { "aws:SecureTransport": "false", "aws:PrincipalAccount": ACCOUNT },
                resourcePolicy: policy,
                identityPolicies: [{ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }],
            });
            assert.equal(verdict, "ExplicitlyDenied");
        });

        it("lets an account administrator read a log file over TLS", async () => {
            const verdict = await simulateResource({
                principal: `arn:aws:iam::${ACCOUNT}:user/admin`,
                action: "s3:GetObject",
                resource: LOG_OBJECT,
                resourceAccount: ACCOUNT,
                context: { "aws:SecureTransport": "true", "aws:PrincipalAccount": ACCOUNT },
                resourcePolicy: policy,
                identityPolicies: [{ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }],
            });
            assert.equal(verdict, "Allowed");
        });

        it("lets CloudTrail check the bucket ACL only for this trail", async () => {
            const check = (sourceArn: string) => simulateResource({
                principal: "cloudtrail.amazonaws.com",
                action: "s3:GetBucketAcl",
                resource: `arn:aws:s3:::${BUCKET}`,
                resourceAccount: ACCOUNT,
                context: { "aws:SourceArn": sourceArn, "aws:SecureTransport": "true" },
                resourcePolicy: policy,
            });
            assert.equal(await check(TRAIL), "Allowed");
            assert.equal(await check(OTHER_TRAIL), "ImplicitlyDenied");
        });
    });
});

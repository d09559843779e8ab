import assert from "node:assert/strict";
import { accessLogBucketPolicy } from "../../../components/documents/detect";
import { simulateResource } from "./resourceSimulator";

const ACCOUNT = "123456789012";
const policy = accessLogBucketPolicy({ partition: "aws", accountId: ACCOUNT, logBucketName: "access-logs-1", sourceBucketName: "trail-logs-1" });

function deliver(sourceArn: string, sourceAccount: string, key = "access-logs/2026-01-01-00-00-00-ABCDEF") {
    return simulateResource({
        principal: "logging.s3.amazonaws.com",
        action: "s3:PutObject",
        resource: `arn:aws:s3:::access-logs-1/${key}`,
        resourceAccount: ACCOUNT,
        context: { "aws:SourceArn": sourceArn, "aws:SourceAccount": sourceAccount, "aws:SecureTransport": "true" },
        resourcePolicy: policy,
    });
}

describe("accessLogBucketPolicy", () => {
    it("lets S3 logging deliver only for the trail bucket of this account, under access-logs/", async () => {
        assert.equal(await deliver("arn:aws:s3:::trail-logs-1", ACCOUNT), "Allowed");
        assert.equal(await deliver("arn:aws:s3:::someone-elses-bucket", "210987654321"), "ImplicitlyDenied");
        assert.equal(await deliver("arn:aws:s3:::trail-logs-1", ACCOUNT, "other/object"), "ImplicitlyDenied");
    });

    it("denies plain HTTP", () => {
        const deny = policy.Statement.find((s) => s.Effect === "Deny");
        assert.deepEqual(deny?.Condition, { Bool: { "aws:SecureTransport": "false" } });
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "s3-tls-only-bucket-policy";

function tlsOnly(bucketName: string): string {
    return JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [`arn:aws:s3:::${bucketName}`, `arn:aws:s3:::${bucketName}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
        }],
    });
}

describe(POLICY, () => {
    it("reports buckets without a TLS-only policy, or whose policy denies something else (advisory)", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.s3.Bucket("bare", {});
            const other = new aws.s3.Bucket("other", { bucket: "other-bucket" });
            new aws.s3.BucketPolicy("other-policy", {
                bucket: other.bucket,
                policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:DeleteObject", Resource: "arn:aws:s3:::other-bucket/*" }] }),
            });
        });
        const findings = findingsOf(violations, POLICY);
        assert.deepEqual(findings.map((f) => f.message).sort(), [
            "bucket bare has no bucket policy that denies plain-HTTP requests (Deny s3:* when aws:SecureTransport is false)",
            "bucket other has no bucket policy that denies plain-HTTP requests (Deny s3:* when aws:SecureTransport is false)",
        ]);
        assert.ok(findings.every((f) => f.enforcementLevel === "advisory"));
    });

    it("passes a bucket with a TLS-only BucketPolicy, and a legacy bucket with an inline one", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("data", { bucket: "data-bucket" });
            new aws.s3.BucketPolicy("data-tls", { bucket: bucket.bucket, policy: tlsOnly("data-bucket") });
            new aws.s3.Bucket("inline", { bucket: "inline-bucket", policy: tlsOnly("inline-bucket") });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

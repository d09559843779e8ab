import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeStackOf, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "s3-public-access-block-required";
const ALL_FOUR = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

describe(POLICY, () => {
    it("reports a bucket without a block and a bucket whose block leaves settings off (advisory)", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.s3.Bucket("bare", {});
            const partial = new aws.s3.Bucket("partial", {});
            new aws.s3.BucketPublicAccessBlock("partial-block", { bucket: partial.id, blockPublicAcls: true, ignorePublicAcls: true });
        });
        const findings = findingsOf(violations, POLICY);
        assert.deepEqual(findings.map((f) => f.message).sort(), [
            "bucket bare has no BucketPublicAccessBlock and the stack sets no account-level block; add one with all four settings true",
            "bucket partial's public access block leaves blockPublicPolicy, restrictPublicBuckets off; set all four to true",
        ]);
        assert.ok(findings.every((f) => f.enforcementLevel === "advisory"));
        assert.ok(findings.some((f) => f.urn.endsWith("aws:s3/bucket:Bucket::bare")), "reported on the bucket");
    });

    it("passes buckets with full blocks, by name or by the legacy BucketV2 type", async () => {
        const { violations } = await checkUnderMocks(() => {
            const named = new aws.s3.Bucket("named", { bucket: "my-named-bucket" });
            new aws.s3.BucketPublicAccessBlock("named-block", { bucket: named.bucket, ...ALL_FOUR });
            const v2 = new aws.s3.BucketV2("v2", {});
            new aws.s3.BucketPublicAccessBlock("v2-block", { bucket: v2.id, ...ALL_FOUR });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("passes every bucket when the stack has a full account-level block, and reports a partial one", async () => {
        const full = await checkUnderMocks(() => {
            new aws.s3.Bucket("bare", {});
            new aws.s3.AccountPublicAccessBlock("account", ALL_FOUR);
        });
        assert.deepEqual(messagesOf(full.violations, POLICY), []);
        const partial = await checkUnderMocks(() => {
            new aws.s3.AccountPublicAccessBlock("account", { blockPublicAcls: true });
        });
        assert.deepEqual(messagesOf(partial.violations, POLICY), ["account public access block account leaves blockPublicPolicy, ignorePublicAcls, restrictPublicBuckets off; set all four to true"]);
    });

    it("with accountBlockOwnedElsewhere trusts another stack's account-level block", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.s3.Bucket("bare", {});
        }, { [POLICY]: { accountBlockOwnedElsewhere: true } });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("during a preview matches a block whose bucket is unknown through its dependency", async () => {
        const bucket = capturedResource("aws:s3/bucket:Bucket", "b", {}, { outputs: { bucket: UNKNOWN } });
        const block = capturedResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "b-block", { bucket: UNKNOWN, ...ALL_FOUR }, { dependencies: [bucket.urn] });
        const violations = await analyzeStackOf([bucket, block]);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

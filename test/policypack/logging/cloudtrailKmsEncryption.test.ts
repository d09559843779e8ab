import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "cloudtrail-kms-encryption";

describe(POLICY, () => {
    it("reports a trail without kmsKeyId (advisory)", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.cloudtrail.Trail("plain", { s3BucketName: "logs", isMultiRegionTrail: true, enableLogFileValidation: true });
        });
        assert.deepEqual(messagesOf(violations, POLICY), ["plain sets no kmsKeyId, so its log files are not encrypted with a customer-managed KMS key"]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("passes a trail encrypted with a KMS key", async () => {
        const { violations } = await checkUnderMocks(() => {
            const key = new aws.kms.Key("trail", { enableKeyRotation: true });
            new aws.cloudtrail.Trail("encrypted", { s3BucketName: "logs", kmsKeyId: key.arn });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

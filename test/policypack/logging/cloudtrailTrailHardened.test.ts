import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "cloudtrail-trail-hardened";

describe(POLICY, () => {
    it("blocks a trail with provider defaults: single-region, no log file validation", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.cloudtrail.Trail("weak", { s3BucketName: "logs" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), [
            "weak is not multi-region (isMultiRegionTrail is not true), so activity in other regions goes unrecorded",
            "weak has no log file validation (enableLogFileValidation is not true), so edited or deleted log files go unnoticed",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory"));
    });

    it("blocks a trail without global events, one that is stopped, and one recording only read events", async () => {
        const { violations } = await checkUnderMocks(() => {
            const hardened = { s3BucketName: "logs", isMultiRegionTrail: true, enableLogFileValidation: true };
            new aws.cloudtrail.Trail("no-global", { ...hardened, includeGlobalServiceEvents: false });
            new aws.cloudtrail.Trail("stopped", { ...hardened, enableLogging: false });
            new aws.cloudtrail.Trail("reads", { ...hardened, eventSelectors: [{ readWriteType: "ReadOnly", includeManagementEvents: true }] });
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 3, messages.join("\n"));
        assert.ok(messages.some((m) => m.startsWith("no-global sets includeGlobalServiceEvents = false")));
        assert.ok(messages.some((m) => m.startsWith("stopped sets enableLogging = false")));
        assert.ok(messages.some((m) => m.startsWith("reads event selectors do not record all")));
    });

    it("passes a multi-region trail with global events and validation", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.cloudtrail.Trail("account", {
                s3BucketName: "logs",
                isMultiRegionTrail: true,
                includeGlobalServiceEvents: true,
                enableLogFileValidation: true,
                eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }],
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("stays silent on unknown settings", async () => {
        const violations = await analyzeOne(capturedResource("aws:cloudtrail/trail:Trail", "later", { s3BucketName: "b", isMultiRegionTrail: UNKNOWN, enableLogFileValidation: UNKNOWN }));
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

import assert from "node:assert/strict";
import { credentialsExposedPattern, rootActivityPattern } from "../../../components/documents/detect";

describe("event patterns", () => {
    it("matches the AWS Health exposed-credentials event on eventTypeCode only", () => {
        assert.deepEqual(credentialsExposedPattern(), {
            source: ["aws.health"],
            "detail-type": ["AWS Health Event", "AWS Health Abuse Event"],
            detail: { eventTypeCode: ["AWS_RISK_CREDENTIALS_EXPOSED"] },
        });
    });

    it("matches root API calls and console sign-ins", () => {
        assert.deepEqual(rootActivityPattern(), {
            "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
            detail: { userIdentity: { type: ["Root"] } },
        });
    });
});

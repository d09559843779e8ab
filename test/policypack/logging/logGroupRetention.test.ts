import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "log-group-retention";

function groups(): void {
    new aws.cloudwatch.LogGroup("short", { retentionInDays: 30 });
    new aws.cloudwatch.LogGroup("year", { retentionInDays: 365 });
    new aws.cloudwatch.LogGroup("forever", {});
}

describe(POLICY, () => {
    it("reports retention below 365 days, and passes a year and never-expiring groups (advisory)", async () => {
        const { violations } = await checkUnderMocks(groups);
        assert.deepEqual(messagesOf(violations, POLICY), ["short keeps logs for 30 days; at least 365 are required (minimumRetentionDays)"]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("with minimumRetentionDays and requireExplicitRetention changes both limits", async () => {
        const { violations } = await checkUnderMocks(groups, { [POLICY]: { minimumRetentionDays: 14, requireExplicitRetention: true } });
        assert.deepEqual(messagesOf(violations, POLICY), ["forever never expires its logs (retentionInDays unset); set an explicit retention of at least 14 days"]);
    });
});

import assert from "node:assert/strict";
import { cloudTrailLogsPermissions, cloudTrailLogsTrustPolicy, trailArn } from "../../../components/documents/detect";
import { simulateResource } from "./resourceSimulator";

const ACCOUNT = "123456789012";
const TRAIL = trailArn({ partition: "aws", accountId: ACCOUNT }, "us-east-1", "baseline-trail");
const args = { partition: "aws", accountId: ACCOUNT, region: "us-east-1", trailArn: TRAIL, logGroupName: "/aws/cloudtrail/baseline-trail" };
const ROLE = `arn:aws:iam::${ACCOUNT}:role/baseline-trail-logs-delivery`;

describe("cloudTrailLogsRole", () => {
    it("trusts cloudtrail.amazonaws.com with no source conditions, as AWS documents the delivery role", () => {
        assert.deepEqual(cloudTrailLogsTrustPolicy(args).Statement, [{
            Sid: "AllowCloudTrailToDeliverLogs",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "sts:AssumeRole",
        }]);
    });

    it("may only create streams and put events in the trail's own streams of its log group", () => {
        const streams = [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/cloudtrail/baseline-trail:log-stream:${ACCOUNT}_CloudTrail_us-east-1*`];
        assert.deepEqual(cloudTrailLogsPermissions(args).Statement.map((s) => [s.Action, s.Resource]), [
            ["logs:CreateLogStream", streams],
            ["logs:PutLogEvents", streams],
        ]);
        const org = cloudTrailLogsPermissions({ ...args, organizationId: "o-exampleorgid" });
        assert.ok((org.Statement[0].Resource as string[]).includes(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/cloudtrail/baseline-trail:log-stream:o-exampleorgid_*`));
    });

    it("in the IAM simulator, lets CloudTrail assume the role whether or not the request names a trail, and nobody else", async () => {
        const assume = (principal: string, context: Record<string, string>) => simulateResource({
            principal,
            action: "sts:AssumeRole",
            resource: ROLE,
            resourceAccount: ACCOUNT,
            context,
            resourcePolicy: cloudTrailLogsTrustPolicy(args),
        });
        assert.equal(await assume("cloudtrail.amazonaws.com", {}), "Allowed", "the delivery sends no aws:SourceArn");
        assert.equal(await assume("cloudtrail.amazonaws.com", { "aws:SourceArn": TRAIL, "aws:SourceAccount": ACCOUNT }), "Allowed");
        assert.equal(await assume("logs.us-east-1.amazonaws.com", {}), "ImplicitlyDenied");
        assert.equal(await assume(`arn:aws:iam::${ACCOUNT}:user/alice`, {}), "ImplicitlyDenied");
    });
});

import assert from "node:assert/strict";
import type { PolicyStatement } from "../../../components/documents";
import { ALERT_KEY_SIDS, alertTopicKeyPolicy, TRAIL_KEY_SIDS, trailArn, trailKeyPolicy } from "../../../components/documents/detect";
import { simulateResource } from "./resourceSimulator";

const ACCOUNT = "123456789012";
const TRAIL = trailArn({ partition: "aws", accountId: ACCOUNT }, "eu-west-1", "baseline-trail");
const trailKey = trailKeyPolicy({ partition: "aws", accountId: ACCOUNT, region: "eu-west-1", trailArn: TRAIL, logGroupName: "/aws/cloudtrail/baseline-trail" });

function bySid(statements: PolicyStatement[], sid: string): PolicyStatement {
    const found = statements.find((s) => s.Sid === sid);
    assert.ok(found, `no statement ${sid}`);
    return found;
}

describe("trailKeyPolicy", () => {
    it("keeps the key manageable by the account", () => {
        assert.deepEqual(bySid(trailKey.Statement, TRAIL_KEY_SIDS.accountAdmin).Principal, { AWS: `arn:aws:iam::${ACCOUNT}:root` });
    });

    it("lets cloudtrail.amazonaws.com generate data keys only for this trail and this account's trails", () => {
        const statement = bySid(trailKey.Statement, TRAIL_KEY_SIDS.cloudTrailEncrypt);
        assert.deepEqual(statement.Principal, { Service: "cloudtrail.amazonaws.com" });
        assert.equal(statement.Action, "kms:GenerateDataKey*");
        assert.deepEqual(statement.Condition, {
            StringEquals: { "aws:SourceArn": TRAIL },
            StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*` },
        });
        assert.deepEqual(bySid(trailKey.Statement, TRAIL_KEY_SIDS.cloudTrailDescribe).Condition, { StringEquals: { "aws:SourceArn": TRAIL } });
    });

    it("lets the account decrypt log files, and CloudWatch Logs of the home region use the key for the trail's log group only", () => {
        const decrypt = bySid(trailKey.Statement, TRAIL_KEY_SIDS.accountDecrypt);
        assert.deepEqual(decrypt.Action, ["kms:Decrypt", "kms:ReEncryptFrom"]);
        assert.deepEqual(decrypt.Condition?.StringEquals, { "kms:CallerAccount": ACCOUNT });
        const logs = bySid(trailKey.Statement, TRAIL_KEY_SIDS.logsEncrypt);
        assert.deepEqual(logs.Principal, { Service: "logs.eu-west-1.amazonaws.com" });
        assert.deepEqual(logs.Condition, {
            ArnEquals: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/baseline-trail` },
        });
    });

    // The simulator ignores `kms:EncryptionContext:<key>` context keys (it matches
    // variable keys only after a "/"), so it cannot prove the allow; it does prove
    // that another account's trail gets no data key.
    it("in the IAM simulator, gives no data key to CloudTrail for another account's trail", async () => {
        const other = "arn:aws:cloudtrail:eu-west-1:210987654321:trail/other";
        const verdict = await simulateResource({
            principal: "cloudtrail.amazonaws.com",
            action: "kms:GenerateDataKey",
            resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
            resourceAccount: ACCOUNT,
            context: { "aws:SourceArn": other },
            resourcePolicy: trailKey,
        });
        assert.equal(verdict, "ImplicitlyDenied");
    });
});

describe("trailKeyPolicy and the S3 Bucket Key", () => {
    const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const decrypt = (resourcePolicy: typeof trailKey, sourceArn: string) => simulateResource({
        principal: "cloudtrail.amazonaws.com",
        action: "kms:Decrypt",
        resource: KEY,
        resourceAccount: ACCOUNT,
        context: { "aws:SourceArn": sourceArn },
        resourcePolicy,
    });
    const withBucketKey = trailKeyPolicy({ partition: "aws", accountId: ACCOUNT, region: "eu-west-1", trailArn: TRAIL, logGroupName: "/aws/cloudtrail/baseline-trail", s3BucketKey: true });

    it("gives CloudTrail no kms:Decrypt by default (the trail bucket has no Bucket Key)", async () => {
        assert.ok(!trailKey.Statement.some((s) => s.Sid === TRAIL_KEY_SIDS.cloudTrailBucketKeyDecrypt));
        assert.equal(await decrypt(trailKey, TRAIL), "ImplicitlyDenied");
    });

    it("with s3BucketKey, gives CloudTrail kms:Decrypt for this trail only", async () => {
        assert.deepEqual(bySid(withBucketKey.Statement, TRAIL_KEY_SIDS.cloudTrailBucketKeyDecrypt).Condition, { StringEquals: { "aws:SourceArn": TRAIL } });
        assert.equal(await decrypt(withBucketKey, TRAIL), "Allowed");
        assert.equal(await decrypt(withBucketKey, `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/other`), "ImplicitlyDenied");
        assert.equal(await decrypt(withBucketKey, "arn:aws:cloudtrail:eu-west-1:210987654321:trail/baseline-trail"), "ImplicitlyDenied");
    });
});

describe("alertTopicKeyPolicy", () => {
    const key = alertTopicKeyPolicy({ partition: "aws", accountId: ACCOUNT, region: "us-east-1", publishers: ["cloudwatch", "events", "budgets"] });

    it("names each publishing service principal, and not aws/sns", () => {
        assert.deepEqual(key.Statement.map((s) => s.Principal), [
            { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            { Service: "cloudwatch.amazonaws.com" },
            { Service: "events.amazonaws.com" },
            { Service: "budgets.amazonaws.com" },
        ]);
        for (const statement of key.Statement.slice(1)) {
            assert.deepEqual(statement.Action, ["kms:Decrypt", "kms:GenerateDataKey*"]);
        }
    });

    it("conditions CloudWatch and Budgets on this account's alarms and budgets, and leaves EventBridge unconditioned (it sends no source keys to KMS)", () => {
        assert.deepEqual(bySid(key.Statement, ALERT_KEY_SIDS.cloudwatch).Condition, {
            StringEquals: { "aws:SourceAccount": ACCOUNT },
            ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:*` },
        });
        assert.deepEqual(bySid(key.Statement, ALERT_KEY_SIDS.budgets).Condition, {
            StringEquals: { "aws:SourceAccount": ACCOUNT },
            ArnLike: { "aws:SourceArn": `arn:aws:budgets::${ACCOUNT}:*` },
        });
        assert.equal(bySid(key.Statement, ALERT_KEY_SIDS.events).Condition, undefined);
    });

    it("grants only the requested publishers", () => {
        const only = alertTopicKeyPolicy({ partition: "aws", accountId: ACCOUNT, region: "us-east-1", publishers: ["cloudwatch"] });
        assert.deepEqual(only.Statement.map((s) => s.Sid), [ALERT_KEY_SIDS.accountAdmin, ALERT_KEY_SIDS.cloudwatch]);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "s3-bucket-policy-no-public-allow";

function policyFor(statement: Record<string, unknown>): string {
    return JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
}

describe(POLICY, () => {
    it("blocks Allow to \"*\" without a condition, as a JSON string and as an object", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("site", {});
            new aws.s3.BucketPolicy("public", {
                bucket: bucket.id,
                policy: policyFor({ Sid: "PublicRead", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" }),
            });
            new aws.s3.BucketPolicy("object", {
                bucket: bucket.id,
                policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: ["s3:PutObject"], Resource: ["arn:aws:s3:::site/*"] }] },
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "object bucket policy Statement[0] allows s3:PutObject to Principal \"*\" without a condition that limits who can call (such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceIp)",
            "public bucket policy Statement[0] (Sid \"PublicRead\") allows s3:GetObject to Principal \"*\" without a condition that limits who can call (such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceIp)",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory"));
    });

    it("blocks a condition that does not limit the caller, NotPrincipal, an inline bucket policy, and unreadable JSON", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("legacy", {
                policy: policyFor({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "s3:*", Resource: "*" }),
            });
            new aws.s3.BucketPolicy("tls-only-condition", {
                bucket: bucket.id,
                policy: policyFor({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "true" } } }),
            });
            new aws.s3.BucketPolicy("wide-ip", {
                bucket: bucket.id,
                policy: policyFor({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": ["0.0.0.0/0"] } } }),
            });
            new aws.s3.BucketPolicy("broken", { bucket: bucket.id, policy: "{not json" });
        });
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 4, messages.join("\n"));
        assert.ok(messages.some((m) => m.startsWith("legacy bucket policy Statement[0] allows s3:* to NotPrincipal")));
        assert.ok(messages.some((m) => m.startsWith("tls-only-condition bucket policy")));
        assert.ok(messages.some((m) => m.startsWith("wide-ip bucket policy")));
        assert.ok(messages.some((m) => m.startsWith("broken has a bucket policy that cannot be read (the policy text is not valid JSON")));
    });

    it("passes named principals, service principals, caller-limiting conditions and Deny statements", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("logs", {});
            new aws.s3.BucketPolicy("trail", {
                bucket: bucket.id,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        { Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: "arn:aws:s3:::logs/*" },
                        { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:role/reader" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::logs/*" },
                        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::logs/*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } },
                        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::logs/*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } },
                        { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "arn:aws:s3:::logs/*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
                    ],
                }),
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("stays silent on a policy that is not known yet, even partly", async () => {
        const whole = await analyzeOne(capturedResource("aws:s3/bucketPolicy:BucketPolicy", "later", { bucket: "b", policy: UNKNOWN }));
        const partial = await analyzeOne(capturedResource("aws:s3/bucketPolicy:BucketPolicy", "partly", {
            bucket: "b",
            policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: UNKNOWN }] },
        }));
        assert.deepEqual([...messagesOf(whole, POLICY), ...messagesOf(partial, POLICY)], []);
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { renderPolicyDocument, runUnderMocks } from "../../cli/harness";
import { crc32 } from "../../cli/harness/dataSources/policyDocument";

/**
 * The cases of the AWS provider's `aws_iam_policy_document` documentation and
 * acceptance tests (hashicorp/terraform-provider-aws,
 * website/docs/d/iam_policy_document.html.markdown and
 * internal/service/iam/policy_document_data_source_test.go). Since provider
 * v5.0.0 an empty Sid is left out (hashicorp/terraform-provider-aws#28539), so
 * the documented `"Sid": ""` lines are absent here.
 */
const render = (args: Record<string, unknown>) => JSON.parse(renderPolicyDocument(args).json) as unknown;

describe("aws.iam.getPolicyDocument, rendered as the AWS provider renders it", () => {
    it("groups condition keys under one operator, sorts keys, and lists several actions in descending order (multiple condition keys)", () => {
        assert.deepEqual(render({
            statements: [{
                actions: ["kms:Decrypt", "kms:GenerateDataKey"],
                resources: ["*"],
                conditions: [
                    { test: "ForAnyValue:StringEquals", variable: "kms:EncryptionContext:service", values: ["pi"] },
                    { test: "ForAnyValue:StringEquals", variable: "kms:EncryptionContext:aws:pi:service", values: ["rds"] },
                ],
            }],
        }), {
            Version: "2012-10-17",
            Statement: [{
                Effect: "Allow",
                Action: ["kms:GenerateDataKey", "kms:Decrypt"],
                Resource: "*",
                Condition: { "ForAnyValue:StringEquals": { "kms:EncryptionContext:aws:pi:service": "rds", "kms:EncryptionContext:service": "pi" } },
            }],
        });
    });

    it("renders the acceptance test's document: Id, NotPrincipal, NotAction, &{} variables, and both wildcard principals", () => {
        const doc = renderPolicyDocument({
            policyId: "policy_id",
            statements: [
                { sid: "1", actions: ["s3:ListAllMyBuckets", "s3:GetBucketLocation"], resources: ["arn:aws:s3:::*"] },
                {
                    actions: ["s3:ListBucket"], resources: ["arn:aws:s3:::foo"],
                    conditions: [{ test: "StringLike", variable: "s3:prefix", values: ["home/", "", "home/&{aws:username}/"] }],
                    notPrincipals: [{ type: "AWS", identifiers: ["arn:blahblah:example"] }],
                },
                {
                    actions: ["s3:*"], resources: ["arn:aws:s3:::foo/home/&{aws:username}", "arn:aws:s3:::foo/home/&{aws:username}/*"],
                    principals: [{ type: "AWS", identifiers: ["arn:blahblah:example"] }],
                },
                { effect: "Deny", notActions: ["s3:*"], notResources: ["arn:aws:s3:::*"] },
                { effect: "Allow", actions: ["kinesis:*"], principals: [{ type: "AWS", identifiers: ["*"] }] },
                { effect: "Allow", actions: ["firehose:*"], principals: [{ type: "*", identifiers: ["*"] }] },
            ],
        });
        assert.equal(doc.json, `{
  "Version": "2012-10-17",
  "Id": "policy_id",
  "Statement": [
    {
      "Sid": "1",
      "Effect": "Allow",
      "Action": [
        "s3:ListAllMyBuckets",
        "s3:GetBucketLocation"
      ],
      "Resource": "arn:aws:s3:::*"
    },
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::foo",
      "NotPrincipal": {
        "AWS": "arn:blahblah:example"
      },
      "Condition": {
        "StringLike": {
          "s3:prefix": [
            "home/",
            "",
            "home/\${aws:username}/"
          ]
        }
      }
    },
    {
      "Effect": "Allow",
      "Action": "s3:*",
      "Resource": [
        "arn:aws:s3:::foo/home/\${aws:username}/*",
        "arn:aws:s3:::foo/home/\${aws:username}"
      ],
      "Principal": {
        "AWS": "arn:blahblah:example"
      }
    },
    {
      "Effect": "Deny",
      "NotAction": "s3:*",
      "NotResource": "arn:aws:s3:::*"
    },
    {
      "Effect": "Allow",
      "Action": "kinesis:*",
      "Principal": {
        "AWS": "*"
      }
    },
    {
      "Effect": "Allow",
      "Action": "firehose:*",
      "Principal": "*"
    }
  ]
}`);
        assert.equal(doc.minifiedJson, JSON.stringify(JSON.parse(doc.json)));
        assert.equal(doc.id, String(crc32(doc.json)));
    });

    it("keeps principal types apart, sorted by type (multiple principals)", () => {
        assert.deepEqual(render({
            statements: [{
                actions: ["sts:AssumeRole"],
                principals: [
                    { type: "Service", identifiers: ["firehose.amazonaws.com"] },
                    { type: "AWS", identifiers: ["arn:aws:iam::123456789012:role/trusted"] },
                    { type: "Federated", identifiers: ["arn:aws:iam::123456789012:saml-provider/corp", "cognito-identity.amazonaws.com"] },
                ],
            }],
        }), {
            Version: "2012-10-17",
            Statement: [{
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Principal: {
                    AWS: "arn:aws:iam::123456789012:role/trusted",
                    Federated: ["cognito-identity.amazonaws.com", "arn:aws:iam::123456789012:saml-provider/corp"],
                    Service: "firehose.amazonaws.com",
                },
            }],
        });
    });

    const source = renderPolicyDocument({ statements: [{ actions: ["ec2:*"], resources: ["*"] }, { sid: "SidToOverride", actions: ["s3:*"], resources: ["*"] }] }).json;

    it("lets this document's statements replace a source document's by Sid, in place (source document)", () => {
        assert.deepEqual(render({
            sourcePolicyDocuments: [source],
            statements: [{ sid: "SidToOverride", actions: ["s3:*"], resources: ["arn:aws:s3:::somebucket", "arn:aws:s3:::somebucket/*"] }],
        }), {
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Action: "ec2:*", Resource: "*" },
                { Sid: "SidToOverride", Effect: "Allow", Action: "s3:*", Resource: ["arn:aws:s3:::somebucket/*", "arn:aws:s3:::somebucket"] },
            ],
        });
    });

    it("lets an override document replace this document's statements by Sid (override document)", () => {
        const override = renderPolicyDocument({ statements: [{ sid: "SidToOverride", actions: ["s3:*"], resources: ["*"] }] }).json;
        assert.deepEqual(render({
            overridePolicyDocuments: [override],
            statements: [
                { actions: ["ec2:*"], resources: ["*"] },
                { sid: "SidToOverride", actions: ["s3:*"], resources: ["arn:aws:s3:::somebucket", "arn:aws:s3:::somebucket/*"] },
            ],
        }), {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "ec2:*", Resource: "*" }, { Sid: "SidToOverride", Effect: "Allow", Action: "s3:*", Resource: "*" }],
        });
    });

    it("merges a source and an override document with no statements of its own (politik)", () => {
        const placeholder = (action: string) => renderPolicyDocument({ statements: [{ sid: "OverridePlaceholder", actions: [action], resources: ["*"] }] }).json;
        assert.deepEqual(render({ sourcePolicyDocuments: [placeholder("ec2:DescribeAccountAttributes")], overridePolicyDocuments: [placeholder("s3:GetObject")] }), {
            Version: "2012-10-17",
            Statement: [{ Sid: "OverridePlaceholder", Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
        });
    });

    it("appends source documents in order and refuses duplicate Sids among them (merging source documents)", () => {
        const one = renderPolicyDocument({ statements: [{ actions: ["ec2:*"], resources: ["*"] }, { sid: "UniqueSidOne", actions: ["s3:*"], resources: ["*"] }] }).json;
        const two = renderPolicyDocument({ statements: [{ sid: "UniqueSidTwo", actions: ["iam:*"], resources: ["*"] }, { actions: ["lambda:*"], resources: ["*"] }] }).json;
        assert.deepEqual(render({ sourcePolicyDocuments: [one, two] }), {
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Action: "ec2:*", Resource: "*" },
                { Sid: "UniqueSidOne", Effect: "Allow", Action: "s3:*", Resource: "*" },
                { Sid: "UniqueSidTwo", Effect: "Allow", Action: "iam:*", Resource: "*" },
                { Effect: "Allow", Action: "lambda:*", Resource: "*" },
            ],
        });
        assert.throws(() => renderPolicyDocument({ sourcePolicyDocuments: [one, one] }), /duplicate Sid \(UniqueSidOne\) in source_policy_documents/);
    });

    it("applies override documents one after another (merging override documents)", () => {
        const doc = (statements: Record<string, unknown>[]) => renderPolicyDocument({ statements }).json;
        assert.deepEqual(render({
            statements: [{ sid: "OverridePlaceHolderTwo", effect: "Deny", actions: ["*"], resources: ["*"] }],
            overridePolicyDocuments: [
                doc([{ sid: "OverridePlaceHolderOne", effect: "Allow", actions: ["s3:*"], resources: ["*"] }]),
                doc([{ effect: "Allow", actions: ["ec2:*"], resources: ["*"] }, { sid: "OverridePlaceHolderTwo", effect: "Allow", actions: ["iam:*"], resources: ["*"] }]),
                doc([{ sid: "OverridePlaceHolderOne", effect: "Deny", actions: ["logs:*"], resources: ["*"] }]),
            ],
        }), {
            Version: "2012-10-17",
            Statement: [
                { Sid: "OverridePlaceHolderTwo", Effect: "Allow", Action: "iam:*", Resource: "*" },
                { Sid: "OverridePlaceHolderOne", Effect: "Deny", Action: "logs:*", Resource: "*" },
                { Effect: "Allow", Action: "ec2:*", Resource: "*" },
            ],
        });
    });

    it("writes JSON as Go does (<, > and & escaped) and hashes it with CRC-32", () => {
        const doc = renderPolicyDocument({ statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::a&b/<x>"] }] });
        assert.match(doc.json, /"arn:aws:s3:::a\\u0026b\/\\u003cx\\u003e"/);
        assert.equal(crc32("123456789"), 0xcbf43926);
    });

    it("refuses what the provider refuses, with its message", () => {
        assert.throws(() => renderPolicyDocument({ statements: [{ sid: "a-b", actions: ["s3:*"] }] }), /must only include alphanumeric characters/);
        assert.throws(() => renderPolicyDocument({ statements: [{ sid: "A" }, { sid: "A" }] }), /duplicate Sid \(A\)/);
        assert.throws(() => renderPolicyDocument({ version: "2008-10-17", statements: [{ resources: ["arn:aws:s3:::&{aws:username}"] }] }), /not supported in document version 2008-10-17/);
        assert.throws(() => renderPolicyDocument({ statements: [{ effect: "Maybe" }] }), /one of \["Allow" "Deny"\]/);
    });

    it("answers the program's call under mocks with the same document", async () => {
        const run = await runUnderMocks(() => ({
            json: aws.iam.getPolicyDocumentOutput({ statements: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }] }] }).json,
        }));
        assert.equal(run.outputs.json, renderPolicyDocument({ statements: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }] }] }).json);
        assert.deepEqual(run.coverage.unansweredCalls, [], "a pure function is answered faithfully");
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "s3-no-public-acl";
const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

describe(POLICY, () => {
    it("blocks public canned ACLs on buckets, BucketAcl and objects", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("site", { acl: "public-read" });
            new aws.s3.BucketAcl("acl", { bucket: bucket.id, acl: "public-read-write" });
            new aws.s3.BucketObjectv2("page", { bucket: bucket.id, key: "index.html", content: "hi", acl: "authenticated-read" });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "acl sets acl = \"public-read-write\", which makes it readable and writable by everyone on the internet",
            "page sets acl = \"authenticated-read\", which makes it readable by anyone with an AWS account",
            "site sets acl = \"public-read\", which makes it readable by everyone on the internet",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "mandatory"));
    });

    it("blocks grants to AllUsers and AuthenticatedUsers, inline and in accessControlPolicy", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("legacy", { grants: [{ type: "Group", uri: ALL_USERS, permissions: ["READ"] }] });
            new aws.s3.BucketAcl("acp", {
                bucket: bucket.id,
                accessControlPolicy: {
                    owner: { id: "owner-id" },
                    grants: [
                        { grantee: { type: "CanonicalUser", id: "owner-id" }, permission: "FULL_CONTROL" },
                        { grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" }, permission: "WRITE" },
                    ],
                },
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "acp accessControlPolicy.grants[1] grants WRITE to AuthenticatedUsers (anyone with any AWS account)",
            "legacy grants[0] grants READ to AllUsers (everyone on the internet)",
        ]);
    });

    it("passes private ACLs, owner grants and log-delivery grants", async () => {
        const { violations } = await checkUnderMocks(() => {
            const bucket = new aws.s3.Bucket("data", { acl: "private" });
            new aws.s3.BucketAcl("acl", { bucket: bucket.id, acl: "log-delivery-write" });
            new aws.s3.BucketObjectv2("obj", { bucket: bucket.id, key: "k", content: "x", acl: "bucket-owner-full-control" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("handles the deprecated BucketAclV2 token with raw properties", async () => {
        const violations = await analyzeOne(capturedResource("aws:s3/bucketAclV2:BucketAclV2", "v2", { bucket: "b", acl: "PUBLIC-READ" }));
        assert.equal(messagesOf(violations, POLICY).length, 1);
    });
});

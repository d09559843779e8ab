import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-no-service-wildcard-actions";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("reports Allow of every action of a service, as advisory", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("s3-everything", { policy: policyJson({ Sid: "Data", Effect: "Allow", Action: ["s3:*", "sqs:SendMessage", "iam:*"], Resource: "*" }) });
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "advisory");
        assert.match(found[0].message, /Statement\[0\] \(Sid "Data"\) allows every action of a service: "s3:\*", "iam:\*"/);
    });

    it("accepts narrow patterns, Deny statements with service wildcards, and leaves * to iam-no-admin-wildcard", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.Policy("narrow", { policy: policyJson({ Effect: "Allow", Action: ["s3:Get*", "s3:ListBucket"], Resource: "*" }) });
            new aws.iam.GroupPolicy("region-fence", {
                group: "ops",
                policy: policyJson({ Effect: "Deny", NotAction: ["iam:*", "sts:*"], Resource: "*", Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1"] } } }),
            });
            new aws.iam.RolePolicy("star", { role: "r", policy: policyJson({ Effect: "Allow", Action: "*", Resource: "*" }) });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

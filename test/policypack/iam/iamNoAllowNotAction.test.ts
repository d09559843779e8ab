import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-no-allow-not-action";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("reports Allow with NotAction, as advisory", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.UserPolicy("power-user-ish", { user: "alice", policy: policyJson({ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }) });
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.equal(found[0].enforcementLevel, "advisory");
        assert.match(found[0].message, /power-user-ish\.policy Statement\[0\] allows every action except "iam:\*", "organizations:\*"/);
    });

    it("accepts Deny with NotAction, the shape of the region fence", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.iam.GroupPolicy("fence", {
                group: "ops",
                policy: policyJson({ Effect: "Deny", NotAction: ["iam:*"], Resource: "*", Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1"] } } }),
            });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

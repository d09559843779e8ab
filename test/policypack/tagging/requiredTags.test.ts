import { strict as assert } from "assert";
import * as fs from "fs";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";
import { GENERATED_FILE, awsVersion, renderTaggableTypes, scanTaggableTypes } from "../../../scripts/taggableTypes";

const POLICY = "required-tags";
const REQUIRE = { [POLICY]: { requiredTags: ["owner", "cost-center"] } };

function resources(): void {
    new aws.sqs.Queue("untagged", {});
    new aws.sqs.Queue("half", { tags: { owner: "team-a" } });
    new aws.sqs.Queue("tagged", { tags: { owner: "team-a", "cost-center": "" } });
    new aws.iam.AccountPasswordPolicy("not-taggable", { minimumPasswordLength: 14 });
}

describe(POLICY, () => {
    it("is silent when requiredTags is empty (the default)", async () => {
        const { violations } = await checkUnderMocks(resources);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("reports taggable resources missing required keys (advisory), and skips types without tags", async () => {
        const { violations } = await checkUnderMocks(resources, REQUIRE);
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "half lacks required tag \"cost-center\"",
            "untagged lacks required tags \"owner\", \"cost-center\"",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("counts the provider's defaultTags and Auto Scaling group tag blocks", async () => {
        const { violations } = await checkUnderMocks(() => {
            const provider = new aws.Provider("tagged", { region: "eu-west-1", defaultTags: { tags: { owner: "platform", "cost-center": "42" } } });
            new aws.sqs.Queue("by-default", {}, { provider });
            new aws.autoscaling.Group("asg", {
                maxSize: 1,
                minSize: 0,
                tags: [{ key: "owner", value: "a", propagateAtLaunch: true }, { key: "cost-center", value: "1", propagateAtLaunch: true }],
            });
        }, REQUIRE);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("stays silent when tags are not known yet", async () => {
        const violations = await analyzeOne(capturedResource("aws:sqs/queue:Queue", "later", { tags: UNKNOWN }), REQUIRE);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("keeps the generated taggable-type list in step with the installed @pulumi/aws", () => {
        const expected = renderTaggableTypes(scanTaggableTypes(), awsVersion());
        assert.equal(fs.readFileSync(GENERATED_FILE, "utf8"), expected,
            "policypack/tagging/support/taggableTypes.json is stale; run: npm run generate:taggable-types");
    });
});

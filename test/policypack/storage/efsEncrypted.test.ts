import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, capturedResource, findingsOf, messagesOf, UNKNOWN } from "../support/policyTestKit";

const POLICY = "efs-encrypted";

describe(POLICY, () => {
    it("reports unencrypted and unset file systems", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.efs.FileSystem("plain", { encrypted: false });
            new aws.efs.FileSystem("unset", {});
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "plain sets encrypted = false; EFS file systems must be encrypted at rest",
            "unset leaves encrypted unset, so the file system is not encrypted at rest; set encrypted = true",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory" && v.severity === "medium"));
    });

    it("passes encrypted file systems and stays silent on unknowns", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.efs.FileSystem("data", { encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
        const unknown = await analyzeOne(capturedResource("aws:efs/fileSystem:FileSystem", "pending", { encrypted: UNKNOWN }));
        assert.deepEqual(messagesOf(unknown, POLICY), []);
    });
});

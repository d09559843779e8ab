import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "kms-key-rotation-enabled";

describe(POLICY, () => {
    it("reports symmetric keys without rotation (advisory)", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.kms.Key("default", {});
            new aws.kms.Key("off", { enableKeyRotation: false, customerMasterKeySpec: "SYMMETRIC_DEFAULT" });
        });
        assert.deepEqual(messagesOf(violations, POLICY).sort(), [
            "default is a symmetric encryption key without automatic rotation (enableKeyRotation is not true)",
            "off is a symmetric encryption key without automatic rotation (enableKeyRotation is not true)",
        ]);
        assert.ok(findingsOf(violations, POLICY).every((v) => v.enforcementLevel === "advisory"));
    });

    it("passes rotating keys and skips keys AWS cannot rotate", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.kms.Key("rotating", { enableKeyRotation: true, rotationPeriodInDays: 90 });
            new aws.kms.Key("signing", { customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" });
            new aws.kms.Key("hmac", { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" });
            new aws.kms.Key("hsm", { customKeyStoreId: "cks-1234567890abcdef0" });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });
});

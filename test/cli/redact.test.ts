import { strict as assert } from "assert";
import { findAwsKeys } from "../../components/documents/inspect";
import { maskText, maskValue } from "../../cli/report/redact";

const ID = "AKIAIOSFODNN7EXAMPLE";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

describe("masking keys in reports", () => {
    it("masks every key the shared detector finds, keeping the text around it", () => {
        const text = `aws_access_key_id = ${ID}\naws_secret_access_key = ${SECRET}\n`;
        const masked = maskText(text);
        assert.equal(masked, "aws_access_key_id = AKIA************MPLE\naws_secret_access_key = wJ************************************EY\n");
        assert.deepEqual(findAwsKeys(masked), [], "nothing the detector recognises is left");
    });

    it("masks object keys (a key id used as a tag key) and uses property names as context for a bare secret", () => {
        assert.deepEqual(maskValue({ tags: { [ID]: "ci" }, environment: { variables: { AWS_SECRET_ACCESS_KEY: SECRET } } }), {
            tags: { "AKIA************MPLE": "ci" },
            environment: { variables: { AWS_SECRET_ACCESS_KEY: "wJ************************************EY" } },
        });
    });

    it("replaces base64 text that decodes to a key, whole", () => {
        const userData = Buffer.from(`#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${ID}\n`).toString("base64");
        assert.equal(maskText(userData), "[base64 text holding an AWS key]");
    });

    it("leaves text without keys untouched, and is idempotent", () => {
        const plain = "arn:aws:iam::123456789012:user/service/svc-renewer";
        assert.equal(maskText(plain), plain);
        assert.equal(maskText(maskText(`${ID} ${SECRET}`)), maskText(`${ID} ${SECRET}`));
    });
});

import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeOne, findingsOf, messagesOf } from "../support/policyTestKit";

const POLICY = "secrets-ssm-secure-string";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks String parameters whose names look secret", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ssm.Parameter("db", { type: "String", name: "/prod/db/masterPassword", value: "hunter2" });
            new aws.ssm.Parameter("github", { type: "String", name: "/ci/github-token", value: "x" });
            new aws.ssm.Parameter("stripe", { type: "StringList", name: "/payments/stripe/api_key", value: "a,b" });
            new aws.ssm.Parameter("creds", { type: "String", name: "svc-credentials", value: "x" });
            new aws.ssm.Parameter("signing-key", { type: "String", value: "x" });
        });
        const found = findingsOf(violations, POLICY);
        assert.deepEqual(found.map((v) => v.urn.split("::").pop()).sort(), ["creds", "db", "github", "signing-key", "stripe"]);
        assert.ok(found.every((v) => v.enforcementLevel === "mandatory"));
        assert.match(found.find((v) => v.urn.endsWith("::db"))?.message ?? "", /SSM parameter "\/prod\/db\/masterPassword" looks like it holds a secret \(the word "password"\) but its type is "String"; make it a SecureString/);
    });

    it("accepts SecureString parameters and names that are about a secret rather than the secret", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.ssm.Parameter("secure", { type: "SecureString", name: "/prod/db/password", value: "x" });
            for (const name of ["/app/password-policy", "/app/db/secret-arn", "/app/kms-key-id", "/app/token-ttl", "/app/public-key", "/app/region", "/app/keyboard-layout"]) {
                new aws.ssm.Parameter(name.replace(/\W+/g, "-"), { type: "String", name, value: "x" });
            }
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("takes additional secret words from config, and stays silent while the type is unknown", async () => {
        const raw = { type: "aws:ssm/parameter:Parameter", name: "p", inputs: { type: "String", name: "/app/hsm-pin" } };
        assert.deepEqual(messagesOf(await analyzeOne(raw), POLICY), []);
        assert.equal(messagesOf(await analyzeOne(raw, { [POLICY]: { additionalSecretWords: ["pin"] } }), POLICY).length, 1);
        const unknown = { ...raw, inputs: { type: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", name: "/app/password" } };
        assert.deepEqual(messagesOf(await analyzeOne(unknown), POLICY), []);
    });
});

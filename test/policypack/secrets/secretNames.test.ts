import { strict as assert } from "assert";
import { nameWords, secretWordIn } from "../../../policypack/secrets/support/secretNames";

/** Fast in-process tests of the name heuristic behind secrets-ssm-secure-string. */
describe("secret-looking parameter names (in process)", () => {
    it("splits names at separators and camelCase humps", () => {
        assert.deepEqual(nameWords("/prod/db/masterPassword"), ["prod", "db", "master", "password"]);
        assert.deepEqual(nameWords("STRIPE_API_KEY"), ["stripe", "api", "key"]);
        assert.deepEqual(nameWords("oauthClientSecret2"), ["oauth", "client", "secret"]);
    });

    it("finds secret words, compound words and a bare key", () => {
        const cases: [string, string][] = [
            ["/prod/db/masterPassword", "password"], ["/ci/GITHUB_TOKEN", "token"], ["/app/api-key", "apikey"],
            ["/app/stripe/key", "key"], ["/svc/credentials.json", "credentials"], ["/svc/private_key", "privatekey"],
            ["/ldap/bind-passwd", "passwd"],
        ];
        for (const [name, word] of cases) {
            assert.equal(secretWordIn(name), word, name);
        }
    });

    it("leaves alone names about a secret rather than the secret", () => {
        for (const name of ["/app/password-policy", "/app/db/secret-arn", "/app/kms-key-id", "/app/token-ttl", "/app/public-key", "/app/keyboard", "/app/monkey", "/app/tokenizer-model", "/app/sort-key"]) {
            assert.equal(secretWordIn(name), undefined, name);
        }
    });

    it("takes extra words", () => {
        assert.equal(secretWordIn("/hsm/pin"), undefined);
        assert.equal(secretWordIn("/hsm/pin", ["PIN"]), "pin");
    });
});

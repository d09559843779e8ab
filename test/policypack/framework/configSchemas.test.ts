import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import { readPackConfigFile, resolvePackConfig, type PackInfo } from "../../../cli/harness";
import { sharedPackInfo } from "../../support/pack";
import { analyzeOne, messagesOf } from "../support/policyTestKit";

let info: PackInfo;

describe("policy metadata and config schemas (from GetAnalyzerInfo)", () => {
    before(async () => {
        info = await sharedPackInfo();
    });

    it("gives every policy a unique kebab-case name, a description, a severity, remediation steps and an area tag", () => {
        const names = info.policies.map((p) => p.name);
        assert.equal(new Set(names).size, names.length, "names are unique");
        for (const policy of info.policies) {
            assert.match(policy.name, /^[a-z0-9]+(-[a-z0-9]+)*$/, policy.name);
            assert.ok(policy.description.length >= 20, `${policy.name} describes itself`);
            assert.ok(["low", "medium", "high", "critical"].includes(policy.severity), `${policy.name} has a severity`);
            assert.ok(policy.remediationSteps.length >= 20, `${policy.name} says how to fix it`);
            assert.equal(policy.tags.filter((t) => t.startsWith("area:")).length, 1, `${policy.name} has one area`);
        }
    });

    it("pairs CIS v7.0.0 tags with a framework entry that names the v5.0.0 IDs", () => {
        for (const policy of info.policies) {
            const v7 = policy.tags.filter((t) => t.startsWith("cis-v7:"));
            for (const tag of [...v7, ...policy.tags.filter((t) => t.startsWith("cis-v5:"))]) {
                assert.match(tag, /^cis-v[57]:\d+(\.\d+){1,2}$/, `${policy.name}: ${tag}`);
            }
            if (v7.length > 0) {
                assert.equal(policy.framework?.version, "7.0.0", policy.name);
                assert.match(policy.framework?.specification ?? "", /v5\.0\.0/, policy.name);
            }
        }
    });

    it("compiles every configSchema as JSON Schema, and every default validates against it", () => {
        const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
        let configurable = 0;
        for (const policy of info.policies) {
            if (!policy.configSchema) {
                continue;
            }
            configurable++;
            const schema = { type: "object", properties: policy.configSchema.properties, required: policy.configSchema.required, additionalProperties: false };
            const validate = ajv.compile(schema);
            const defaults: Record<string, unknown> = {};
            for (const [key, prop] of Object.entries(policy.configSchema.properties)) {
                if (typeof prop === "object" && prop !== null && "default" in prop) {
                    defaults[key] = (prop as { default: unknown }).default;
                }
            }
            assert.ok(validate(defaults), `${policy.name} defaults: ${ajv.errorsText(validate.errors)}`);
        }
        assert.ok(configurable >= 7, `${configurable} configurable policies`);
    });

    it("resolves a policy-pack config file as --policy-pack-config does, and rejects values outside the schemas", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pack-config-"));
        const good = path.join(dir, "good.json");
        fs.writeFileSync(good, JSON.stringify({
            "account-password-policy": { minimumPasswordLength: 16 },
            "iam-access-key-max-age": { maxKeyAgeDays: 30 },
            "iam-user-permissions-via-groups": "mandatory",
        }));
        const resolved = resolvePackConfig(info, readPackConfigFile(good));
        assert.deepEqual(resolved["account-password-policy"].properties, {
            minimumPasswordLength: 16, passwordReusePrevention: 24, maxPasswordAgeDays: 0, exemptions: [], allowTagExemptions: true,
        });
        assert.equal(resolved["iam-key-users-fenced"].properties.allowTagExemptions, false, "a critical policy takes no tag exemptions by default");
        assert.equal(resolved["guardrails-exemptions"].properties.maxExemptionDays, 365);
        assert.equal(resolved["iam-user-permissions-via-groups"].enforcementLevel, "mandatory");
        assert.throws(
            () => resolvePackConfig(info, {
                "iam-access-key-max-age": { maxKeyAgeDays: 365 },
                "secrets-ssm-secure-string": { additionalSecretWords: "pin" },
                "imdsv2-required": { exemptions: [{ urnPattern: "*", reason: "short", expires: "soon" }] },
            }),
            /iam-access-key-max-age: \/maxKeyAgeDays must be <= 90[\s\S]*secrets-ssm-secure-string: \/additionalSecretWords must be array[\s\S]*imdsv2-required: \/exemptions\/0\/reason must NOT have fewer than 10 characters/,
        );
    });

    it("changes behaviour as documented when the config changes (minimumPasswordLength 16 fails a 14-character policy)", async () => {
        const raw = {
            type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
            name: "cis14",
            inputs: { minimumPasswordLength: 14, passwordReusePrevention: 24, requireLowercaseCharacters: true, requireUppercaseCharacters: true, requireNumbers: true, requireSymbols: true },
        };
        assert.deepEqual(messagesOf(await analyzeOne(raw), "account-password-policy"), []);
        assert.equal(messagesOf(await analyzeOne(raw, { "account-password-policy": { minimumPasswordLength: 16 } }), "account-password-policy").length, 1);
    });
});

import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { resolvePackConfig } from "../../cli/harness";
import { REPO_ROOT } from "../support/cli";
import { sharedPackInfo } from "../support/pack";

describe("policypack/config.example.json", () => {
    it("is a valid --policy-pack-config for the pack: every key a policy, every value within its schema", async () => {
        const raw = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "policypack", "config.example.json"), "utf8")) as Record<string, unknown>;
        const info = await sharedPackInfo();
        const resolved = resolvePackConfig(info, raw);
        assert.equal(resolved["instance-type-allowed"].enforcementLevel, "mandatory");
        assert.deepEqual(resolved["allowed-regions"].properties.allowedRegions, ["eu-west-1", "eu-central-1", "us-east-1"]);
    });
});

import assert from "node:assert/strict";
import { SIMULATOR_CASES, simulatorCaseCounts } from "./simulator/cases";
import { simulate } from "./simulator/harness";

describe("guardrail documents in the IAM simulator", () => {
    it("has a table of at least 40 cases with both outcomes", () => {
        const counts = simulatorCaseCounts();
        console.log(`      simulator cases: ${counts.total} (${counts.denies} denied, ${counts.allows} allowed)`);
        assert.ok(counts.total >= 40);
        assert.ok(counts.denies > 0 && counts.allows > 0);
    });

    it("gives every case a unique name", () => {
        const names = SIMULATOR_CASES.map((item) => item.name);
        assert.equal(new Set(names).size, names.length);
    });

    for (const item of SIMULATOR_CASES) {
        it(item.name, async () => {
            const verdict = await simulate(item.request);
            if (item.expected === "allowed") {
                assert.equal(verdict, "Allowed");
            } else {
                assert.equal(verdict, item.implicitDeny ? "ImplicitlyDenied" : "ExplicitlyDenied");
            }
        });
    }
});

import assert from "node:assert/strict";
import { ACCOUNT_ID, simulate } from "../../documents/simulator/harness";
import { simulateResource } from "../../documents/detect/resourceSimulator";
import { RESPONDER_ROLE_CASES, WATCH_ROLE_CASES } from "./keyHygieneRoles.cases";

describe("the leaked-key responder's and the key-hygiene watch's roles in the IAM simulator", () => {
    const cases = [...RESPONDER_ROLE_CASES, ...WATCH_ROLE_CASES];

    it("has a table with both outcomes and unique names", () => {
        const allowed = cases.filter((item) => item.expected === "allowed").length;
        console.log(`      role cases: ${cases.length} (${cases.length - allowed} denied, ${allowed} allowed); responder ${RESPONDER_ROLE_CASES.length}`);
        assert.ok(allowed > 0 && allowed < cases.length);
        assert.equal(new Set(cases.map((item) => item.name)).size, cases.length);
    });

    for (const item of cases) {
        it(item.name, async () => {
            const verdict = item.resourcePolicy
                ? await simulateResource({ ...item.request, resourceAccount: ACCOUNT_ID, resourcePolicy: item.resourcePolicy })
                : await simulate(item.request);
            const expected = item.expected === "allowed" ? "Allowed" : item.explicitDeny ? "ExplicitlyDenied" : "ImplicitlyDenied";
            assert.equal(verdict, expected);
        });
    }
});

import assert from "node:assert/strict";
import { auditCisSection, auditCoverageNote } from "../../cli/audit/cisCoverage";
import { FINDING_DEFINITIONS, SEVERITIES, cisIdsOf, findingDefinition } from "../../cli/audit/findingCatalog";
import { CIS_V5_ONLY_CONTROLS, CIS_V7_CONTROLS } from "../../cli/docs/cisControls";

describe("audit finding catalog", () => {
    it("has the ten finding ids of the issue, each once, worst first, with a title, description and remediation", () => {
        assert.deepEqual(FINDING_DEFINITIONS.map((d) => d.id), [
            "root-access-key", "root-no-mfa", "admin-user", "key-user-unfenced", "console-user-no-mfa",
            "key-too-old", "key-unused", "key-never-used", "password-unused", "two-active-keys",
        ]);
        const ranks = FINDING_DEFINITIONS.map((d) => SEVERITIES.indexOf(d.severity));
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
        for (const d of FINDING_DEFINITIONS) {
            assert.ok(d.title.length > 10 && d.description.length > 20 && d.remediation.length > 20, d.id);
        }
        assert.throws(() => findingDefinition("nope" as never), /unknown audit finding id "nope"/);
    });

    it("takes the v5.0.0 ids from the CIS data the docs use, so the two never disagree", () => {
        for (const d of FINDING_DEFINITIONS) {
            const cis = cisIdsOf(d);
            for (const id of cis.v7) {
                const control = CIS_V7_CONTROLS.find((c) => c.id === id)!;
                assert.ok(control, `${d.id}: ${id}`);
                assert.ok(control.v5 === undefined || cis.v5.includes(control.v5), d.id);
            }
            for (const id of d.cisV5Only ?? []) {
                assert.ok(CIS_V5_ONLY_CONTROLS.some((c) => c.v5 === id), `${d.id}: ${id}`);
            }
        }
        assert.deepEqual(cisIdsOf(findingDefinition("root-access-key")), { v7: ["2.4"], v5: ["1.3"] });
        assert.deepEqual(cisIdsOf(findingDefinition("two-active-keys")), { v7: [], v5: ["1.12"] });
        const first = cisIdsOf(findingDefinition("key-unused"));
        first.v7.push("mutated");
        assert.deepEqual(cisIdsOf(findingDefinition("key-unused")).v7, ["2.11"]);
    });

    it("gives docs/cis.md the recommendations the audit checks and a section listing every finding", () => {
        assert.match(auditCoverageNote("v7", "2.11"), /\(`key-unused`, `key-never-used`, `password-unused`\)$/);
        assert.match(auditCoverageNote("v5", "1.12"), /\(`two-active-keys`\)$/);
        assert.equal(auditCoverageNote("v7", "2.15"), "");
        const section = auditCisSection();
        assert.match(section, /^## Account state checked by `aws-guardrails audit`\n/);
        for (const d of FINDING_DEFINITIONS) {
            assert.match(section, new RegExp(`\\n\\| \`${d.id}\` \\| ${d.severity} \\|`));
        }
    });
});

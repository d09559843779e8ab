import { strict as assert } from "assert";
import { PackInfo, resolvePackConfig } from "../../cli/harness";

const info: PackInfo = {
    name: "aws-guardrails",
    version: "0.1.0",
    supportsConfig: true,
    policies: [
        { name: "a", description: "", enforcementLevel: "mandatory", severity: "high", policyType: "resource", remediationSteps: "", tags: [], url: "" },
        {
            name: "b", description: "", enforcementLevel: "advisory", severity: "low", policyType: "resource", remediationSteps: "", tags: [], url: "",
            configSchema: { properties: { ports: { type: "array", items: { type: "integer" }, default: [80, 443] } }, required: [] },
        },
    ],
};

describe("policy-pack config resolution", () => {
    it("applies `all`, per-policy levels and schema defaults as the CLI does", () => {
        assert.deepEqual(resolvePackConfig(info, { all: "advisory", b: { enforcementLevel: "mandatory" } }), {
            a: { enforcementLevel: "advisory", properties: {} },
            b: { enforcementLevel: "mandatory", properties: { ports: [80, 443] } },
        });
    });

    it("lists every problem at once", () => {
        assert.throws(() => resolvePackConfig(info, { a: "strict", b: { ports: ["eighty"] }, c: "advisory" }), {
            name: "PackConfigError",
            message: [
                "policy pack config has 3 problem(s):",
                "  - \"c\" is not a policy in aws-guardrails (known: a, b)",
                "  - a: enforcement level \"strict\" is not one of advisory, mandatory, disabled, remediate",
                "  - b: /ports/0 must be integer",
            ].join("\n"),
        });
    });
});

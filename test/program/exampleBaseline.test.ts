import assert from "node:assert/strict";
import * as path from "path";
import { analyzeRun, loadProgramProject, runProgramUnderMocks } from "../../cli/harness";
import { configurePack } from "../support/pack";
import { describeViolations } from "../support/mockedCheck";

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "baseline");

describe("examples/baseline", () => {
    it("imports the package by its name, builds the baseline and passes the policy pack with zero violations", async () => {
        const program = loadProgramProject(EXAMPLE, "dev");
        const run = await runProgramUnderMocks(program, "dev");
        assert.ok(run.resources.some((r) => r.type === "aws-guardrails:index:GuardrailBaseline"));
        assert.ok(run.resources.some((r) => r.type === "aws-guardrails:index:IpRestrictionGroup"));
        assert.match(String(run.outputs.trailArn), /^arn:aws:cloudtrail:eu-west-1:123456789012:trail\/account-trail$/);
        const client = await configurePack({ "required-tags": { requiredTags: ["owner", "cost-center"] } });
        const violations = await analyzeRun(client, run, { stack: "dev", project: program.name });
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

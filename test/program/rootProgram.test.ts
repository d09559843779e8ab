import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { analyzeRun, loadProgramProject, ProgramRunError, runProgramUnderMocks } from "../../cli/harness";
import { BASELINE_CONFIG_KEYS } from "../../components";
import { configurePack } from "../support/pack";
import { describeViolations } from "../support/mockedCheck";

const ROOT = path.resolve(__dirname, "..", "..");

interface DeclaredSetting {
    type: string;
    default?: unknown;
    description?: string;
    items?: { type: string };
}

describe("the root program", () => {
    const project = parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8")) as { name: string; config: Record<string, DeclaredSetting> };
    const stack = parse(fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8")) as { config: Record<string, unknown> };

    it("declares and types every setting it reads, with a description, and a default for all but the required ones", () => {
        assert.deepEqual(Object.keys(project.config).sort(), [...BASELINE_CONFIG_KEYS].sort());
        for (const [key, setting] of Object.entries(project.config)) {
            assert.ok(["string", "integer", "boolean", "array"].includes(setting.type), `${key} has type ${setting.type}`);
            assert.ok(setting.description, `${key} has no description`);
            if (setting.type === "array") assert.ok(setting.items?.type, `${key} has no item type`);
            const required = key === "allowedCidrs" || key === "alertEmails";
            assert.equal("default" in setting, !required, `${key} default`);
        }
    });

    it("ships a dev stack that sets only declared settings, with documentation-range values", () => {
        for (const key of Object.keys(stack.config)) {
            if (key.startsWith("aws:")) continue;
            assert.ok(key.startsWith(`${project.name}:`) && key.slice(project.name.length + 1) in project.config, `${key} is not declared`);
        }
        const text = fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8");
        assert.match(text, /203\.0\.113\.0\/24/);
        for (const email of stack.config[`${project.name}:alertEmails`] as string[]) assert.match(email, /@example\.com$/);
    });

    it("builds the full baseline from the dev stack and passes the policy pack with zero violations", async () => {
        const program = loadProgramProject(ROOT, "dev");
        const run = await runProgramUnderMocks(program, "dev");
        const types = new Set(run.resources.map((r) => r.type));
        for (const type of ["aws-guardrails:index:GuardrailBaseline", "aws-guardrails:index:IpRestrictionGroup", "aws-guardrails:index:AllRegionsTrail", "aws-guardrails:index:CisAlarms"]) {
            assert.ok(types.has(type), type);
        }
        assert.equal(run.outputs.trailArn, "arn:aws:cloudtrail:us-east-1:123456789012:trail/baseline-trail");
        assert.equal((run.outputs.vcpuThresholds as Record<string, number>)["eu-west-1"], 256);
        assert.equal((run.outputs.vcpuThresholds as Record<string, number>)["us-east-1"], 64);
        assert.equal((run.outputs.vcpuThresholds as Record<string, number>)["ap-south-1"], 0);
        assert.deepEqual(run.coverage, { unansweredCalls: [], remoteComponents: [] });
        const client = await configurePack({});
        const violations = await analyzeRun(client, run, { stack: "dev", project: program.name });
        assert.deepEqual(violations, [], describeViolations(violations));
    });

    it("fails with one message listing every config problem", async () => {
        const program = loadProgramProject(ROOT, "dev", ["allowedCidrs=[\"0.0.0.0/0\"]", "alertEmails=[]", "homeRegion=moon-1"]);
        await assert.rejects(runProgramUnderMocks(program, "dev"), (error: unknown) => {
            assert.ok(error instanceof ProgramRunError);
            const lines = error.message.split("\n");
            assert.match(lines[0], /^The stack config has 3 problems/);
            assert.match(lines[1], /^ {2}- homeRegion: "moon-1" is not a known AWS commercial region/);
            assert.match(lines[2], /^ {2}- allowedCidrs: "0\.0\.0\.0\/0" allows every IPv4 address/);
            assert.match(lines[3], /^ {2}- alertEmails: is empty/);
            return true;
        });
    });
});

import { strict as assert } from "assert";
import * as path from "path";
import {
    analyzeRun, loadProgramProject, PolicyPackClient, providerResolver, resolvePackConfig, runProgramUnderMocks, Violation,
} from "../../../cli/harness";
import { syntheticStack } from "../../../bench/syntheticStack";
import { REPO_ROOT } from "../../support/cli";
import { PACK_DIR, sharedPack } from "../../support/pack";

function normalized(violations: Violation[]): string[] {
    return violations.map((v) => `${v.policy}|${v.enforcementLevel}|${v.urn}|${v.message}|${v.exemption?.reason ?? ""}`).sort();
}

describe("the pack's speed-ups to the policy server", () => {
    it("change no finding: the unsafe example gives the same violations, and the same not-applicable policies, with and without them", async () => {
        const project = loadProgramProject(path.join(REPO_ROOT, "examples", "unsafe"), "dev");
        const run = await runProgramUnderMocks(project, "dev");
        const options = { stack: "dev", project: project.name };
        const fast = await sharedPack();
        await fast.configure(resolvePackConfig(await fast.info(), {}));
        const slow = await PolicyPackClient.start(PACK_DIR, { env: { GUARDRAILS_NO_FAST_PATH: "1" } });
        try {
            await slow.configure(resolvePackConfig(await slow.info(), {}));
            const withFastPath = await analyzeRun(fast, run, options);
            const withoutFastPath = await analyzeRun(slow, run, options);
            assert.ok(withFastPath.length > 10, "the unsafe example has many findings");
            assert.deepEqual(normalized(withFastPath), normalized(withoutFastPath));
            const providerOf = providerResolver(run, options.stack, options.project);
            let reported = 0;
            for (const resource of run.resources) {
                const expected = await slow.notApplicable(resource, providerOf(resource));
                assert.deepEqual(await fast.notApplicable(resource, providerOf(resource)), expected, `not-applicable policies of ${resource.type}`);
                reported += expected.length;
            }
            assert.ok(reported > 0, "single-type policies report themselves not applicable to other types");
            assert.deepEqual(await fast.stackNotApplicable(run.resources, providerOf), await slow.stackNotApplicable(run.resources, providerOf));
        } finally {
            await slow.close();
        }
    });

    it("change no finding on a large mixed stack, at stack level too", async () => {
        const resources = syntheticStack(600, 200);
        const provider = () => ({ type: "pulumi:providers:aws", name: "default", urn: "urn:pulumi:bench::bench::pulumi:providers:aws::default", properties: { region: "eu-west-1" } });
        const fast = await sharedPack();
        await fast.configure(resolvePackConfig(await fast.info(), { "guardrails-exemptions": { asOf: "2026-11-22" } }));
        const slow = await PolicyPackClient.start(PACK_DIR, { env: { GUARDRAILS_NO_FAST_PATH: "1" } });
        try {
            await slow.configure(resolvePackConfig(await slow.info(), { "guardrails-exemptions": { asOf: "2026-11-22" } }));
            const [fastStack, slowStack] = [await fast.analyzeStack(resources, provider), await slow.analyzeStack(resources, provider)];
            assert.ok(slowStack.length > 0, "the synthetic stack has stack-level findings");
            assert.deepEqual(normalized(fastStack), normalized(slowStack));
            for (const resource of resources.slice(0, 40)) {
                assert.deepEqual(normalized(await fast.analyze(resource, provider())), normalized(await slow.analyze(resource, provider())));
            }
        } finally {
            await slow.close();
        }
    });
});

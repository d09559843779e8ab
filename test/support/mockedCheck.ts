import { analyzeRun, MockRun, runUnderMocks, Violation } from "../../cli/harness";
import { configurePack } from "./pack";

/** The result of running a closure under mocks and checking it with the real pack. */
export interface MockedCheck {
    /** What the mocks captured. */
    run: MockRun;
    /** Every violation the pack reported through the protocol. */
    violations: Violation[];
}

/**
 * Runs `body` as a Pulumi program under mocks, then sends every resource through
 * the shared policy pack over gRPC (`Analyze` each, then `AnalyzeStack`).
 */
export async function checkUnderMocks(body: () => unknown, packConfig: Record<string, unknown> = {}, config: Record<string, string> = {}): Promise<MockedCheck> {
    const run = await runUnderMocks(body, { project: "test", stack: "dev", config });
    const client = await configurePack(packConfig);
    const violations = await analyzeRun(client, run, { stack: "dev", project: "test" });
    return { run, violations };
}

/** Violations, formatted one per line for assertion messages. */
export function describeViolations(violations: Violation[]): string {
    return violations.map((v) => `${v.enforcementLevel} ${v.policy} ${v.urn}: ${v.message}`).join("\n");
}

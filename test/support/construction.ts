import { strict as assert } from "assert";
import { MockRun, runUnderMocks } from "../../cli/harness";

/**
 * Runs `construct` under mocks, catching its error inside the program, and
 * returns the error and the run: a bad input must register nothing but the stack.
 */
export async function constructionError(construct: () => unknown): Promise<{ error: Error; run: MockRun }> {
    let caught: unknown;
    const run = await runUnderMocks(() => {
        try {
            construct();
        } catch (error) {
            caught = error;
        }
    });
    assert.ok(caught instanceof Error, "the constructor should have thrown");
    return { error: caught, run };
}

/** Asserts the exact error text of a bad input (a GuardrailInputError) and that nothing but the stack was registered. */
export async function assertRefused(construct: () => unknown, message: string): Promise<void> {
    const { error, run } = await constructionError(construct);
    assert.equal(error.name, "GuardrailInputError");
    assert.equal(error.message, message);
    assert.deepEqual(run.resources.map((r) => r.type), ["pulumi:pulumi:Stack"], "a refused input must create no resource");
}

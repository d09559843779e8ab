import * as pulumi from "@pulumi/pulumi";
import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import { GuardrailInputError } from "../../../components/documents";
import { buildFromInputs, holdsUnknowns, refuseOutput, withPlaceholders } from "../../../components/common/inputs";

/** Resolves an output as a stack output of a mocked run (outputs only resolve while a program runs). */
async function resolved(make: () => pulumi.Output<unknown>): Promise<unknown> {
    const run = await runUnderMocks(() => ({ value: make() }));
    return run.outputs.value;
}

describe("arguments that may hold outputs", () => {
    it("finds unknown values inside arrays and objects, and only there", () => {
        assert.equal(holdsUnknowns({ a: ["x", { b: 1 }] }), false);
        assert.equal(holdsUnknowns({ a: ["x", { b: pulumi.output(1) }] }), true);
        assert.equal(holdsUnknowns([Promise.resolve("x")]), true);
        assert.equal(holdsUnknowns(undefined), false);
    });

    it("replaces each unknown value by a stand-in chosen by its field path, without indices", () => {
        const seen: string[] = [];
        const copy = withPlaceholders({ statements: [{ resources: ["a", pulumi.output("b")] }], top: pulumi.output("c") }, (path) => {
            seen.push(path);
            return `<${path}>`;
        });
        assert.deepEqual(copy, { statements: [{ resources: ["a", "<statements.resources>"] }], top: "<top>" });
        assert.deepEqual(seen, ["statements.resources", "top"]);
    });

    it("builds at once from known values, so a bad one throws before anything is registered", () => {
        assert.throws(() => buildFromInputs(["ok", "bad"], () => "stand-in", (values) => {
            if (values.includes("bad")) throw new GuardrailInputError(`"bad" is not allowed`);
            return values;
        }), /"bad" is not allowed/);
    });

    it("builds again from the real values once they resolve", async () => {
        const built: string[][] = [];
        const value = await resolved(() => buildFromInputs(["a", pulumi.output("b")], () => "stand-in", (values) => {
            built.push([...values]);
            return values.join("+");
        }));
        assert.equal(value, "a+b");
        assert.deepEqual(built, [["a", "stand-in"], ["a", "b"]]);
    });

    it("refuses an output where only a plain value will do, naming the field", () => {
        assert.throws(() => refuseOutput('Thing "x"', "regions"), {
            name: "GuardrailInputError",
            message: 'Thing "x": regions must be a plain value known before deployment (it decides which resources are created, or names them); got an output of another resource or a secret',
        });
    });
});

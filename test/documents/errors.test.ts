import assert from "node:assert/strict";
import { GuardrailInputError } from "../../components/documents";

describe("GuardrailInputError", () => {
    it("is an Error named GuardrailInputError that keeps its message", () => {
        const error = new GuardrailInputError("denyOutsideCidrs: bad");
        assert.ok(error instanceof Error);
        assert.ok(error instanceof GuardrailInputError);
        assert.equal(error.name, "GuardrailInputError");
        assert.equal(error.message, "denyOutsideCidrs: bad");
    });
});

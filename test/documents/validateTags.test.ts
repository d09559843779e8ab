import { strict as assert } from "assert";
import { GuardrailInputError } from "../../components/documents/errors";
import { MAX_TAGS_PER_RESOURCE, validateOwner, validateTags } from "../../components/documents/validate";

const WHERE = 'ScopedServiceUser "svc"';

function refused(build: () => unknown, message: RegExp): void {
    assert.throws(build, (err: unknown) => err instanceof GuardrailInputError && message.test(err.message));
}

function tags(count: number): Record<string, string> {
    return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Key${i}`, `value ${i}`]));
}

describe("the one tag rule every component uses (AWS tag naming limits and requirements)", () => {
    it("refuses the aws: prefix in any case, in keys and in values", () => {
        for (const key of ["aws:cost", "AWS:cost", "Aws:Cost"]) {
            refused(() => validateTags(WHERE, { [key]: "x" }), /tag key "[aA][wW][sS]:cost" is not allowed; .*the aws: prefix is reserved for AWS$/i);
        }
        refused(() => validateTags(WHERE, { Team: "aws:platform" }), /tag "Team" value "aws:platform" is not allowed; .*reserved for AWS$/);
        assert.deepEqual(validateTags(WHERE, { "team:aws": "platform aws:" }), { "team:aws": "platform aws:" }, "only the prefix is reserved");
    });

    it("caps a resource at 50 tags, counting the ones the component sets itself", () => {
        assert.equal(MAX_TAGS_PER_RESOURCE, 50);
        assert.equal(Object.keys(validateTags(WHERE, tags(50))).length, 50);
        refused(() => validateTags(WHERE, tags(51)), /51 tags are too many; AWS allows 50 per resource, so at most 50 here$/);
        assert.equal(Object.keys(validateTags(WHERE, tags(48), ["Service", "Owner"])).length, 48);
        refused(() => validateTags(WHERE, tags(49), ["Service", "Owner"]), /49 tags are too many; .* at most 48 here \(the component sets 2 more: Service, Owner\)$/);
    });

    it("counts lengths in Unicode characters: 128 for keys, 256 for values, empty values allowed", () => {
        assert.deepEqual(validateTags(WHERE, { ["é".repeat(128)]: "ü".repeat(256), Empty: "" }), { ["é".repeat(128)]: "ü".repeat(256), Empty: "" });
        refused(() => validateTags(WHERE, { ["k".repeat(129)]: "v" }), /tag key "k+…?" is not allowed; expected 1 to 128/);
        refused(() => validateTags(WHERE, { Key: "v".repeat(257) }), /tag "Key" value "v+…" is not allowed; expected 0 to 256/);
        refused(() => validateTags(WHERE, { "": "v" }), /tag key "" is not allowed; expected 1 to 128/);
    });

    it("accepts letters, digits, spaces and + - = . _ : / @ only, and names the reserved keys", () => {
        assert.deepEqual(validateTags(WHERE, { "Cost Center/Team_1": "a+b-c=d.e_f:g/h@i" }), { "Cost Center/Team_1": "a+b-c=d.e_f:g/h@i" });
        refused(() => validateTags(WHERE, { Key: "a*b" }), /tag "Key" value "a\*b" is not allowed; expected 0 to 256 letters, digits, spaces and _ \. : \/ = \+ - @$/);
        refused(() => validateTags(WHERE, { Owner: "me" }, ["Service", "Owner"]), /tag key "Owner" is set by the component; reserved keys: Service, Owner$/);
        refused(() => validateTags(WHERE, ["Key"]), /tags must be an object of strings/);
        refused(() => validateOwner(WHERE, ""), /owner "" is not allowed; expected 1 to 256/);
    });
});

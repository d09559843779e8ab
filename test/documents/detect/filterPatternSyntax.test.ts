import assert from "node:assert/strict";
import { filterPatternProblems } from "../../../components/documents/detect";

describe("filterPatternProblems", () => {
    it("accepts the JSON forms CloudWatch Logs supports", () => {
        for (const pattern of [
            '{ $.eventName = "ConsoleLogin" }',
            "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }",
            "{ ($.userIdentity.invokedBy NOT EXISTS) && ($.latency >= 100) }",
            '{ $.errorCode = "*UnauthorizedOperation" }',
            "{ $.flag IS TRUE }",
            "{ $.count != 0 }",
        ]) {
            assert.deepEqual(filterPatternProblems(pattern), [], pattern);
        }
    });

    it("rejects unbalanced parentheses and braces", () => {
        assert.deepEqual(filterPatternProblems("{ ($.a = b }"), ["1 parenthesis(es) left open"]);
        assert.deepEqual(filterPatternProblems("{ $.a = b) }"), ['a ")" closes more parentheses than were opened']);
        assert.deepEqual(filterPatternProblems("($.a = b)"), ["a JSON filter pattern must be wrapped in { }"]);
        assert.deepEqual(filterPatternProblems("{ { $.a = b } }"), ["braces must appear only around the whole pattern"]);
    });

    it("rejects operators CloudWatch does not support", () => {
        assert.match(filterPatternProblems("{ $.a == b }")[0], /unsupported operator "=="/);
        assert.match(filterPatternProblems("{ !($.a = b) }")[0], /unsupported operator "!"/);
        assert.match(filterPatternProblems("{ $.a < abc }")[0], /needs a number/);
    });

    it("rejects empty clauses and dangling joins", () => {
        assert.deepEqual(filterPatternProblems("{ () }"), ['empty clause "()"']);
        assert.deepEqual(filterPatternProblems("{ }"), ["the pattern has no clause"]);
        assert.match(filterPatternProblems("{ ($.a = b) && }")[0], /expected a \$\.field but found end of pattern/);
        assert.match(filterPatternProblems("{ ($.a = b) ($.c = d) }")[0], /unexpected/);
    });
});

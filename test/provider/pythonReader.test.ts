import assert from "node:assert/strict";
import { readPython, tokenize } from "./support/pythonReader";

describe("the Python example reader", () => {
    it("reads imports with aliases, assignments and calls with positional and keyword arguments", () => {
        const program = readPython([
            '"""A docstring."""',
            "import pulumi",
            "import pulumi_aws_guardrails as guardrails",
            "",
            "fence = guardrails.IpRestrictionGroup('office', cidrs=['203.0.113.0/24'], via_aws_services=True)  # a comment",
            'pulumi.export("groupName", fence.group_name)',
        ].join("\n"));
        assert.deepEqual([...program.imports], [["pulumi", "pulumi"], ["guardrails", "pulumi_aws_guardrails"]]);
        assert.equal(program.statements.length, 3);
        const [, assignment, exported] = program.statements;
        assert.equal(assignment.target, "fence");
        assert.equal(assignment.line, 5);
        assert.deepEqual(assignment.value, {
            kind: "call",
            callee: { kind: "name", path: ["guardrails", "IpRestrictionGroup"] },
            args: [{ kind: "string", value: "office", formatted: false }],
            kwargs: {
                cidrs: { kind: "list", items: [{ kind: "string", value: "203.0.113.0/24", formatted: false }] },
                via_aws_services: { kind: "constant", value: true },
            },
            line: 5,
        });
        assert.deepEqual(exported.value.kind === "call" && exported.value.args[1], { kind: "name", path: ["fence", "group_name"] });
    });

    it("reads calls that span lines, trailing commas, nested calls, dicts, f-strings and `or` defaults", () => {
        const program = readPython([
            'zone = config.get("zone") or "Z1"',
            "user = guardrails.ScopedServiceUser(",
            '    "renewer",',
            "    statements=[",
            "        guardrails.IamStatementArgs(",
            '            resources=[f"arn:aws:route53:::hostedzone/{zone}"],',
            "        ),",
            "    ],",
            "    tags={'team': 'platform', \"n\": 1_000},",
            ")",
        ].join("\n"));
        assert.deepEqual(program.statements[0].value, {
            kind: "logical", operator: "or",
            left: { kind: "call", callee: { kind: "name", path: ["config", "get"] }, args: [{ kind: "string", value: "zone", formatted: false }], kwargs: {}, line: 1 },
            right: { kind: "string", value: "Z1", formatted: false },
        });
        const call = program.statements[1].value;
        assert.ok(call.kind === "call");
        const statement = call.kwargs.statements.kind === "list" ? call.kwargs.statements.items[0] : undefined;
        assert.ok(statement?.kind === "call");
        assert.deepEqual(statement.kwargs.resources, { kind: "list", items: [{ kind: "string", value: "arn:aws:route53:::hostedzone/{zone}", formatted: true }] });
        assert.deepEqual(call.kwargs.tags, { kind: "dict", entries: [
            [{ kind: "string", value: "team", formatted: false }, { kind: "string", value: "platform", formatted: false }],
            [{ kind: "string", value: "n", formatted: false }, { kind: "number", value: 1000 }],
        ] });
    });

    it("counts lines through multi-line strings and ignores newlines inside brackets", () => {
        const tokens = tokenize('"""one\ntwo"""\nx = [\n1,\n]\n');
        assert.deepEqual(tokens.filter((t) => t.type !== "end").map((t) => [t.type, t.line]), [
            ["string", 1], ["newline", 2], ["name", 3], ["punct", 3], ["punct", 3], ["number", 4], ["punct", 4], ["punct", 5], ["newline", 5],
        ]);
    });

    it("refuses what it does not read, naming the line", () => {
        assert.throws(() => readPython("x = 1\nif x:\n    y = 2\n"), /line 2: "if" is beyond what the example reader accepts/);
        assert.throws(() => readPython("f = lambda v: v\n"), /line 1: lambdas are beyond/);
        assert.throws(() => readPython("call(a=1, a=2)\n"), /line 1: keyword a given twice/);
        assert.throws(() => readPython("s = 'open\n"), /line 1: unterminated string/);
        assert.throws(() => readPython("x = $\n"), /line 1: unexpected character "\$"/);
    });
});

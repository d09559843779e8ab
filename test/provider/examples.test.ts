import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { runUnderMocks } from "../../cli/harness";
import { planBaseline, ScopedServiceRole, type GuardrailBaselineArgs, type ScopedServiceRoleArgs } from "../../components";
import { REPO_ROOT } from "../support/cli";
import { checkPythonProgram, checkYamlProgram } from "./support/programChecks";
import { readPython } from "./support/pythonReader";
import type { PackageSchema } from "./support/schemaTypes";
import { sharedHost } from "./support/sharedHost";

const EXAMPLES = path.join(REPO_ROOT, "examples");
const read = (...parts: string[]) => fs.readFileSync(path.join(EXAMPLES, ...parts), "utf8");

/** The first shell command of a README's first code block. */
function firstCommand(readme: string): string | undefined {
    return /```sh\n([^\n]*)/.exec(readme)?.[1];
}

/** Replaces `${key}` with the config default, as Pulumi YAML would with no stack config set. */
function withConfigDefaults(value: unknown, defaults: Record<string, unknown>): unknown {
    if (typeof value === "string") return value.replace(/^\$\{(\w+)\}$/, (_, key: string) => String(defaults[key]));
    if (Array.isArray(value)) return value.map((item) => withConfigDefaults(item, defaults));
    if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withConfigDefaults(v, defaults)]));
    return value;
}

describe("the Python and YAML examples against the schema from GetSchema", () => {
    let schema: PackageSchema;
    before(async () => {
        ({ schema } = await (await sharedHost()).schema());
    });

    describe("python-service-user", () => {
        it("is a Python project whose README starts from pulumi package add", () => {
            assert.match(read("python-service-user", "Pulumi.yaml"), /^runtime:\n {2}name: python$/m);
            assert.match(read("python-service-user", "requirements.txt"), /^pulumi>=3\.215\.0,<4\.0\.0$/m);
            assert.equal(firstCommand(read("python-service-user", "README.md")), "pulumi package add ../../provider      # or the repository's git URL with /provider");
        });

        it("uses only components, input types, enum members, properties and outputs the schema has, with every required input", () => {
            const result = checkPythonProgram(readPython(read("python-service-user", "__main__.py")), schema);
            assert.deepEqual(result.problems, []);
            for (const used of [
                "IpRestrictionGroup.cidrs", "RegionRestrictionGroup.regions", "ScopedServiceUser.statements", "ScopedServiceUser.restrictionGroups",
                "ScopedServiceUser.accessKeys", "IamStatement.effect", "IamStatement.resources", "IamStatement.conditions", "IamCondition.values",
                "ServiceAccessKeys.rotateAfterDays", "IpRestrictionGroup.groupName", "ScopedServiceUser.secretArn", "ScopedServiceUser.rotation",
            ]) assert.ok(result.checked.has(used), `the check did not reach ${used}`);
        });

        it("would catch a misspelt argument, a wrong enum member, a missing required input and an unknown output", () => {
            const result = checkPythonProgram(readPython([
                "import pulumi_aws_guardrails as g",
                "u = g.ScopedServiceUser('u', service='s', statement=[], access_keys=g.ServiceAccessKeysArgs(rotate_after_day=9))",
                "r = g.ScopedServiceRole('r', service='s', owner='o', trust=g.RoleTrustArgs(services='lambda'), statements=[g.IamStatementArgs(effect=g.StatementEffect.PERMIT)])",
                "x = u.user_nmae",
            ].join("\n")), schema);
            assert.deepEqual(result.problems, [
                "line 2: ScopedServiceUser has no input statement",
                "line 2: ScopedServiceUser needs owner",
                "line 2: ScopedServiceUser needs statements",
                "line 2: ServiceAccessKeys has no input rotateAfterDay",
                "line 3: expected array, found string",
                "line 3: StatementEffect has no member PERMIT",
                "line 4: ScopedServiceUser has no output userNmae",
            ]);
        });
    });

    describe("yaml-baseline", () => {
        const document = parse(read("yaml-baseline", "Pulumi.yaml")) as Record<string, unknown>;

        it("is a YAML project, alone in its folder, whose README starts from pulumi package add", () => {
            assert.equal(document.runtime, "yaml");
            assert.deepEqual(fs.readdirSync(path.join(EXAMPLES, "yaml-baseline")).sort(), ["Pulumi.yaml", "README.md"]);
            assert.equal(firstCommand(read("yaml-baseline", "README.md")), "pulumi package add ../../provider      # or the repository's git URL with /provider");
        });

        it("uses only components, properties, enum values and outputs the schema has, with every required input", () => {
            const result = checkYamlProgram(document, schema);
            assert.deepEqual(result.problems, []);
            for (const used of ["GuardrailBaseline.instanceCount", "InstanceCountPart.vcpuCeilingByRegion", "TrailLifecycle.storageClass", "ScopedServiceRole.trust", "IamStatement.actions", "GuardrailBaseline.trailArn", "ScopedServiceRole.roleArn"]) {
                assert.ok(result.checked.has(used), `the check did not reach ${used}`);
            }
        });

        it("would catch an unknown property, a wrong enum value, a missing required input and an unknown output", () => {
            const result = checkYamlProgram({
                resources: { role: { type: "aws-guardrails:ScopedServiceRole", properties: { service: "s", owner: "o", trust: { services: ["lambda"], roleArn: [] }, statements: [{ effect: "Permit" }], region: "x" } } },
                outputs: { arn: "${role.arn}" },
            }, schema);
            assert.deepEqual(result.problems, [
                "resources.role: ScopedServiceRole has no input region",
                "resources.role.trust: RoleTrust has no input roleArn",
                'resources.role.statements[0].effect: "Permit" is not a StatementEffect',
                "outputs.arn: ${role.arn}: ScopedServiceRole has no output arn",
            ]);
        });

        it("holds arguments the components themselves accept", async () => {
            const defaults = Object.fromEntries(Object.entries(document.config as Record<string, { default: unknown }>).map(([key, spec]) => [key, spec.default]));
            const resources = withConfigDefaults(document.resources, defaults) as Record<string, { properties: unknown }>;
            // The baseline's own validation of every part, as its constructor runs it before registering anything.
            const plan = planBaseline("baseline", resources.baseline.properties as GuardrailBaselineArgs);
            assert.equal(Object.values(plan.enabled).filter((on) => on).length, 13);
            const run = await runUnderMocks(() => new ScopedServiceRole("reportReader", resources.reportReader.properties as ScopedServiceRoleArgs));
            assert.ok(run.resources.some((r) => r.type === "aws:iam/role:Role"));
        });
    });
});

import * as pulumi from "@pulumi/pulumi";
import assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import * as components from "../../components";
import { REPO_ROOT } from "../support/cli";
import { EXPECTED_COMPONENTS, EXPECTED_OBJECT_TYPES, OUTPUT_TYPES } from "./expectedSchema";
import { PROVIDER_DIR } from "./support/componentHost";
import { describeProperties, isEnum, type PackageSchema } from "./support/schemaTypes";
import { sharedHost } from "./support/sharedHost";

/** Every concrete component class the package exports, by name. */
const EXPORTED = Object.entries(components)
    .filter(([, value]) => typeof value === "function" && (value as { prototype?: unknown }).prototype instanceof pulumi.ComponentResource)
    .map(([name]) => name)
    .sort();

/** The enums the schema must carry, each with the values of its TypeScript constant. */
const ENUMS: Record<string, readonly unknown[]> = {
    AlertProtocol: components.ALERT_PROTOCOLS,
    AlertPublisher: components.ALERT_PUBLISHERS,
    CisAlarmId: components.MONITORING_ALARM_IDS,
    FindingPublishingFrequency: components.FINDING_PUBLISHING_FREQUENCIES,
    GlobalServicePreset: Object.values(components.GlobalServicePreset),
    InstanceClass: components.ALL_INSTANCE_CLASSES,
    KeySlotName: Object.values(components.KeySlotName),
    LogStorageClass: components.LOG_STORAGE_CLASSES,
    StatementEffect: Object.values(components.StatementEffect),
};

function version(file: string): string {
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

/** Every description in the schema, with where it is. */
function descriptions(schema: PackageSchema): { where: string; text: string | undefined }[] {
    const found: { where: string; text: string | undefined }[] = [];
    for (const [token, resource] of Object.entries(schema.resources)) {
        found.push({ where: token, text: resource.description });
        for (const [name, spec] of Object.entries({ ...resource.inputProperties, ...resource.properties })) found.push({ where: `${token}.${name}`, text: spec.description });
    }
    for (const [token, type] of Object.entries(schema.types)) {
        if (isEnum(type)) continue;
        for (const [name, spec] of Object.entries(type.properties ?? {})) found.push({ where: `${token}.${name}`, text: spec.description });
    }
    return found;
}

describe("the component package through the component host", () => {
    let schema: PackageSchema;
    before(async () => {
        ({ schema } = await (await sharedHost()).schema());
    });

    it("answers GetPluginInfo with the package's version", async () => {
        const host = await sharedHost();
        assert.equal(await host.host.pluginVersion(), version(path.join(REPO_ROOT, "package.json")));
        assert.equal(version(path.join(PROVIDER_DIR, "package.json")), version(path.join(REPO_ROOT, "package.json")));
    });

    it("names the package aws-guardrails, with every token in the index module", () => {
        assert.equal(schema.name, "aws-guardrails");
        for (const token of [...Object.keys(schema.resources), ...Object.keys(schema.types)]) assert.match(token, /^aws-guardrails:index:[A-Za-z]+$/);
    });

    it("serves every exported concrete component as a component, and nothing else", () => {
        assert.equal(EXPORTED.length, 16);
        assert.deepEqual(Object.keys(schema.resources).map((token) => token.split(":")[2]).sort(), EXPORTED);
        for (const [token, resource] of Object.entries(schema.resources)) assert.equal(resource.isComponent, true, token);
        assert.deepEqual(Object.keys(EXPECTED_COMPONENTS).sort(), EXPORTED);
    });

    for (const [name, expected] of Object.entries(EXPECTED_COMPONENTS)) {
        it(`documents ${name}: every input and output, with its type and requiredness`, () => {
            const resource = schema.resources[`aws-guardrails:index:${name}`];
            assert.deepEqual(describeProperties(resource.inputProperties, resource.requiredInputs), [...expected.inputs].sort(), `${name} inputs`);
            assert.deepEqual(describeProperties(resource.properties, resource.required, false), [...expected.outputs].sort(), `${name} outputs`);
        });
    }

    it("defines the object types the components use, with their properties", () => {
        const objects = Object.entries(schema.types).filter(([, type]) => !isEnum(type));
        assert.deepEqual(objects.map(([token]) => token.split(":")[2]).sort(), Object.keys(EXPECTED_OBJECT_TYPES).sort());
        for (const [token, type] of objects) {
            const name = token.split(":")[2];
            assert.ok(!isEnum(type));
            assert.deepEqual(describeProperties(type.properties, type.required, !OUTPUT_TYPES.has(name)), [...EXPECTED_OBJECT_TYPES[name]].sort(), name);
        }
    });

    it("turns every literal union into an enum holding exactly the values TypeScript accepts", () => {
        const enums = Object.entries(schema.types).filter(([, type]) => isEnum(type));
        assert.deepEqual(enums.map(([token]) => token.split(":")[2]).sort(), Object.keys(ENUMS).sort());
        for (const [token, type] of enums) {
            assert.ok(isEnum(type));
            assert.deepEqual(type.enum.map((member) => member.value), [...ENUMS[token.split(":")[2]]], token);
            for (const member of type.enum) assert.match(member.name, /^[A-Z][A-Za-z0-9]*$/, `${token} member ${member.name}`);
        }
    });

    it("describes every component, input and output, with no TypeScript-only markup", () => {
        for (const { where, text } of descriptions(schema)) {
            assert.ok(text && text.trim().length > 0, `${where} has no description`);
            assert.doesNotMatch(text, /\[object Object\]|\{@link/, `${where}: ${text}`);
        }
        assert.doesNotMatch(JSON.stringify(schema), /pulumi\.json#\/Any/, "an untyped (Any) property reached the schema");
    });
});

import { withExemption, type CapturedResource, type ProviderView, type Violation } from "../../../cli/harness";
import { configurePack } from "../../support/pack";

/**
 * Helpers for the policy tests: build raw resources (for property shapes that
 * `@pulumi/aws` would not let a program build), send them through the real
 * pack over gRPC, and pick out one policy's findings.
 */

/** The findings of one policy that are not exempted. */
export function findingsOf(violations: Violation[], policy: string): Violation[] {
    return violations.filter((v) => v.policy === policy && !v.exemption);
}

/** The messages of one policy's findings, for assertions and failure output. */
export function messagesOf(violations: Violation[], policy: string): string[] {
    return findingsOf(violations, policy).map((v) => v.message);
}

/** The default provider view the engine sends for an aws resource. */
export const DEFAULT_PROVIDER: ProviderView = {
    type: "pulumi:providers:aws",
    name: "default",
    urn: "urn:pulumi:dev::test::pulumi:providers:aws::default",
    properties: { region: "us-east-1" },
};

/** What a raw resource needs; the rest gets defaults. */
export interface RawResource {
    /** Type token. */
    type: string;
    /** Logical name. */
    name: string;
    /** Inputs (Analyze) as the engine would send them. */
    inputs?: Record<string, unknown>;
    /** Outputs (AnalyzeStack); default: the inputs. */
    outputs?: Record<string, unknown>;
}

/** A hand-built CapturedResource with a realistic URN and empty options. */
export function rawResource(raw: RawResource): CapturedResource {
    const inputs = raw.inputs ?? {};
    return {
        urn: `urn:pulumi:dev::test::${raw.type}::${raw.name}`,
        type: raw.type,
        name: raw.name,
        parent: "urn:pulumi:dev::test::pulumi:pulumi:Stack::test-dev",
        provider: null,
        custom: true,
        id: raw.name,
        inputs: {},
        analyzerInputs: inputs,
        analyzerOutputs: raw.outputs ?? inputs,
        dependencies: [],
        propertyDependencies: {},
        options: {
            parent: "urn:pulumi:dev::test::pulumi:pulumi:Stack::test-dev",
            protect: false,
            ignoreChanges: [],
            deleteBeforeReplace: false,
            additionalSecretOutputs: [],
            aliases: [],
        },
    };
}

/** `Analyze` one raw resource through the shared pack, with a pack config. */
export async function analyzeOne(raw: RawResource, packConfig: Record<string, unknown> = {}): Promise<Violation[]> {
    const client = await configurePack(packConfig);
    return (await client.analyze(rawResource(raw), DEFAULT_PROVIDER)).map(withExemption);
}

/** The stack resource every run registers first. */
export const STACK_RESOURCE: RawResource = { type: "pulumi:pulumi:Stack", name: "test-dev" };

/**
 * `AnalyzeStack` over raw resources (their outputs) through the shared pack.
 * Like the engine, it first sends the stack resource through `Analyze`, which is
 * where the pack loads its exemption config (and the `asOf` date).
 */
export async function analyzeStackOf(raws: RawResource[], packConfig: Record<string, unknown> = {}): Promise<Violation[]> {
    const client = await configurePack(packConfig);
    await client.analyze(rawResource(STACK_RESOURCE));
    return (await client.analyzeStack(raws.map(rawResource), () => DEFAULT_PROVIDER)).map(withExemption);
}

/** A JSON policy document with the given statements. */
export function policyJson(...statements: Record<string, unknown>[]): string {
    return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

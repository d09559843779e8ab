import { withExemption, type CapturedResource, type ProviderView, type Violation } from "../../../cli/harness";
import { UNKNOWN_VALUE } from "../../../cli/harness/propertyValues";
import { configurePack } from "../../support/pack";

/**
 * The one kit of the policy tests: build resources by hand (including shapes
 * that `@pulumi/aws` would not let a program build, and preview unknowns), send
 * them through the real pack over gRPC, and pick out one policy's findings.
 */

/** The serialized unknown the engine sends during a preview. */
export const UNKNOWN = UNKNOWN_VALUE;

/** The stack every hand-built resource belongs to. */
export const STACK_URN = "urn:pulumi:dev::test::pulumi:pulumi:Stack::test-dev";

/** The non-exempted findings of one policy. */
export function findingsOf(violations: Violation[], policy: string): Violation[] {
    return violations.filter((v) => v.policy === policy && !v.exemption);
}

/** Messages of one policy's findings, for assertions and failure output. */
export function messagesOf(violations: Violation[], policy: string): string[] {
    return findingsOf(violations, policy).map((v) => v.message);
}

/** An AWS provider as the engine hands it to an analyzer. */
export function awsProvider(region: string, extra: Record<string, unknown> = {}): ProviderView {
    return { type: "pulumi:providers:aws", name: `p-${region}`, urn: `urn:pulumi:dev::test::pulumi:providers:aws::p-${region}`, properties: { region, ...extra } };
}

/** The provider the kit sends unless a test names another. */
export const DEFAULT_PROVIDER = awsProvider("eu-west-1");

/** What a hand-built resource needs; the rest gets defaults. */
export interface RawResource {
    /** Type token. */
    type: string;
    /** Logical name. */
    name: string;
    /** Inputs (Analyze) as the engine would send them. */
    inputs?: Record<string, unknown>;
    /** Outputs (AnalyzeStack); default: the inputs. */
    outputs?: Record<string, unknown>;
    /** Parent URN; default: the stack. */
    parent?: string;
    /** URNs the resource depends on. */
    dependencies?: string[];
    /** The type chain with component ancestors (`parent$child`), for URNs of component children; default: the type. */
    qualifiedType?: string;
}

/** A resource as the mock monitor would capture it, with an engine-style URN. */
export function rawResource(raw: RawResource): CapturedResource {
    const inputs = raw.inputs ?? {};
    const parent = raw.parent ?? STACK_URN;
    return {
        urn: `urn:pulumi:dev::test::${raw.qualifiedType ?? raw.type}::${raw.name}`,
        type: raw.type,
        name: raw.name,
        parent,
        provider: null,
        custom: true,
        id: `${raw.name}-id`,
        inputs: {},
        analyzerInputs: inputs,
        analyzerOutputs: raw.outputs ?? inputs,
        dependencies: raw.dependencies ?? [],
        propertyDependencies: {},
        options: { parent, protect: false, ignoreChanges: [], deleteBeforeReplace: false, additionalSecretOutputs: [], aliases: [] },
    };
}

/** {@link rawResource} with positional arguments, for tests that build many resources. */
export function capturedResource(type: string, name: string, inputs: Record<string, unknown>, options: Omit<RawResource, "type" | "name" | "inputs"> = {}): CapturedResource {
    return rawResource({ ...options, type, name, inputs });
}

function captured(resource: CapturedResource | RawResource): CapturedResource {
    return "urn" in resource ? resource : rawResource(resource);
}

/** Sends one resource through `Analyze` with a pack config; exempted findings are marked as such. */
export async function analyzeOne(resource: CapturedResource | RawResource, packConfig: Record<string, unknown> = {}, provider: ProviderView | undefined = DEFAULT_PROVIDER): Promise<Violation[]> {
    const client = await configurePack(packConfig);
    return (await client.analyze(captured(resource), provider)).map(withExemption);
}

/** Sends resources (their outputs) through `AnalyzeStack` alone, as the engine does after an update. */
export async function analyzeStackOf(resources: (CapturedResource | RawResource)[], packConfig: Record<string, unknown> = {}, provider: ProviderView | undefined = DEFAULT_PROVIDER): Promise<Violation[]> {
    const client = await configurePack(packConfig);
    return (await client.analyzeStack(resources.map(captured), () => provider)).map(withExemption);
}

/** A JSON policy document with the given statements. */
export function policyJson(...statements: Record<string, unknown>[]): string {
    return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

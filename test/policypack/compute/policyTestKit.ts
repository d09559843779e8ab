import type { CapturedResource, ProviderView, Violation } from "../../../cli/harness";
import { UNKNOWN_VALUE } from "../../../cli/harness/propertyValues";
import { configurePack } from "../../support/pack";

/**
 * Small helpers for the compute, network, storage, logging, regions and
 * tagging policy tests: pick one policy's findings, and send hand-built
 * resources (odd shapes, unknowns) through the real protocol.
 */

/** The serialized unknown the engine sends during a preview. */
export const UNKNOWN = UNKNOWN_VALUE;

/** The non-exempted findings of one policy. */
export function findingsOf(violations: Violation[], policy: string): Violation[] {
    return violations.filter((v) => v.policy === policy && !v.exemption);
}

/** Messages of one policy's findings, for assertions. */
export function messagesOf(violations: Violation[], policy: string): string[] {
    return findingsOf(violations, policy).map((v) => v.message);
}

/** Options of {@link capturedResource}. */
export interface CapturedOptions {
    /** Outputs for AnalyzeStack (default: the inputs). */
    outputs?: Record<string, unknown>;
    /** Parent URN. */
    parent?: string;
    /** URNs the resource depends on. */
    dependencies?: string[];
    /** The qualified type with ancestors (`parent$child`), for URNs of component children. */
    qualifiedType?: string;
}

/** A resource as the mock monitor would capture it, built by hand. */
export function capturedResource(type: string, name: string, inputs: Record<string, unknown>, options: CapturedOptions = {}): CapturedResource {
    const qualified = options.qualifiedType ?? `pulumi:pulumi:Stack$${type}`;
    return {
        urn: `urn:pulumi:dev::test::${qualified}::${name}`,
        type,
        name,
        parent: options.parent ?? "urn:pulumi:dev::test::pulumi:pulumi:Stack::test-dev",
        provider: null,
        custom: true,
        id: `${name}-id`,
        inputs: {},
        analyzerInputs: inputs,
        analyzerOutputs: options.outputs ?? inputs,
        dependencies: options.dependencies ?? [],
        propertyDependencies: {},
        options: { parent: options.parent ?? "", protect: false, ignoreChanges: [], deleteBeforeReplace: false, additionalSecretOutputs: [], aliases: [] },
    };
}

/** An AWS provider as the engine hands it to an analyzer. */
export function awsProvider(region: string, extra: Record<string, unknown> = {}): ProviderView {
    return { type: "pulumi:providers:aws", name: `p-${region}`, urn: `urn:pulumi:dev::test::pulumi:providers:aws::p-${region}`, properties: { region, ...extra } };
}

/** Sends one hand-built resource through `Analyze` with the given pack config. */
export async function analyzeOne(resource: CapturedResource, packConfig: Record<string, unknown> = {}, provider: ProviderView | undefined = awsProvider("eu-west-1")): Promise<Violation[]> {
    const client = await configurePack(packConfig);
    return client.analyze(resource, provider);
}

/** Sends hand-built resources through `AnalyzeStack` with the given pack config. */
export async function analyzeStackOf(resources: CapturedResource[], packConfig: Record<string, unknown> = {}, provider: ProviderView | undefined = awsProvider("eu-west-1")): Promise<Violation[]> {
    const client = await configurePack(packConfig);
    return client.analyzeStack(resources, () => provider);
}

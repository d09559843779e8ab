import { decodeExemptedFinding } from "../../components/documents/findings/exemptionCodec";
import type { MockRun } from "./mockRuntime";
import type { PolicyPackClient, ProviderView } from "./policyPackClient";
import type { CapturedResource, Violation } from "./types";

/**
 * Splits an exempted finding (written by the pack's advisory `exempted-findings`
 * policies, so that `pulumi preview` still shows it) back into the finding under
 * its own policy, as exempted, with the reason and expiry. The format is the
 * one codec the pack writes with; any character may appear in a reason.
 */
export function withExemption(violation: Violation): Violation {
    const finding = decodeExemptedFinding(violation.message);
    if (!finding) {
        return violation;
    }
    return {
        ...violation,
        policy: finding.policy,
        message: finding.message,
        exemption: { expires: finding.expires, reason: finding.reason },
    };
}

/**
 * The provider the engine would hand an analyzer for a resource: its explicit
 * one (looked up by URN among the resources registered so far), or the default
 * provider for its package.
 */
export function providerOf(
    resource: CapturedResource, lookup: (urn: string) => CapturedResource | undefined, defaultRegion: string, stack: string, project: string,
): ProviderView | undefined {
    if (resource.provider) {
        const provider = lookup(resource.provider);
        if (provider) {
            return { type: provider.type, name: provider.name, urn: provider.urn, properties: provider.analyzerInputs };
        }
    }
    const pkg = resource.type.split(":")[0];
    if (!resource.custom || pkg === "pulumi") {
        return undefined;
    }
    return {
        type: `pulumi:providers:${pkg}`,
        name: "default",
        urn: `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::default`,
        properties: pkg === "aws" ? { region: defaultRegion } : {},
    };
}

/** {@link providerOf} over a finished run. */
export function providerResolver(run: MockRun, stack: string, project: string): (r: CapturedResource) => ProviderView | undefined {
    const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
    return (resource) => providerOf(resource, (urn) => byUrn.get(urn), run.defaultRegion, stack, project);
}

/** Options for {@link analyzeRun}. */
export interface AnalyzeOptions {
    /** Stack name, for default provider URNs. */
    stack: string;
    /** Project name, for default provider URNs. */
    project: string;
    /** Concurrent `Analyze` calls (the engine runs steps in parallel); default 16. */
    concurrency?: number;
    /** Called after each analyzed resource, for a progress line. */
    onProgress?: (done: number, total: number) => void;
}

/**
 * Sends every captured resource through `Analyze` and then the whole set through
 * `AnalyzeStack`, as the engine does during `pulumi up`, and returns every
 * violation (exempted ones marked as such).
 */
export async function analyzeRun(client: PolicyPackClient, run: MockRun, options: AnalyzeOptions): Promise<Violation[]> {
    const providerOf = providerResolver(run, options.stack, options.project);
    const resources = run.resources;
    const results: Violation[][] = new Array(resources.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < resources.length) {
            const index = next++;
            results[index] = await client.analyze(resources[index], providerOf(resources[index]));
            done++;
            options.onProgress?.(done, resources.length);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 16, resources.length)) }, worker);
    await Promise.all(workers);
    const stackViolations = await client.analyzeStack(resources, providerOf);
    return [...results.flat(), ...stackViolations].map(withExemption);
}

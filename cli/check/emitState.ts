import { createHash } from "crypto";
import * as fs from "fs";
import { mapSecrets } from "../harness/propertyValues";
import { SECRET_SIG, SIG_KEY } from "../harness/signatures";
import type { CapturedResource } from "../harness/types";
import type { CollectedStack } from "./collect";

/** What the manifest names as the producer: not the Pulumi engine, but the mock runtime of this check. */
const PRODUCER = "aws-guardrails check (Pulumi mock runtime)";
/** The id every made-up default provider gets (the engine's are UUIDs too). */
const DEFAULT_PROVIDER_ID = "00000000-0000-4000-8000-000000000000";

/** A value as a stack export writes it: secrets as `plaintext` JSON text (what `pulumi stack export --show-secrets` writes). */
export function toStateValue(value: unknown): unknown {
    return mapSecrets(value, (inner) => ({ [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(inner ?? null) }));
}

/** The default provider the engine would register for a resource that names none (under mocks none is registered). */
function defaultProviderFor(resource: CapturedResource, collected: CollectedStack): CapturedResource | undefined {
    const pkg = resource.type.split(":")[0];
    if (!resource.custom || resource.provider || pkg === "pulumi") {
        return undefined;
    }
    const properties = pkg === "aws" && collected.defaultRegion ? { region: collected.defaultRegion } : {};
    return {
        urn: `urn:pulumi:${collected.stack}::${collected.project}::pulumi:providers:${pkg}::default`,
        type: `pulumi:providers:${pkg}`, name: "default", parent: null, provider: null, custom: true, id: DEFAULT_PROVIDER_ID,
        inputs: {}, analyzerInputs: properties, analyzerOutputs: properties, dependencies: [], propertyDependencies: {},
        options: { parent: "", protect: false, ignoreChanges: [], deleteBeforeReplace: false, additionalSecretOutputs: [], aliases: [] },
    };
}

function stateResource(resource: CapturedResource, providerReference: string | undefined): Record<string, unknown> {
    const nonEmpty = (list: string[]) => (list.length > 0 ? list : undefined);
    return {
        urn: resource.urn,
        custom: resource.custom,
        id: resource.custom && resource.id ? resource.id : undefined,
        type: resource.type,
        inputs: toStateValue(resource.analyzerInputs),
        outputs: toStateValue(resource.analyzerOutputs),
        parent: resource.parent ?? undefined,
        protect: resource.options.protect || undefined,
        dependencies: nonEmpty(resource.dependencies),
        provider: providerReference,
        propertyDependencies: Object.keys(resource.propertyDependencies).length > 0 ? resource.propertyDependencies : undefined,
        additionalSecretOutputs: nonEmpty(resource.options.additionalSecretOutputs),
        aliases: nonEmpty(resource.options.aliases),
        ignoreChanges: nonEmpty(resource.options.ignoreChanges),
    };
}

/**
 * Writes what the mocks registered as a `pulumi stack export` document
 * (deployment version 3): every resource with its inputs and outputs exactly
 * as the pack saw them, the default providers the engine would have
 * registered (with the stack's region), provider references as
 * `<URN>::<id>`, and secrets in plaintext, as `--show-secrets` writes them, so
 * that `check --state` on the file judges exactly what this check judged. The
 * file is written for its owner only (it may hold secrets), one resource at a
 * time.
 */
export function writeStateFile(file: string, collected: CollectedStack): void {
    const fd = fs.openSync(file, "w", 0o600);
    try {
        // The mode given to open applies only to a new file: one that already exists is narrowed here.
        fs.fchmodSync(fd, 0o600);
        const manifest = { time: new Date().toISOString(), magic: createHash("sha256").update(PRODUCER).digest("hex"), version: PRODUCER };
        fs.writeSync(fd, `{"version":3,"deployment":{"manifest":${JSON.stringify(manifest)},"resources":[`);
        const byUrn = new Map(collected.resources.map((r) => [r.urn, r]));
        const written = new Set<string>();
        let first = true;
        const write = (resource: CapturedResource, providerReference?: string) => {
            fs.writeSync(fd, `${first ? "" : ","}\n${JSON.stringify(stateResource(resource, providerReference))}`);
            first = false;
        };
        for (const resource of collected.resources) {
            const fallback = defaultProviderFor(resource, collected);
            if (fallback && !written.has(fallback.urn)) {
                written.add(fallback.urn);
                write(fallback);
            }
            const provider = resource.provider ? byUrn.get(resource.provider) : fallback;
            write(resource, provider ? `${provider.urn}::${provider.id}` : undefined);
        }
        fs.writeSync(fd, "\n]}}\n");
    } finally {
        fs.closeSync(fd);
    }
}

import { withExemption } from "../harness/analysis";
import type { PolicyPackClient, ProviderView } from "../harness/policyPackClient";
import { SECRET_SIG, SIG_KEY, UNKNOWN_VALUE } from "../harness/signatures";
import type { CapturedResource, Violation } from "../harness/types";
import type { OpaqueReason } from "./inputs/engineValues";
import type { Unreadable } from "./inputs/stackFile";

/**
 * A value the pack's key detector always reports: the access key id AWS's
 * documentation uses as its example ("AKIAIOSFODNN7EXAMPLE",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html).
 * It only ever goes to the pack in a probe, whose findings are discarded.
 */
const PROBE_KEY = "AKIAIOSFODNN7EXAMPLE";

/** A secret input the pack could not read (encrypted in an export, blinded in a preview), by property path. */
export interface OpaqueSecret {
    /** The input's property path, e.g. `environment.variables.TOKEN`. */
    path: string;
    /** Why it could not be read. */
    reason: OpaqueReason;
}

const HINT: Record<OpaqueReason, string> = {
    encrypted: "is encrypted; export with `pulumi stack export --show-secrets` to let the pack read it (check never prints it)",
    blinded: "is blinded as \"[secret]\" by `pulumi preview --json`; check the stack's export with --state after deploying",
};

function isOpaque(value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG && (value as Record<string, unknown>).value === UNKNOWN_VALUE;
}

function withProbes(value: unknown): unknown {
    if (isOpaque(value)) {
        return { [SIG_KEY]: SECRET_SIG, value: PROBE_KEY };
    }
    if (Array.isArray(value)) {
        return value.map(withProbes);
    }
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withProbes(v)]));
    }
    return value;
}

const keyOf = (v: Violation) => `${v.policy}\u0000${v.message}`;

/**
 * Whether the secrets the pack could not read would have mattered: the same
 * `Analyze`, with each of them replaced by a key the detector knows. A finding
 * the real request did not give means the pack reads those places (a key
 * hidden in an encrypted Lambda variable would be reported), so they are not
 * seen; no new finding means they sit where secrets belong (a SecureString
 * parameter's value, a Secrets Manager secret), and nothing was missed.
 */
export async function unreadableSecrets(
    client: PolicyPackClient, resource: CapturedResource, provider: ProviderView | undefined, seen: Violation[], opaque: readonly OpaqueSecret[],
): Promise<Unreadable[]> {
    const probe = { ...resource, analyzerInputs: withProbes(resource.analyzerInputs) as Record<string, unknown> };
    const known = new Set(seen.map(keyOf));
    const probed = await client.analyze(probe, provider);
    // An exempted finding would have been exempted whatever the secret held.
    const matters = probed.some((v) => !known.has(keyOf(v)) && !withExemption(v).exemption);
    return matters ? opaque.map(({ path, reason }) => ({ urn: resource.urn, reason: `secret input ${path} ${HINT[reason]}` })) : [];
}

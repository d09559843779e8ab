import { UsageError } from "./args";

/**
 * `aws-guardrails docs`: regenerates the policy reference from the pack's own
 * metadata. (Filled in by the policy reference generator.)
 */
export async function runDocs(argv: string[], _defaultPackDir: string): Promise<number> {
    throw new UsageError(`docs is not available yet (${argv.join(" ")})`);
}

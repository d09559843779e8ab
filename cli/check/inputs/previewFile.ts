import type { CapturedResource } from "../../harness/types";
import { readEngineResource } from "./engineResource";
import { ResourceCollector, StackFileError, streamStackFile, type ResourceListener, type StackIdentity, type Unreadable } from "./stackFile";

/** Steps whose resource exists after the update, and which the engine analyzes (`newState` is what it would send). */
const ANALYZED_OPS = new Set(["same", "create", "update", "replace", "create-replacement", "import", "import-replacement", "refresh"]);
/** Steps that delete, discard or only read a resource: the engine does not analyze them. */
const SKIPPED_OPS = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace", "read", "read-replacement"]);

/** What a preview held. */
export interface PreviewContents extends StackIdentity {
    /** One resource per URN that the update keeps or creates, in step order. */
    resources: CapturedResource[];
    /** What the pack could not read, including unchanged resources the preview left out. */
    unreadable: Unreadable[];
    /** Steps that delete, discard or read (not analyzed). */
    skipped: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads `pulumi preview --json` output, streaming each step that keeps or
 * creates a resource (`same`, `create`, `update`, `replace`,
 * `create-replacement`, `import`, `import-replacement`, `refresh`) as its
 * `newState`, once per URN; deletes, discards and reads are not analyzed, as
 * the engine does not analyze them. Unchanged resources appear only with
 * `--show-sames`: when the change summary counts more than the file shows,
 * the difference is recorded as not seen.
 */
export async function readPreviewFile(file: string, listener?: ResourceListener): Promise<PreviewContents> {
    const collector = new ResourceCollector(file, listener);
    const taken = new Set<string>();
    let sawSteps = false;
    let index = 0;
    let skipped = 0;
    let sames = 0;
    let samesCounted: number | undefined;
    await streamStackFile(file, {
        streamed: ["steps"],
        scalarDepth: 2,
        onTopKey: (key) => {
            if (key === "deployment" || key === "checkpoint") {
                throw new StackFileError(file, "is a stack export, not `pulumi preview --json` output; give it with --state");
            }
            sawSteps ||= key === "steps";
        },
        onScalar: (path, value) => {
            if (path === "changeSummary.same" && typeof value === "number") {
                samesCounted = value;
            }
        },
        onElement: (_path, step) => {
            index++;
            const op = isRecord(step) ? step.op : undefined;
            if (typeof op !== "string" || (!ANALYZED_OPS.has(op) && !SKIPPED_OPS.has(op))) {
                throw new StackFileError(file, `step #${index} has op ${JSON.stringify(op)}; known: ${[...ANALYZED_OPS, ...SKIPPED_OPS].join(", ")}`);
            }
            if (SKIPPED_OPS.has(op)) {
                skipped++;
                return;
            }
            const record = step as Record<string, unknown>;
            const urn = typeof record.urn === "string" ? record.urn : "";
            if (taken.has(urn)) {
                return;
            }
            taken.add(urn);
            sames += op === "same" ? 1 : 0;
            if (!isRecord(record.newState)) {
                collector.unreadable.push({ urn, reason: `its ${op} step has no newState (the CLI could not serialize it), so the pack did not see it` });
                return;
            }
            collector.accept(readEngineResource(record.newState, `step #${index} (${op})`, { blindedSecrets: true, stackProperties: "inputsAndOutputs" }));
        },
    });
    if (!sawSteps) {
        throw new StackFileError(file, "has no \"steps\"; it is neither a preview (`pulumi preview --json`) nor a stack export (give that with --state)");
    }
    if (collector.resources.length === 0 && (samesCounted ?? 0) > 0) {
        throw new StackFileError(file, `lists no resource to check, though its changeSummary counts ${samesCounted} unchanged one(s); run \`pulumi preview --json --show-sames\` so that it lists them`);
    }
    if (collector.resources.length === 0 && collector.unreadable.length > 0) {
        throw new StackFileError(file, `has no resource the pack could read: ${collector.unreadable.length} step(s) have no newState`);
    }
    const identity = collector.requireResources("the preview");
    if (samesCounted !== undefined && samesCounted > sames) {
        collector.unreadable.push({
            urn: "",
            reason: `${samesCounted - sames} unchanged resource(s) are counted in the preview's changeSummary but not listed in it; run \`pulumi preview --json --show-sames\` so that the pack sees the whole stack`,
        });
    }
    return { ...identity, resources: collector.resources, unreadable: collector.unreadable, skipped };
}

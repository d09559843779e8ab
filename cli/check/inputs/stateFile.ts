import { readEngineResource } from "./engineResource";
import { ResourceCollector, StackFileError, streamStackFile, type ResourceListener, type StackIdentity, type Unreadable } from "./stackFile";
import type { CapturedResource } from "../../harness/types";

/** Deployment versions `pulumi stack export` has written (3 today; 1 and 2 are read as the engine migrates them). */
const KNOWN_VERSIONS = [1, 2, 3];

/** Where the resources sit: an export (`pulumi stack export`) or a file backend's checkpoint (`.pulumi/stacks/…json`). */
const RESOURCE_ARRAYS = ["deployment.resources", "checkpoint.latest.resources"];

/** What a stack export held. */
export interface StateContents extends StackIdentity {
    /** Live resources, in file order; deleted ones left out. */
    resources: CapturedResource[];
    /** What the pack could not read. */
    unreadable: Unreadable[];
    /** Resources marked `delete` (not analyzed). */
    deleted: number;
    /** Resources marked `external`, read with `.get()` (not analyzed, as the engine analyzes no read). */
    external: number;
    /** The deployment version. */
    version: number;
}

/**
 * Reads a stack export (`pulumi stack export`, deployment version 3, or 1 and
 * 2) or a file backend's checkpoint, streaming its resources one at a time to
 * `listener`: every resource but those marked `delete` and those only read
 * (`external`, from `.get()`: the engine analyzes no read), each with its inputs
 * for `Analyze` and its outputs for `AnalyzeStack`, secrets in plaintext
 * unwrapped into secrets and encrypted ones recorded as unreadable. A preview
 * given here, an unknown version, an empty stack, a truncated or non-JSON file
 * are errors naming the file.
 */
export async function readStateFile(file: string, listener?: ResourceListener): Promise<StateContents> {
    const collector = new ResourceCollector(file, listener);
    let version: unknown;
    let deleted = 0;
    let external = 0;
    let index = 0;
    let shape = "";
    const checkVersion = () => {
        if (typeof version !== "number" || !KNOWN_VERSIONS.includes(version)) {
            throw new StackFileError(file, version === undefined
                ? "has no \"version\"; a stack export reads {\"version\": 3, \"deployment\": {...}}"
                : `has deployment version ${JSON.stringify(version)}, which this check does not know (it reads ${KNOWN_VERSIONS.join(", ")}; \`pulumi stack export\` writes 3)`);
        }
    };
    await streamStackFile(file, {
        streamed: RESOURCE_ARRAYS,
        scalarDepth: 1,
        onTopKey: (key) => {
            if (key === "steps" || key === "changeSummary") {
                throw new StackFileError(file, "is `pulumi preview --json` output, not a stack export; give it with --preview-json");
            }
            if (key === "deployment" || key === "checkpoint") {
                shape = key;
            }
        },
        onScalar: (path, value) => {
            if (path === "version") {
                version = value;
                checkVersion();
            }
        },
        onElement: (_path, raw) => {
            index++;
            const read = readEngineResource(raw, `resource #${index}`, { blindedSecrets: false, stackProperties: "outputs" });
            if (read.deleted || read.external) {
                deleted += read.deleted ? 1 : 0;
                external += read.deleted ? 0 : 1;
                return;
            }
            collector.accept(read);
        },
    });
    if (!shape) {
        throw new StackFileError(file, "is neither a stack export ({\"version\": 3, \"deployment\": {\"resources\": [...]}}, from `pulumi stack export`) nor a preview ({\"steps\": [...]}, from `pulumi preview --json`)");
    }
    checkVersion();
    const aside = [...(deleted > 0 ? [`${deleted} resource(s) marked delete`] : []), ...(external > 0 ? [`${external} read with .get() (external)`] : [])];
    const identity = collector.requireResources(aside.length > 0 ? `the export (${aside.join(" and ")} aside)` : "the export");
    return { ...identity, resources: collector.resources, unreadable: collector.unreadable, deleted, external, version: version as number };
}

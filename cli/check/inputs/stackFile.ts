import * as fs from "fs";
import type { CapturedResource } from "../../harness/types";
import type { EngineResource } from "./engineResource";
import { EngineValueError } from "./engineValues";
import { JsonStreamError, JsonStreamReader, type JsonStreamOptions } from "./jsonStream";

/** What is wrong with a stack file (not JSON, neither format, an unknown version, empty, truncated); the message names the file. */
export class StackFileError extends Error {
    constructor(readonly file: string, problem: string) {
        super(`${file === "-" ? "stdin" : file}: ${problem}`);
        this.name = "StackFileError";
    }
}

/** Which of the engine's files a check reads, and from where (`-` is stdin). */
export interface StackFileInput {
    /** `pulumi stack export` (`state`) or `pulumi preview --json` (`preview`). */
    kind: "state" | "preview";
    /** The path, or `-` for stdin. */
    file: string;
}

/** Something in the file the pack could not read, and why. */
export interface Unreadable {
    /** The resource, or "" for the stack as a whole. */
    urn: string;
    /** What was not seen, and how to see it. */
    reason: string;
}

/** The stack and project a file's URNs belong to. */
export interface StackIdentity {
    stack: string;
    project: string;
}

/** Receives each resource to analyze as soon as it is read, with the stack it belongs to and its secret inputs the pack cannot read. */
export type ResourceListener = (resource: CapturedResource, identity: StackIdentity, opaque: EngineResource["opaque"]) => void;

/**
 * Collects the resources of a stack file as they are read: one identity for
 * the whole file, providers known before the resources that use them (as the
 * engine writes them), and a record of everything the pack could not read.
 */
export class ResourceCollector {
    readonly resources: CapturedResource[] = [];
    readonly unreadable: Unreadable[] = [];
    identity?: StackIdentity;
    private readonly providers = new Set<string>();
    private readonly seen = new Set<string>();

    constructor(private readonly file: string, private readonly listener?: ResourceListener) {}

    /** Takes one live resource (deleted ones never reach it). */
    accept({ resource, urn, opaque }: EngineResource): void {
        this.identity ??= { stack: urn.stack, project: urn.project };
        if (urn.stack !== this.identity.stack || urn.project !== this.identity.project) {
            throw new StackFileError(this.file, `resource ${resource.urn} belongs to ${urn.project}/${urn.stack}, but the file's first resource to ${this.identity.project}/${this.identity.stack}`);
        }
        if (this.seen.has(resource.urn)) {
            throw new StackFileError(this.file, `resource ${resource.urn} appears twice (the engine refuses duplicate URNs)`);
        }
        this.seen.add(resource.urn);
        if (resource.provider && !this.providers.has(resource.provider)) {
            this.unreadable.push({ urn: resource.urn, reason: `its provider ${resource.provider} is not in the file before it, so the pack did not see its region or settings` });
        }
        if (resource.type.startsWith("pulumi:providers:")) {
            this.providers.add(resource.urn);
        }
        this.resources.push(resource);
        this.listener?.(resource, this.identity, opaque);
    }

    /** The identity, or an error when the file held no live resource at all. */
    requireResources(what: string): StackIdentity {
        if (!this.identity) {
            throw new StackFileError(this.file, `${what} has no resources to check (an empty stack)`);
        }
        return this.identity;
    }
}

function sourceOf(file: string): AsyncIterable<Buffer> {
    if (file === "-") {
        if (process.stdin.isTTY) {
            throw new StackFileError(file, "is a terminal; pipe the file in (`pulumi stack export | aws-guardrails check --state -`) or name it");
        }
        return process.stdin;
    }
    if (!fs.existsSync(file)) {
        throw new StackFileError(file, "no such file");
    }
    if (fs.statSync(file).isDirectory()) {
        throw new StackFileError(file, "is a folder; give the JSON file itself");
    }
    return fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
}

/** The UTF-8 byte order mark some Windows tools write; JSON allows a reader to skip it (RFC 8259, section 8.1). */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The file's bytes without a UTF-8 byte order mark. UTF-16 (what Windows
 * PowerShell 5.1's `>` writes) is refused with the way out, rather than read as
 * text that is not JSON.
 */
async function* withoutByteOrderMark(file: string, source: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
    let head: Buffer | undefined = Buffer.alloc(0);
    const opened = (bytes: Buffer): Buffer => {
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            throw new StackFileError(file, "is UTF-16 text (as Windows PowerShell's `>` writes it); write it as UTF-8, e.g. `pulumi preview --json | Out-File -Encoding utf8 preview.json`");
        }
        return bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
    };
    for await (const chunk of source) {
        if (head === undefined) {
            yield chunk;
            continue;
        }
        // The mark may arrive split over chunks (a slow pipe): look at the first three bytes together.
        head = Buffer.concat([head, chunk]);
        if (head.length >= UTF8_BOM.length) {
            const bytes = opened(head);
            head = undefined;
            yield bytes;
        }
    }
    if (head !== undefined && head.length > 0) {
        yield opened(head);
    }
}

/** Streams a stack file through the reader; every problem becomes a {@link StackFileError} naming the file. */
export async function streamStackFile(file: string, options: JsonStreamOptions): Promise<void> {
    const reader = new JsonStreamReader(options);
    try {
        await reader.readAll(withoutByteOrderMark(file, sourceOf(file)));
    } catch (err) {
        if (err instanceof StackFileError) {
            throw err;
        }
        if (err instanceof JsonStreamError || err instanceof EngineValueError) {
            throw new StackFileError(file, err.message);
        }
        const code = (err as NodeJS.ErrnoException).code;
        throw new StackFileError(file, code ? `cannot be read (${code})` : (err as Error).message);
    }
}

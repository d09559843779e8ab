import { findSourceMap } from "module";
import * as path from "path";
import { fileURLToPath, pathToFileURL } from "url";

/**
 * Stack traces under mocks, cheap while the program runs and exact when one is reported.
 *
 * The Pulumi SDK formats a full stack trace for every resource it registers and
 * for every promise it tracks. With ts-node's source-map support installed, each
 * of those is mapped through source maps, which made a mocked baseline run take
 * about 21 s instead of 6 s. During a run, traces are therefore formatted the
 * way V8 does by default, and the call sites of errors that carry a message are
 * kept aside; only an error that is reported is mapped back to its source.
 */

type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

const framesOf = new WeakMap<object, NodeJS.CallSite[]>();
let mapper: PrepareStackTrace | undefined;

function header(error: unknown): string {
    try {
        return Error.prototype.toString.call(error);
    } catch {
        return "Error";
    }
}

/**
 * Formats like V8's default and remembers the call sites of errors worth
 * reporting. The SDK's own captures have no message: the one that locates a
 * resource raises `Error.stackTraceLimit` to Infinity and gets every frame; the
 * ones it keeps on each promise only for leak diagnostics get none.
 */
function recordingPrepare(error: Error, frames: NodeJS.CallSite[]): string {
    const sdkCapture = error instanceof Error && error.message === "";
    if (sdkCapture && Error.stackTraceLimit !== Infinity) {
        return header(error);
    }
    if (!sdkCapture && typeof error === "object" && error !== null) {
        framesOf.set(error, frames);
    }
    // The SDK locates a resource by the first frame past its own constructors; deeper frames only cost.
    const shown = sdkCapture ? frames.slice(0, SDK_LOCATING_FRAMES) : frames;
    return shown.length === 0 ? header(error) : `${header(error)}\n    at ${shown.join("\n    at ")}`;
}

/**
 * Frames captured per error during a run that must locate errors. The SDK
 * captures a trace for every promise it tracks (about 0.75 ms per resource at
 * V8's default of 10 frames); five frames still reach the program's own frame
 * for an error it throws, one thrown in its callbacks, or one the SDK raises
 * on its behalf. The SDK's resource-locating capture raises the limit to
 * Infinity itself, so resource locations never depend on this.
 */
export const FRAMES_TO_LOCATE_ERRORS = 5;

/**
 * No frames at all: the fastest run (about a quarter less CPU than
 * {@link FRAMES_TO_LOCATE_ERRORS} for a large program), for a first attempt
 * whose errors need no location because a failure is run again to find it.
 */
export const NO_FRAMES = 0;

/** Frames formatted for the SDK's resource-locating capture: its own constructors, then the program's call. */
const SDK_LOCATING_FRAMES = 16;

/**
 * Runs `body` with cheap stack traces (at most `framesPerError` frames per
 * error), restoring the previous formatter and frame limit afterwards. That
 * formatter (ts-node's source-map support, when installed) is kept to map
 * reported errors later.
 */
export async function withCheapStackTraces<T>(body: () => Promise<T>, framesPerError: number = FRAMES_TO_LOCATE_ERRORS): Promise<T> {
    const saved = Error.prepareStackTrace;
    const savedLimit = Error.stackTraceLimit;
    if (saved !== recordingPrepare) {
        mapper = saved;
    }
    Error.prepareStackTrace = recordingPrepare;
    Error.stackTraceLimit = Math.min(savedLimit, framesPerError);
    try {
        return await body();
    } finally {
        Error.prepareStackTrace = saved;
        Error.stackTraceLimit = savedLimit;
    }
}

/** One stack frame, mapped to the source the program was written in. */
export interface SourceFrame {
    /** Absolute path of the source file. */
    file: string;
    /** 1-based line. */
    line: number;
    /** 1-based column. */
    column: number;
}

function toPath(file: string): string {
    return file.startsWith("file://") ? fileURLToPath(file) : file;
}

/** Maps a generated position through the source map Node holds for the file (ts-node output carries one inline). */
function mapWithNode(file: string, line: number, column: number): SourceFrame | undefined {
    const filePath = toPath(file);
    const map = findSourceMap(filePath) ?? (file.startsWith("file://") ? findSourceMap(file) : undefined);
    const entry = map?.findEntry(line - 1, column - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
    if (entry && typeof entry.originalSource === "string" && typeof entry.originalLine === "number" && typeof entry.originalColumn === "number") {
        const source = toPath(entry.originalSource);
        return { file: path.isAbsolute(source) ? source : path.resolve(path.dirname(filePath), source), line: entry.originalLine + 1, column: entry.originalColumn + 1 };
    }
    return undefined;
}

/**
 * A call site for a bare position, enough for a stack formatter to map it.
 * Its methods live on the prototype, where formatters that clone call sites
 * (ts-node's source-map support) look for them.
 */
class PositionSite {
    constructor(private readonly file: string, private readonly line: number, private readonly column: number) {}
    getFileName(): string { return this.file; }
    getScriptNameOrSourceURL(): string { return this.file; }
    getLineNumber(): number { return this.line; }
    getColumnNumber(): number { return this.column; }
    getFunctionName(): null { return null; }
    getMethodName(): null { return null; }
    getTypeName(): null { return null; }
    getEvalOrigin(): undefined { return undefined; }
    getThis(): undefined { return undefined; }
    getFunction(): undefined { return undefined; }
    isNative(): boolean { return false; }
    isEval(): boolean { return false; }
    isToplevel(): boolean { return true; }
    isConstructor(): boolean { return false; }
    isAsync(): boolean { return false; }
    isPromiseAll(): boolean { return false; }
    getPromiseIndex(): null { return null; }
    toString(): string { return `${this.file}:${this.line}:${this.column}`; }
}

/**
 * Maps a generated position to the program's source: through Node's source
 * maps where the program was loaded with them, else through the formatter
 * installed before the run (ts-node's, inside a test runner).
 */
export function mapPosition(file: string, line: number, column: number): SourceFrame {
    const unmapped = { file: toPath(file), line, column };
    return mapWithNode(file, line, column) ?? mapWithSavedFormatter(new PositionSite(file, line, column) as unknown as NodeJS.CallSite, unmapped);
}

const FRAME_POSITION = /\(?([^()\s]+):(\d+):(\d+)\)?$/;

/** Maps one call site with the formatter that was installed before the run (ts-node's), when Node has no source map for it. */
function mapWithSavedFormatter(site: NodeJS.CallSite, frame: SourceFrame): SourceFrame {
    if (!mapper) {
        return frame;
    }
    try {
        const text = String(mapper(new Error("frame"), [site]));
        const match = FRAME_POSITION.exec(text.split("\n").pop() ?? "");
        return match ? { file: toPath(match[1]), line: Number(match[2]), column: Number(match[3]) } : frame;
    } catch {
        return frame;
    }
}

function siteFrame(site: NodeJS.CallSite): SourceFrame | undefined {
    const file = site.getFileName() ?? site.getScriptNameOrSourceURL();
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    if (!file || file.startsWith("node:") || line === null || column === null) {
        return undefined;
    }
    return mapWithNode(file, line, column) ?? mapWithSavedFormatter(site, { file: toPath(file), line, column });
}

/** Parses frames out of an already formatted stack, for errors created outside a run. */
function parsedFrames(stack: string): SourceFrame[] {
    const frames: SourceFrame[] = [];
    for (const line of stack.split("\n").slice(1)) {
        const match = FRAME_POSITION.exec(line.trim());
        if (match && !match[1].startsWith("node:")) {
            frames.push({ file: toPath(match[1]), line: Number(match[2]), column: Number(match[3]) });
        }
    }
    return frames;
}

/**
 * The frames of an error that lie in the program itself (`isProgramFile`),
 * mapped to the program's own sources: no SDK frames, no Node internals.
 */
export function programFrames(error: unknown, isProgramFile: (file: string) => boolean): SourceFrame[] {
    if (typeof error !== "object" || error === null) {
        return [];
    }
    const sites = framesOf.get(error);
    let frames: SourceFrame[];
    if (sites) {
        frames = sites.map(siteFrame).filter((f): f is SourceFrame => f !== undefined);
    } else {
        const stack = (error as { stack?: unknown }).stack;
        frames = typeof stack === "string" ? parsedFrames(stack) : [];
    }
    return frames.filter((f) => isProgramFile(f.file));
}

/** The SDK reports where a resource was registered in generated JavaScript; maps it to the program's source, in place. */
export function mapSourceOf<T extends { source?: { uri: string; line: number; column: number } }>(resource: T): T {
    const source = resource.source;
    if (source && source.uri.startsWith("file://")) {
        const mapped = mapPosition(fileURLToPath(source.uri), source.line, source.column);
        resource.source = { uri: pathToFileURL(mapped.file).href, line: mapped.line, column: mapped.column };
    }
    return resource;
}

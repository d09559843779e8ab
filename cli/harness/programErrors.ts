import { inspect } from "util";
import type { SourceFrame } from "./stackTraces";

/** Thrown when the program under test fails; carries the program's own message and its own frames (source-mapped, no SDK frames). */
export class ProgramRunError extends Error {
    constructor(message: string, readonly cause?: unknown, readonly frames: SourceFrame[] = []) {
        super(message);
        this.name = "ProgramRunError";
    }
}

/** Thrown when a program does not finish within the allowed time. */
export class ProgramTimeoutError extends Error {
    constructor(readonly seconds: number) {
        super(`the program did not finish within ${seconds} s (--timeout ${seconds}); a promise that never settles, or a loop that never ends, keeps it running`);
        this.name = "ProgramTimeoutError";
    }
}

/** The message of anything a program can throw: an Error's own message, or a description of a thrown non-Error value. */
export function describeThrown(value: unknown): string {
    if (value instanceof Error || (typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string" && "stack" in value)) {
        const error = value as Error;
        return error.message || error.name || "an error without a message";
    }
    const shown = typeof value === "string" ? JSON.stringify(value) : inspect(value, { depth: 2, breakLength: Infinity });
    return `the program threw ${shown}, which is not an Error, so it carries no location; throw an Error instead`;
}

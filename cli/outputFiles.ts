import * as fs from "fs";
import * as path from "path";
import type { CheckArgs } from "./args";

/** Every file a check will write, with the flag that names it. */
function destinations(args: CheckArgs): { flag: string; file: string }[] {
    return [
        ...args.files.map(({ format, file }) => ({ flag: `--${format}=`, file })),
        ...(args.emitState ? [{ flag: "--emit-state ", file: args.emitState }] : []),
    ];
}

/**
 * Refuses, before anything runs, report files that could not be written once
 * the check is done: two flags naming the same file, a folder that does not
 * exist, or a path that is itself a folder. A program may run for minutes; it
 * should not run for nothing.
 */
export function checkDestinations(args: CheckArgs): void {
    const seen = new Map<string, string>();
    for (const { flag, file } of destinations(args)) {
        const resolved = path.resolve(file);
        const earlier = seen.get(resolved);
        if (earlier) {
            throw new Error(`${earlier}${file} and ${flag}${file} name the same file; give each report its own`);
        }
        seen.set(resolved, flag);
        const folder = path.dirname(resolved);
        if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
            throw new Error(`${flag}${file}: the folder ${folder} does not exist`);
        }
        if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) {
            throw new Error(`${flag}${file}: ${resolved} is a folder; name a file`);
        }
    }
}

/** Writes one report file; a failure names the flag and the file. */
export function writeReportFile(flag: string, file: string, text: string): void {
    try {
        fs.writeFileSync(file, text);
    } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new Error(`${flag}${file}: the report could not be written (${code ?? (err as Error).message})`);
    }
}

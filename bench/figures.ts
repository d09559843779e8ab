import * as fs from "fs";

/** One measured figure. */
export interface Figure {
    /** What was measured. */
    name: string;
    /** The value. */
    value: number;
    /** Its unit. */
    unit: string;
    /** How many samples or items it covers. */
    n: number;
}

/** Collects figures, printing each as one JSON line. */
export class Figures {
    readonly all: Figure[] = [];

    /** Records and prints a figure. */
    add(name: string, value: number, unit: string, n: number): number {
        const figure = { name, value: Math.round(value * 1000) / 1000, unit, n };
        this.all.push(figure);
        process.stdout.write(JSON.stringify(figure) + "\n");
        return figure.value;
    }

    /** Writes every figure to a JSON file. */
    write(file: string): void {
        fs.writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, figures: this.all }, null, 2) + "\n");
    }
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Peak resident memory of a process in MiB (Linux /proc), or NaN where unavailable. */
export function peakRssMiB(pid: number | undefined): number {
    if (!pid) {
        return NaN;
    }
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        return match ? Number(match[1]) / 1024 : NaN;
    } catch {
        return NaN;
    }
}

/** Milliseconds since `start` (from `process.hrtime.bigint()`). */
export function msSince(start: bigint): number {
    return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU time (user + system) a process has used so far, in ms, from Linux /proc; NaN where unavailable. */
export function processCpuMs(pid: number | undefined): number {
    if (!pid) {
        return NaN;
    }
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        // Fields 14 and 15 of stat(5) (utime, stime), counted after the command name; clock ticks of 10 ms on Linux.
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return NaN;
    }
}

import * as fs from "fs";

/** What one process of a command's tree used, read from Linux's /proc while it ran. */
export interface ProcessUsage {
    /** The process id. */
    pid: number;
    /** Its command line, shortened. */
    command: string;
    /** Peak resident memory (VmHWM) in MiB, as last read. */
    peakRssMiB: number;
    /** User plus system CPU seconds, as last read. */
    cpuSeconds: number;
}

const TICKS_PER_SECOND = 100;

function read(file: string): string | undefined {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return undefined;
    }
}

function childrenOf(pid: number): number[] {
    const out: number[] = [];
    for (const task of fs.readdirSync(`/proc/${pid}/task`, { withFileTypes: true })) {
        const text = read(`/proc/${pid}/task/${task.name}/children`);
        out.push(...(text ?? "").trim().split(/\s+/).filter(Boolean).map(Number));
    }
    return out;
}

/**
 * Watches a process and its descendants every `intervalMs` and keeps, for each,
 * the last peak RSS (a high-water mark, so the last reading before it exits is
 * at most one interval stale) and CPU time.
 */
export class ProcessTreeWatcher {
    private readonly usage = new Map<number, ProcessUsage>();
    private readonly timer: NodeJS.Timeout;

    constructor(private readonly root: number, intervalMs = 50) {
        this.timer = setInterval(() => this.sample(), intervalMs);
    }

    private sample(): void {
        const queue = [this.root];
        while (queue.length > 0) {
            const pid = queue.shift() as number;
            const status = read(`/proc/${pid}/status`);
            const stat = read(`/proc/${pid}/stat`);
            if (!status || !stat) {
                continue;
            }
            const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
            const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
            const cmdline = (read(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean).map((a) => a.split("/").slice(-2).join("/")).join(" ");
            this.usage.set(pid, {
                pid,
                command: cmdline.slice(0, 80) || this.usage.get(pid)?.command || String(pid),
                peakRssMiB: hwm ? Number(hwm[1]) / 1024 : this.usage.get(pid)?.peakRssMiB ?? NaN,
                cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
            });
            try {
                queue.push(...childrenOf(pid));
            } catch {
                // The process ended between reads.
            }
        }
    }

    /** Stops watching and returns what each process used. */
    stop(): ProcessUsage[] {
        clearInterval(this.timer);
        return [...this.usage.values()];
    }
}

import { parseDay } from "./audit/dates";
import type { PackProcesses } from "./check";
import type { StackFileInput } from "./check/inputs/stackFile";
import type { FailOn } from "./report/model";

export { USAGE } from "./usage";

/** The machine-readable report formats. */
export type ReportFormat = "json" | "sarif" | "junit" | "markdown";

/** Parsed `aws-guardrails check` arguments. */
export interface CheckArgs {
    /** The program folder (default "."). */
    programDir: string;
    /** A preview or stack export to check instead of a program. */
    stackFile?: StackFileInput;
    /** The report on stdout. */
    format: "text" | ReportFormat;
    /** Reports written to files (`--sarif=FILE`). */
    files: { format: ReportFormat; file: string }[];
    /** Policy pack folder, when not the bundled one. */
    packDir?: string;
    /** `--policy-pack-config` file. */
    packConfigFile?: string;
    /** `--pack-processes`: how many processes of the pack judge the stack (default auto). */
    packProcesses: PackProcesses;
    /** `--config KEY=VALUE` overrides. */
    config: string[];
    /** Stack name (default "dev"). */
    stack: string;
    /** The finding level that blocks (default mandatory). */
    failOn: FailOn;
    /** Exit 0 instead of 3 when the check could not see everything. */
    allowIncomplete: boolean;
    /** Seconds the program may run (default 300). */
    timeoutSeconds: number;
    /** Leave the resource tree out of the text report. */
    quiet: boolean;
    /** Judge dates as of this day (YYYY-MM-DD). */
    now?: string;
    /** Write what the program registered as a stack export. */
    emitState?: string;
    /** `--help` or `--version` instead of a check. */
    action?: "help" | "version";
}

/** Thrown for bad command-line usage; the message says what is wrong and what is allowed. */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UsageError";
    }
}

const FORMATS: ReportFormat[] = ["json", "sarif", "junit", "markdown"];
const FLAGS = [...FORMATS.map((f) => `--${f}`), "--preview-json", "--state", "--emit-state", "--now", "--quiet", "--fail-on", "--allow-incomplete",
    "--timeout", "--policy-pack", "--policy-pack-config", "--pack-processes", "--config", "--stack", "--help", "--version"];
const FAIL_ON: FailOn[] = ["mandatory", "advisory", "none"];
/** Flags that only make sense for a program (a stack file names its own stack and holds no config). */
const PROGRAM_ONLY = ["--config", "-c", "--stack", "-s", "--timeout", "--emit-state"];

function parseTimeout(value: string): number {
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0) || seconds > 86_400) {
        throw new UsageError(`--timeout "${value}" must be a number of seconds between 1 and 86400`);
    }
    return seconds;
}

function parsePackProcesses(value: string): PackProcesses {
    if (value === "auto" || value === "1" || value === "2") {
        return value === "auto" ? value : Number(value) as 1 | 2;
    }
    throw new UsageError(`--pack-processes "${value}" is not one of auto, 1, 2`);
}

function parseNow(value: string): string {
    if (!parseDay(value)) {
        throw new UsageError(`--now "${value}" must be a calendar date as YYYY-MM-DD, such as 2026-06-01`);
    }
    return value;
}

function addFormat(args: CheckArgs, format: ReportFormat, file: string | undefined): void {
    // `--json=-` is stdout, as "-" is stdin for --state and --preview-json.
    if (file === undefined || file === "-") {
        if (args.format !== "text" && args.format !== format) {
            throw new UsageError(`--${args.format} and --${format} cannot both print on stdout; write one to a file with --${format}=FILE`);
        }
        args.format = format;
    } else if (file === "") {
        throw new UsageError(`--${format}= needs a file name`);
    } else {
        args.files.push({ format, file });
    }
}

function setStackFile(args: CheckArgs, kind: StackFileInput["kind"], file: string): void {
    if (args.stackFile) {
        throw new UsageError(`only one of --preview-json and --state may be given; got --${args.stackFile.kind === "preview" ? "preview-json" : "state"} and --${kind === "preview" ? "preview-json" : "state"}`);
    }
    args.stackFile = { kind, file };
}

/** Parses the arguments after `check`. */
export function parseCheckArgs(argv: string[]): CheckArgs {
    const args: CheckArgs = { programDir: ".", format: "text", files: [], config: [], stack: "dev", failOn: "mandatory", allowIncomplete: false, timeoutSeconds: 300, quiet: false, packProcesses: "auto" };
    let programSeen = false;
    const given = new Set<string>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
        given.add(flag);
        const take = () => {
            if (inline !== undefined) {
                return inline;
            }
            const value = argv[i + 1];
            if (value === undefined || (value.startsWith("--") && value !== "-")) {
                throw new UsageError(`${flag} needs a value`);
            }
            i++;
            return value;
        };
        switch (flag) {
            case "--json": case "--sarif": case "--junit": case "--markdown":
                addFormat(args, flag.slice(2) as ReportFormat, inline);
                break;
            case "--preview-json": setStackFile(args, "preview", take()); break;
            case "--state": setStackFile(args, "state", take()); break;
            case "--emit-state": args.emitState = take(); break;
            case "--now": args.now = parseNow(take()); break;
            case "--quiet": case "-q": args.quiet = true; break;
            case "--fail-on": {
                const level = take();
                if (!FAIL_ON.includes(level as FailOn)) {
                    throw new UsageError(`--fail-on "${level}" is not one of ${FAIL_ON.join(", ")}`);
                }
                args.failOn = level as FailOn;
                break;
            }
            case "--allow-incomplete": args.allowIncomplete = true; break;
            case "--timeout": args.timeoutSeconds = parseTimeout(take()); break;
            case "--policy-pack": args.packDir = take(); break;
            case "--policy-pack-config": args.packConfigFile = take(); break;
            case "--pack-processes": args.packProcesses = parsePackProcesses(take()); break;
            case "--config": case "-c": {
                const pair = take();
                if (!/^[^=]+=/.test(pair)) {
                    throw new UsageError(`--config "${pair}" must be KEY=VALUE`);
                }
                args.config.push(pair);
                break;
            }
            case "--stack": case "-s":
                args.stack = take();
                if (!/^[A-Za-z0-9_.-]+$/.test(args.stack)) {
                    throw new UsageError(`--stack "${args.stack}" may contain only letters, digits, "-", "_" and "."`);
                }
                break;
            case "--help": case "-h": args.action = "help"; break;
            case "--version": case "-V": args.action = "version"; break;
            default:
                if (arg.startsWith("-")) {
                    throw new UsageError(`unknown option "${arg}"; allowed: ${FLAGS.join(", ")}`);
                }
                if (programSeen) {
                    throw new UsageError(`only one program directory may be given; got "${args.programDir}" and "${arg}"`);
                }
                args.programDir = arg;
                programSeen = true;
        }
    }
    if (args.stackFile) {
        const conflicting = [...(programSeen ? [`a program directory ("${args.programDir}")`] : []), ...PROGRAM_ONLY.filter((f) => given.has(f))];
        if (conflicting.length > 0) {
            throw new UsageError(`--${args.stackFile.kind === "preview" ? "preview-json" : "state"} checks a file, which names its own stack and holds its own config; it cannot be combined with ${conflicting.join(", ")}`);
        }
    }
    return args;
}

import type { FailOn } from "./report/model";

/** Parsed `aws-guardrails check` arguments. */
export interface CheckArgs {
    /** The program folder (default "."). */
    programDir: string;
    /** Output format. */
    format: "text" | "json" | "sarif";
    /** Policy pack folder, when not the bundled one. */
    packDir?: string;
    /** `--policy-pack-config` file. */
    packConfigFile?: string;
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

/** The usage text. */
export const USAGE = `usage: aws-guardrails check [program-dir] [--json | --sarif] [--quiet] [--fail-on mandatory|advisory|none]
                            [--allow-incomplete] [--timeout SECONDS] [--policy-pack DIR]
                            [--policy-pack-config FILE] [--config KEY=VALUE ...] [--stack NAME]
       aws-guardrails docs [--policy-pack DIR] [--out DIR] [--check]
       aws-guardrails audit --credential-report FILE [--authorization-details FILE] | --live  (audit --help)
       aws-guardrails --help | --version

check   runs a Pulumi TypeScript or JavaScript program (CommonJS or ES module) under
        mocks (no cloud, no credentials) and checks every resource with the policy
        pack over the CrossGuard protocol, as \`pulumi up --policy-pack\` would.
          --json, --sarif        print one machine-readable document on stdout
          --quiet                leave the resource tree out of the text report
          --fail-on LEVEL        block on mandatory findings (default), on any finding
                                 (advisory), or never (none)
          --allow-incomplete     exit 0 instead of 3 when something was not seen
          --timeout SECONDS      stop a program that runs longer (default 300)
          --config KEY=VALUE     set stack config, as \`pulumi config set\` does
        Exit codes: 0 passed, 1 blocked, 2 bad usage or a failed program,
        3 incomplete (nothing blocked, but something was not seen: a remote
        component or a data source without a faithful offline answer).
docs    regenerates docs/policies.md and docs/cis.md from the pack's own metadata;
        --check exits 1 instead when the files on disk are out of date.
audit   judges the IAM users and keys that already exist in an account, from the files AWS's
        CLI writes or live through the AWS SDK; \`aws-guardrails audit --help\` for details.`;

const FLAGS = ["--json", "--sarif", "--quiet", "--fail-on", "--allow-incomplete", "--timeout", "--policy-pack", "--policy-pack-config", "--config", "--stack", "--help", "--version"];
const FAIL_ON: FailOn[] = ["mandatory", "advisory", "none"];

function valueOf(argv: string[], i: number, flag: string): string {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) {
        throw new UsageError(`${flag} needs a value`);
    }
    return value;
}

function parseTimeout(value: string): number {
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0) || seconds > 86_400) {
        throw new UsageError(`--timeout "${value}" must be a number of seconds between 1 and 86400`);
    }
    return seconds;
}

/** Parses the arguments after `check`. */
export function parseCheckArgs(argv: string[]): CheckArgs {
    const args: CheckArgs = { programDir: ".", format: "text", config: [], stack: "dev", failOn: "mandatory", allowIncomplete: false, timeoutSeconds: 300, quiet: false };
    let programSeen = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
        const take = () => {
            if (inline !== undefined) {
                return inline;
            }
            const value = valueOf(argv, i, flag);
            i++;
            return value;
        };
        switch (flag) {
            case "--json":
            case "--sarif": {
                const format = flag.slice(2) as "json" | "sarif";
                if (args.format !== "text" && args.format !== format) {
                    throw new UsageError("--json and --sarif cannot be combined");
                }
                args.format = format;
                break;
            }
            case "--quiet":
            case "-q":
                args.quiet = true;
                break;
            case "--fail-on": {
                const level = take();
                if (!FAIL_ON.includes(level as FailOn)) {
                    throw new UsageError(`--fail-on "${level}" is not one of ${FAIL_ON.join(", ")}`);
                }
                args.failOn = level as FailOn;
                break;
            }
            case "--allow-incomplete":
                args.allowIncomplete = true;
                break;
            case "--timeout":
                args.timeoutSeconds = parseTimeout(take());
                break;
            case "--policy-pack":
                args.packDir = take();
                break;
            case "--policy-pack-config":
                args.packConfigFile = take();
                break;
            case "--config":
            case "-c": {
                const pair = take();
                if (!/^[^=]+=/.test(pair)) {
                    throw new UsageError(`--config "${pair}" must be KEY=VALUE`);
                }
                args.config.push(pair);
                break;
            }
            case "--stack":
            case "-s":
                args.stack = take();
                if (!/^[A-Za-z0-9_.-]+$/.test(args.stack)) {
                    throw new UsageError(`--stack "${args.stack}" may contain only letters, digits, "-", "_" and "."`);
                }
                break;
            case "--help":
            case "-h":
                args.action = "help";
                break;
            case "--version":
            case "-V":
                args.action = "version";
                break;
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
    return args;
}

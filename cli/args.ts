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
}

/** Thrown for bad command-line usage; the message says what is wrong and what is allowed. */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UsageError";
    }
}

/** The usage text. */
export const USAGE = `usage: aws-guardrails check [program-dir] [--json|--sarif] [--policy-pack DIR]
                            [--policy-pack-config FILE] [--config KEY=VALUE ...] [--stack NAME]
       aws-guardrails docs [--policy-pack DIR] [--out DIR] [--check]
       aws-guardrails audit --credential-report FILE [--authorization-details FILE] | --live  (audit --help)

check   runs a Pulumi TypeScript program under mocks (no cloud, no credentials) and
        checks every resource with the policy pack over the CrossGuard protocol.
        Exit codes: 0 clean, 1 a mandatory violation, 2 bad usage or a failed program.
docs    regenerates docs/policies.md and docs/cis.md from the pack's own metadata;
        --check exits 1 instead when the files on disk are out of date.
audit   judges the IAM users and keys that already exist in an account, from the files AWS's
        CLI writes or live through the AWS SDK; \`aws-guardrails audit --help\` for details.`;

function valueOf(argv: string[], i: number, flag: string): string {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) {
        throw new UsageError(`${flag} needs a value`);
    }
    return value;
}

/** Parses the arguments after `check`. */
export function parseCheckArgs(argv: string[]): CheckArgs {
    const args: CheckArgs = { programDir: ".", format: "text", config: [], stack: "dev" };
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
            default:
                if (arg.startsWith("-")) {
                    throw new UsageError(`unknown option "${arg}"; allowed: --json, --sarif, --policy-pack, --policy-pack-config, --config, --stack`);
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

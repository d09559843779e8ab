/**
 * The two ways an audit stops before judging anything: bad command-line usage,
 * and an input (a file, or what AWS returned) that is not what it should be.
 * Both become exit code 2 with one clear line; neither ever prints a stack.
 */

/** Bad `aws-guardrails audit` usage; the message says what is wrong and what is allowed. */
export class AuditUsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "AuditUsageError";
    }
}

/** An input that cannot be audited: the message names the source (a file, or the AWS call) and the problem. */
export class AuditInputError extends Error {
    constructor(
        /** The file or the AWS call the input came from. */
        readonly source: string,
        /** What is wrong with it. */
        readonly problem: string,
    ) {
        super(`${source}: ${problem}`);
        this.name = "AuditInputError";
    }
}

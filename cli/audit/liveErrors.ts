import { findAwsKeys } from "../../components/documents";
import { AuditInputError } from "./errors";

/**
 * Turns what the AWS SDK throws into one clear sentence: which call failed,
 * what it means and what to do. Never a stack, never the error object: only
 * its name and message, with anything that looks like an AWS key masked.
 */

/** The permissions `--live` needs. */
export const LIVE_PERMISSIONS = ["iam:GenerateCredentialReport", "iam:GetCredentialReport", "iam:GetAccountAuthorizationDetails"];

const ACCESS_DENIED = new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess"]);
const THROTTLED = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded", "SlowDown"]);
const BAD_CREDENTIALS = new Set([
    "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException",
    "InvalidAccessKeyId", "TokenRefreshRequired",
]);
const NETWORK_CODES = new Set(["ENOTFOUND", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH"]);

function field(error: unknown, key: string): string {
    if (typeof error !== "object" || error === null) {
        return "";
    }
    const value = (error as Record<string, unknown>)[key];
    return typeof value === "string" ? value : "";
}

function statusOf(error: unknown): number | undefined {
    if (typeof error !== "object" || error === null) {
        return undefined;
    }
    const metadata = (error as { $metadata?: unknown }).$metadata;
    const status = typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>).httpStatusCode : undefined;
    return typeof status === "number" ? status : undefined;
}

/** The error's message, cut to 300 characters, with AWS keys masked. */
export function safeMessage(error: unknown): string {
    let text = error instanceof Error ? error.message : field(error, "message") || String(error);
    text = text.replace(/\s+/g, " ").trim().slice(0, 300);
    for (const key of findAwsKeys(text).reverse()) {
        const length = key.kind === "access key id" ? 20 : 40;
        text = `${text.slice(0, key.index)}${key.masked}${text.slice(key.index + length)}`;
    }
    return text;
}

/** The AuditInputError for an SDK error thrown by `operation` (an IAM API name, or "credentials"). */
export function describeAwsError(error: unknown, operation: string): AuditInputError {
    const name = field(error, "name") || field(error, "Code") || (error instanceof Error ? error.name : "Error");
    const code = field(error, "code");
    const message = safeMessage(error);
    const source = `--live (${operation})`;
    if (ACCESS_DENIED.has(name) || (statusOf(error) === 403 && !BAD_CREDENTIALS.has(name))) {
        return new AuditInputError(source, `access denied (${message}); the audit needs ${LIVE_PERMISSIONS.join(", ")}`);
    }
    if (THROTTLED.has(name)) {
        return new AuditInputError(source, `IAM is throttling the requests (${name}), even after the SDK's retries; wait a minute and run the audit again`);
    }
    if (BAD_CREDENTIALS.has(name)) {
        return new AuditInputError(source, `AWS rejected the credentials (${name}: ${message}); refresh them (for SSO: aws sso login) or choose others with --profile`);
    }
    if (name === "CredentialsProviderError") {
        return new AuditInputError(source, `no AWS credentials were found (${message}); the default chain reads the environment, the shared config and credentials files, SSO, and container or instance metadata: set AWS_PROFILE or pass --profile, with a profile that ~/.aws/config or ~/.aws/credentials defines`);
    }
    if (/region is missing/i.test(message)) {
        return new AuditInputError(source, "no AWS region is configured; pass --region (IAM is global, so every region of your partition works, such as us-east-1)");
    }
    if (NETWORK_CODES.has(code) || name === "TimeoutError" || name === "RequestTimeout") {
        return new AuditInputError(source, `could not reach IAM (${name}${code ? ` ${code}` : ""}: ${message}); check the network or proxy`);
    }
    return new AuditInputError(source, `${name}: ${message}`);
}

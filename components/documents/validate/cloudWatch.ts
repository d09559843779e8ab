import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * CloudWatch's rules for the names and settings the components pass on: log
 * group retention, log group names and metric namespaces. Each validator
 * throws a {@link GuardrailInputError} that names the bad value and the rule.
 */

// @awsfact https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html — retentionInDays is one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653
/** Retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS: readonly number[] = Object.freeze([
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
]);

/** A retention period CloudWatch Logs accepts, or `fallback` when undefined. */
export function validateLogRetentionDays(where: string, value: unknown, fallback: number): number {
    const days = value ?? fallback;
    if (typeof days === "number" && LOG_RETENTION_DAYS.includes(days)) return days;
    throw new GuardrailInputError(`${where} ${describeValue(days)} is not allowed; CloudWatch Logs accepts ${LOG_RETENTION_DAYS.join(", ")}`);
}

// @awsfact https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html — log group names are 1 to 512 characters of a-z, A-Z, 0-9, _ - / . and #
const LOG_GROUP_NAME = /^[A-Za-z0-9_\-/.#]{1,512}$/;

/** A CloudWatch Logs group name. */
export function validateLogGroupName(where: string, value: unknown): string {
    if (typeof value === "string" && LOG_GROUP_NAME.test(value)) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not allowed; expected 1 to 512 letters, digits or _ - / . #`);
}

// @awsfact https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace — a namespace is at most 255 characters of 0-9A-Za-z . - _ / # : and space, with at least one non-whitespace character; AWS/ is reserved for AWS services
const METRIC_NAMESPACE = /^[A-Za-z0-9 .\-_/#:]{1,255}$/;

/** A custom CloudWatch metric namespace (never `AWS/...`). */
export function validateMetricNamespace(where: string, value: unknown): string {
    if (typeof value === "string" && METRIC_NAMESPACE.test(value) && value.trim().length > 0 && !value.startsWith("AWS/")) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not allowed; expected 1 to 255 letters, digits or . - _ / # : and not starting with "AWS/"`);
}

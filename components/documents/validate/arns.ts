import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * A customer or AWS managed policy ARN, `arn:<partition>:iam::<account>|aws:policy/<path><name>`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html — a managed policy ARN is arn:<partition>:iam::<account id or aws>:policy/<path><name>
 */
const POLICY_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]+$/;

/**
 * A managed policy ARN such as a permissions boundary. Only plain strings are
 * checked; an Output (known only at deployment) passes through unchecked.
 */
export function validatePolicyArn<T>(where: string, value: T): T {
    if (value === undefined || (typeof value === "object" && value !== null)) return value;
    if (typeof value === "string" && POLICY_ARN.test(value)) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not a managed policy ARN; expected like arn:aws:iam::111122223333:policy/service-boundary`);
}

// @awsfact https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html — a topic name is up to 256 letters, digits, hyphens and underscores (a FIFO topic's ends in .fifo); its ARN is arn:<partition>:sns:<region>:<account>:<name>
const SNS_TOPIC_ARN = /^arn:[a-z-]+:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_.-]{1,256}$/;

/**
 * An SNS topic ARN in `region` (an alarm can only notify a topic in its own
 * region). Only plain strings are checked; an Output passes through unchecked.
 */
export function validateSnsTopicArn<T>(where: string, value: T, region: string): T {
    if (typeof value !== "string" || SNS_TOPIC_ARN.exec(value)?.[1] === region) return value;
    throw new GuardrailInputError(`${where}: ${describeValue(value)} is not an SNS topic ARN in ${region}; an alarm can only notify a topic in its own region`);
}

/** The kinds of IAM principal an ARN pattern may name. */
export type PrincipalKind = "role" | "user";

const PRINCIPAL_ARN_PATTERN: Readonly<Record<PrincipalKind, RegExp>> = {
    role: /^arn:aws:iam::(?:\d{12}|\*):role\/[\w+=,.@\-/*]+$/,
    user: /^arn:aws:iam::(?:\d{12}|\*):user\/[\w+=,.@\-/*]+$/,
};
const PRINCIPAL_EXAMPLE: Readonly<Record<PrincipalKind, string>> = {
    role: "arn:aws:iam::*:role/PulumiDeployer",
    user: "arn:aws:iam::111122223333:user/breakglass",
};

/**
 * An IAM role or user ARN pattern, as `ArnLike`/`ArnNotLike aws:PrincipalArn`
 * takes it: the account may be `*`, the path and name may hold `*`.
 */
export function validatePrincipalArnPattern(where: string, value: string, kinds: readonly PrincipalKind[]): string {
    if (kinds.some((kind) => PRINCIPAL_ARN_PATTERN[kind].test(value))) return value;
    throw new GuardrailInputError(
        `${where} ${describeValue(value)} is not an IAM ${kinds.join(" or ")} ARN pattern; expected like ${kinds.map((kind) => PRINCIPAL_EXAMPLE[kind]).join(" or ")}`,
    );
}

// @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html — a role ARN is arn:aws:iam::<12-digit account>:role/<path><name>, the name at most 64 characters of [\w+=,.@-]
const ROLE_ARN = /^arn:aws:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** One exact IAM role ARN (no wildcards). */
export function validateRoleArn(where: string, value: string): string {
    if (ROLE_ARN.test(value)) return value;
    throw new GuardrailInputError(`${where} ${describeValue(value)} is not an IAM role ARN; expected like arn:aws:iam::111122223333:role/deployer`);
}

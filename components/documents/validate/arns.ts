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

import { GuardrailInputError } from "../errors";
import { describeValue } from "./describe";

/**
 * Validators for AWS identifiers used in condition values: VPC endpoint ids, VPC
 * ids and account ids. Each throws a {@link GuardrailInputError} that names the bad
 * value and the expected form. AWS resource ids are lowercase; uppercase hex is
 * refused because `StringNotEquals` compares case-sensitively and would never match.
 * @awsfact https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html — EC2 resource ids are a prefix (vpc-, vpce-) and 8 or 17 lowercase hexadecimal characters
 * @awsfact https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html — an AWS account id is a 12-digit number
 */

const VPC_ENDPOINT_ID = /^vpce-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const VPC_ID = /^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const ACCOUNT_ID = /^\d{12}$/;

/** True for `vpce-` followed by 8 or 17 lowercase hex digits. */
export function isVpcEndpointId(value: unknown): value is string {
    return typeof value === "string" && VPC_ENDPOINT_ID.test(value);
}

/** True for `vpc-` followed by 8 or 17 lowercase hex digits. */
export function isVpcId(value: unknown): value is string {
    return typeof value === "string" && VPC_ID.test(value);
}

/** True for exactly 12 decimal digits. */
export function isAccountId(value: unknown): value is string {
    return typeof value === "string" && ACCOUNT_ID.test(value);
}

/** Returns `value` if it is a VPC endpoint id; otherwise throws. */
export function validateVpcEndpointId(where: string, value: unknown): string {
    if (isVpcEndpointId(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${describeValue(value)} is not a valid VPC endpoint id; expected "vpce-" followed by 8 or 17 lowercase hex digits, like vpce-1a2b3c4d5e6f78901`,
    );
}

/** Returns `value` if it is a VPC id; otherwise throws. */
export function validateVpcId(where: string, value: unknown): string {
    if (isVpcId(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${describeValue(value)} is not a valid VPC id; expected "vpc-" followed by 8 or 17 lowercase hex digits, like vpc-0a1b2c3d4e5f67890`,
    );
}

/** Returns `value` if it is a 12-digit AWS account id; otherwise throws. */
export function validateAccountId(where: string, value: unknown): string {
    if (isAccountId(value)) return value;
    throw new GuardrailInputError(
        `${where}: ${describeValue(value)} is not a valid AWS account id; expected 12 digits, like 111122223333`,
    );
}

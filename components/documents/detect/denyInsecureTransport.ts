import type { PolicyStatement } from "../policyDocument";

/**
 * A resource-policy statement that denies every request made over plain HTTP
 * (`aws:SecureTransport` false). The principal is `*`, always with this condition.
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-securetransport — aws:SecureTransport is false for requests sent over plain HTTP
 */
export function denyInsecureTransport(sid: string, action: string | string[], resource: string | string[]): PolicyStatement {
    return {
        Sid: sid,
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: action,
        Resource: resource,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
}

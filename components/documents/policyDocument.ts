/**
 * The shape of an AWS IAM policy document, as plain JSON data.
 *
 * Every guardrail is first one of these: built by a pure function in this folder,
 * then attached by a component, checked by the policy pack, and proven by the IAM
 * simulator in the tests. Nothing here imports Pulumi.
 */

/** A condition block: operator → condition key → value or values. */
export type ConditionBlock = Record<string, Record<string, string | string[] | boolean>>;

/** A principal: `"*"`, or a map such as `{ Service: "cloudtrail.amazonaws.com" }`. */
export type Principal = "*" | Record<string, string | string[]>;

/** One statement of an IAM policy document. */
export interface PolicyStatement {
    /** Optional statement id; letters and digits only. */
    Sid?: string;
    /** Whether the statement allows or denies. */
    Effect: "Allow" | "Deny";
    /** The actions the statement covers. Exactly one of Action and NotAction. */
    Action?: string | string[];
    /** The actions the statement does not cover. */
    NotAction?: string | string[];
    /** The resources the statement covers. Exactly one of Resource and NotResource. */
    Resource?: string | string[];
    /** The resources the statement does not cover. */
    NotResource?: string | string[];
    /** For resource and trust policies: who the statement applies to. */
    Principal?: Principal;
    /** For resource and trust policies: who the statement does not apply to. */
    NotPrincipal?: Principal;
    /** Conditions that must all hold for the statement to apply. */
    Condition?: ConditionBlock;
}

/** An IAM policy document, version 2012-10-17. */
export interface PolicyDocument {
    /** Always "2012-10-17", the version that supports policy variables. */
    Version: "2012-10-17";
    /** The statements, evaluated together. */
    Statement: PolicyStatement[];
}

// @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html — the current policy language version is 2012-10-17; without Version, IAM assumes 2008-10-17, where policy variables are not supported
/** The policy version every builder emits. */
export const POLICY_VERSION = "2012-10-17" as const;

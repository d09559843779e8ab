import type * as pulumi from "@pulumi/pulumi";
import { GuardrailInputError } from "../documents/errors";
import { POLICY_VERSION, type PolicyDocument, type PolicyStatement } from "../documents/policyDocument";
import { describeValue } from "../documents/validate/describe";
import { stringList } from "../documents/validate/list";
import { validateRoleArn } from "../documents/validate/arns";
import { nearestName } from "../documents/validate/nearest";
import { validateFlag } from "../documents/validate/scalars";
import { buildFromInputs, refuseOutput } from "../common/inputs";

/**
 * AWS services a {@link ScopedServiceRole} may trust, by the first part of their
 * service principal (`lambda` → `lambda.amazonaws.com`). Chosen from the
 * principals AWS documents for roles that run workloads or pipelines.
 * @awsfact https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services — AWS service principals are <service>.amazonaws.com (lambda.amazonaws.com, ecs-tasks.amazonaws.com, ...), named in a role's trust policy
 */
export const TRUSTABLE_SERVICES: readonly string[] = Object.freeze([
    "apigateway", "appsync", "backup", "batch", "bedrock", "cloudformation", "codebuild", "codedeploy",
    "codepipeline", "datasync", "ec2", "ecs", "ecs-tasks", "edgelambda", "eks", "elasticmapreduce",
    "events", "firehose", "glue", "lambda", "pods.eks", "rds", "redshift", "sagemaker", "scheduler",
    "ssm", "states", "transfer", "vpc-flow-logs",
]);

/**
 * Who may assume a ScopedServiceRole: AWS services (`services`), or IAM roles
 * (`roleArns`, with an optional external id and MFA). Exactly one of
 * `services` and `roleArns`.
 */
export interface RoleTrust {
    /** AWS services, short (`ec2`, `lambda`, `ecs-tasks`) or full (`ec2.amazonaws.com`), from TRUSTABLE_SERVICES. */
    services?: string[];
    /** Role ARNs, like `arn:aws:iam::111122223333:role/deployer`; each may be a role's arn output; wildcards are refused. */
    roleArns?: pulumi.Input<string>[];
    /** With roleArns: require this `sts:ExternalId` (2 to 1,224 characters), for third parties; may be a secret. Default none. */
    externalId?: pulumi.Input<string>;
    /** With roleArns: require `aws:MultiFactorAuthPresent` on the caller's session. Default false. */
    requireMfa?: boolean;
}

/** Trust AWS services, such as `["lambda"]` or `["ecs-tasks"]`. */
export interface ServiceTrust extends RoleTrust {
    /** Service names from {@link TRUSTABLE_SERVICES}, short (`ec2`) or full (`ec2.amazonaws.com`). */
    services: string[];
}

/** Trust IAM roles, such as a deployer role in another account. */
export interface RoleArnTrust extends RoleTrust {
    /** Role ARNs, like `arn:aws:iam::111122223333:role/deployer`; wildcards are refused. */
    roleArns: pulumi.Input<string>[];
}

const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const SUFFIX = ".amazonaws.com";

function wildcardError(where: string, field: string, value: string, example: string): GuardrailInputError {
    return new GuardrailInputError(
        `${where}: ${field} ${JSON.stringify(value)} is a wildcard principal, which would let anyone matching it assume the role; name ${example}`,
    );
}

function servicePrincipals(where: string, value: unknown): string[] {
    const services = stringList(where, "trust.services", value);
    if (services.length === 0) {
        throw new GuardrailInputError(`${where}: trust.services is empty; name the AWS services that assume the role, like "lambda"`);
    }
    return services.map((service) => {
        if (service.includes("*")) throw wildcardError(where, "trust.services entry", service, 'the AWS services, like "lambda"');
        const short = service.endsWith(SUFFIX) ? service.slice(0, -SUFFIX.length) : service;
        if (!TRUSTABLE_SERVICES.includes(short)) {
            const nearest = nearestName(short, TRUSTABLE_SERVICES, 3);
            const hint = nearest ? ` did you mean "${nearest}"?` : "";
            throw new GuardrailInputError(
                `${where}: trust.services entry ${describeValue(service)} is not a known AWS service principal;${hint} known: ${TRUSTABLE_SERVICES.join(", ")}`,
            );
        }
        return `${short}${SUFFIX}`;
    });
}

function roleStatement(where: string, trust: { roleArns?: string[]; externalId?: string; requireMfa?: boolean }): PolicyStatement {
    const roleArns = stringList(where, "trust.roleArns", trust.roleArns);
    if (roleArns.length === 0) {
        throw new GuardrailInputError(`${where}: trust.roleArns is empty; name the roles that assume the role, like arn:aws:iam::111122223333:role/deployer`);
    }
    for (const arn of roleArns) {
        if (arn.includes("*")) throw wildcardError(where, "trust.roleArns entry", arn, "the role ARNs, like arn:aws:iam::111122223333:role/deployer");
        validateRoleArn(`${where}: trust.roleArns entry`, arn);
    }
    const condition: NonNullable<PolicyStatement["Condition"]> = {};
    if (trust.externalId !== undefined) {
        if (typeof trust.externalId !== "string" || !EXTERNAL_ID.test(trust.externalId)) {
            throw new GuardrailInputError(
                `${where}: trust.externalId ${describeValue(trust.externalId)} is not allowed; expected 2 to 1,224 letters, digits and _+=,.@:/-`,
            );
        }
        condition.StringEquals = { "sts:ExternalId": trust.externalId };
    }
    if (validateFlag(`${where}: trust.requireMfa`, trust.requireMfa, false)) condition.Bool = { "aws:MultiFactorAuthPresent": "true" };
    return {
        Sid: "TrustNamedRoles",
        Effect: "Allow",
        Principal: { AWS: roleArns },
        Action: "sts:AssumeRole",
        ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
    };
}

/** The stand-ins for trust values known only at deployment: a valid role ARN and external id. */
const TRUST_PLACEHOLDERS: Record<string, string> = { roleArns: "arn:aws:iam::000000000000:role/known-at-deployment", externalId: "known-at-deployment" };

/**
 * The trust policy (assume-role policy) of a ScopedServiceRole. Exactly one
 * of `services` and `roleArns` must be given. A wildcard principal (`*`, or
 * `*` inside a name or ARN) is refused: it would let anyone assume the role.
 * Role ARNs and the external id may be outputs: known values are checked at
 * once, the others when they resolve. Errors start with `where`.
 */
export function roleTrustPolicy(where: string, trust: RoleTrust): pulumi.Output<PolicyDocument> {
    if (typeof trust !== "object" || trust === null) {
        throw new GuardrailInputError(`${where}: trust must be { services: [...] } or { roleArns: [...] }; got ${describeValue(trust)}`);
    }
    const hasServices = trust.services !== undefined;
    const hasRoles = trust.roleArns !== undefined;
    if (hasServices === hasRoles) {
        throw new GuardrailInputError(`${where}: trust must give exactly one of services (like ["lambda"]) and roleArns`);
    }
    const { services, roleArns, externalId, requireMfa } = trust;
    if (hasServices && (externalId !== undefined || requireMfa !== undefined)) {
        throw new GuardrailInputError(`${where}: trust.externalId and trust.requireMfa apply to roleArns only; AWS services present neither`);
    }
    const placeholder = (path: string) => TRUST_PLACEHOLDERS[path] ?? refuseOutput(where, `trust.${path}`);
    return buildFromInputs({ roleArns, externalId }, placeholder, (known): PolicyDocument => {
        const statement: PolicyStatement = hasServices
            ? { Sid: "TrustAwsServices", Effect: "Allow", Principal: { Service: servicePrincipals(where, services) }, Action: "sts:AssumeRole" }
            : roleStatement(where, { roleArns: known.roleArns, externalId: known.externalId, requireMfa });
        return { Version: POLICY_VERSION, Statement: [statement] };
    });
}

import type { Simulation } from "@cloud-copilot/iam-simulate";
import { verdictOf, type Verdict } from "../simulator/harness";
import type { PolicyDocument } from "../../../components/documents";

/**
 * Runs one request against a resource policy (a bucket, topic or key policy,
 * or a role's trust policy) in `@cloud-copilot/iam-simulate`. The shared helper
 * in test/documents/simulator only models identity policies and SCPs; service
 * principals such as `cloudtrail.amazonaws.com` are allowed by the resource
 * policy alone, as in AWS.
 *
 * As there, context keys are not derived from the request: pass
 * `aws:SourceArn`, `aws:SourceAccount`, `aws:SecureTransport` and so on exactly
 * as AWS would send them.
 */

/** The simulator's verdict. */
export type { Verdict };

/** One request against a resource policy. */
export interface ResourceRequest {
    /** The caller: a service principal (`cloudtrail.amazonaws.com`) or a principal ARN. */
    principal: string;
    /** The action, such as `s3:PutObject`. */
    action: string;
    /** The resource ARN. */
    resource: string;
    /** The account that owns the resource. */
    resourceAccount: string;
    /** The request context. */
    context: Record<string, string>;
    /** The resource policy under test. */
    resourcePolicy: PolicyDocument;
    /** Identity policies of the caller, for principal ARNs. Default none. */
    identityPolicies?: PolicyDocument[];
}

/** Runs the request; throws if the simulator rejects the input. */
export async function simulateResource(request: ResourceRequest): Promise<Verdict> {
    const simulation: Simulation = {
        request: {
            principal: request.principal,
            action: request.action,
            resource: { resource: request.resource, accountId: request.resourceAccount },
            contextVariables: request.context,
        },
        identityPolicies: (request.identityPolicies ?? []).map((policy, index) => ({ name: `identity${index + 1}`, policy })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: request.resourcePolicy,
    };
    return verdictOf(simulation, request);
}

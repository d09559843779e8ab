import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import type { PolicyDocument } from "../../../components/documents";

/**
 * A thin, typed wrapper over `@cloud-copilot/iam-simulate` (AGPL; tests only).
 *
 * Facts this relies on (checked against iam-simulate 0.1.x):
 * - context keys are NOT filled in from the request: `aws:PrincipalArn`,
 *   `aws:username`, `aws:RequestedRegion`, `aws:ViaAWSService` and so on must be
 *   passed explicitly, exactly as AWS would send them;
 * - a missing key makes negated operators (`NotIpAddress`, `StringNotEquals`) and
 *   `...IfExists` operators true, and plain operators false, as in AWS;
 * - SCPs need an explicit Allow (FullAWSAccess) at each level, as in AWS;
 * - the resource ARN must fit one of the action's resource types ("*" for
 *   actions with none), or the simulation returns an error instead of a result.
 */

/** What a case expects: the request goes through, or it does not. */
export type Expected = "allowed" | "denied";

/** The simulator's verdict, kept precise so tests can tell explicit from implicit denials. */
export type Verdict = "Allowed" | "ExplicitlyDenied" | "ImplicitlyDenied";

/** One request to simulate. */
export interface SimulationRequest {
    /** The calling principal's ARN. */
    principal: string;
    /** The IAM action, such as `ec2:RunInstances`. */
    action: string;
    /** The resource ARN, or `*` for actions without resource types. */
    resource: string;
    /** The request context, key by key. */
    context: Record<string, string>;
    /** Identity policies attached to the principal. */
    identityPolicies: PolicyDocument[];
    /** SCPs at the account level; FullAWSAccess is added in front of them when present. */
    serviceControlPolicies?: PolicyDocument[];
}

/** The account every case runs in. */
export const ACCOUNT_ID = "111122223333";

/** AWS's default SCP, which SCP-mode simulations attach next to the guardrails. */
export const FULL_AWS_ACCESS: PolicyDocument = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
};

/** Runs one request through the simulator; throws if the simulator rejects the input. */
export async function simulate(request: SimulationRequest): Promise<Verdict> {
    const simulation: Simulation = {
        request: {
            principal: request.principal,
            action: request.action,
            resource: { resource: request.resource, accountId: ACCOUNT_ID },
            contextVariables: request.context,
        },
        identityPolicies: request.identityPolicies.map((policy, index) => ({ name: `identity${index + 1}`, policy })),
        serviceControlPolicies: request.serviceControlPolicies
            ? [
                  {
                      orgIdentifier: ACCOUNT_ID,
                      policies: [FULL_AWS_ACCESS, ...request.serviceControlPolicies].map((policy, index) => ({
                          name: `scp${index + 1}`,
                          policy,
                      })),
                  },
              ]
            : [],
        resourceControlPolicies: [],
    };
    return verdictOf(simulation, request);
}

/** Runs a simulation and returns its verdict; a simulator error (such as a resource the action cannot take) fails loudly. */
export async function verdictOf(simulation: Simulation, request: { action: string; resource: string }): Promise<Verdict> {
    const result = await runSimulation(simulation, {});
    if (result.resultType === "error") {
        throw new Error(`simulator rejected ${request.action} on ${request.resource}: ${JSON.stringify(result.errors)}`);
    }
    const verdict: string = result.overallResult;
    if (verdict !== "Allowed" && verdict !== "ExplicitlyDenied" && verdict !== "ImplicitlyDenied") {
        throw new Error(`unexpected simulator verdict ${verdict}`);
    }
    return verdict;
}

import type * as pulumi from "@pulumi/pulumi";
import { ACCOUNT_ANSWERS } from "./dataSources/accountAnswers";
import type { Answerer } from "./dataSources/answers";
import { IAM_ANSWERS } from "./dataSources/iamAnswers";
import { NETWORK_ANSWERS } from "./dataSources/networkAnswers";
import { STORED_VALUE_ANSWERS } from "./dataSources/secretAnswers";
import { typedResult } from "./dataSources/typedShape";
import { DEFAULT_MOCK_REGION, computedOutputs, mockArn, mockId, nameProperty, physicalName } from "./mockAccount";
import { remoteComponentOutputs } from "./remoteComponents";

type MockResourceArgs = pulumi.runtime.MockResourceArgs;
type MockCallArgs = pulumi.runtime.MockCallArgs;
type MockResourceResult = pulumi.runtime.MockResourceResult;

/** The token the check records for stack references, whose outputs live in another stack's state. */
export const STACK_REFERENCE_TYPE = "pulumi:pulumi:StackReference";

const ANSWERS: Record<string, Answerer> = { ...ACCOUNT_ANSWERS, ...NETWORK_ANSWERS, ...STORED_VALUE_ANSWERS, ...IAM_ANSWERS };

/** Parses a provider reference (`<provider URN>::<id>`) into the provider URN. */
export function providerUrnOf(reference: string | undefined): string | undefined {
    if (!reference) {
        return undefined;
    }
    const cut = reference.lastIndexOf("::");
    return cut > 0 ? reference.slice(0, cut) : reference;
}

/**
 * Pulumi mocks that answer like a real AWS account: resources get realistic ids,
 * ARNs and computed outputs in the region of their provider; data sources are
 * answered exactly where they are pure functions (`iam.getPolicyDocument`) and
 * plausibly where a fresh account has an obvious answer. Everything else gets a
 * typed empty answer and is recorded, so the check can say what it did not see.
 */
export class AwsMocks implements pulumi.runtime.Mocks {
    /** Region of each explicit provider seen so far, by provider URN. */
    private readonly providerRegions = new Map<string, string>();
    /** Data sources (and stack references) with no faithful answer, with how often each was called. */
    readonly unansweredCalls = new Map<string, number>();

    /**
     * @param defaultRegion the region of the default provider (stack config `aws:region`).
     * @param searchPaths where provider SDKs are looked up for typed empty answers (the program's folder first).
     */
    constructor(private readonly defaultRegion: string = DEFAULT_MOCK_REGION, private readonly searchPaths: string[] = [process.cwd(), __dirname]) {}

    /** Remembers an explicit provider's region; the monitor calls this once the provider's URN is known. */
    rememberProvider(urn: string, inputs: Record<string, unknown>): void {
        const region = inputs.region;
        this.providerRegions.set(urn, typeof region === "string" && region ? region : this.defaultRegion);
    }

    /** The region a provider reference resolves to. */
    regionOf(providerReference: string | undefined): string {
        const urn = providerUrnOf(providerReference);
        return (urn && this.providerRegions.get(urn)) || this.defaultRegion;
    }

    private unanswered(token: string): void {
        this.unansweredCalls.set(token, (this.unansweredCalls.get(token) ?? 0) + 1);
    }

    /** Answers a resource registration with the state the AWS provider would return. */
    newResource(args: MockResourceArgs): MockResourceResult {
        const inputs: Record<string, unknown> = isRecord(args.inputs) ? args.inputs : {};
        if (args.type.startsWith("pulumi:providers:")) {
            return { id: `${args.name}-provider-id`, state: inputs };
        }
        if (args.type === STACK_REFERENCE_TYPE) {
            // Another stack's outputs cannot be known offline: the reference answers with none (so
            // `getOutput` gives undefined and `requireOutput` fails with the SDK's own message), and is recorded.
            this.unanswered(STACK_REFERENCE_TYPE);
            return { id: args.name, state: { name: inputs.name ?? args.name, outputs: {}, secretOutputNames: [] } };
        }
        if (args.custom === false) {
            return { id: undefined, state: remoteComponentOutputs(args.type, args.name, this.defaultRegion, this.searchPaths) };
        }
        const region = this.regionOf(args.provider);
        const name = physicalName(args.type, args.name, inputs);
        const arn = mockArn(args.type, name, inputs, region);
        let id = args.id || mockId(args.type, args.name, inputs);
        if (args.type === "aws:sns/topic:Topic" && arn) {
            id = arn;
        }
        const computed = computedOutputs(args.type, args.name, id, region, inputs);
        const state: Record<string, unknown> = { ...inputs, name, [nameProperty(args.type)]: name, ...computed };
        if (arn) {
            state.arn = arn;
        }
        if (typeof computed.id === "string") {
            id = computed.id;
            delete state.id;
        }
        return { id, state };
    }

    /** Answers data-source invocations. */
    call(args: MockCallArgs): Record<string, unknown> {
        const inputs: Record<string, unknown> = isRecord(args.inputs) ? args.inputs : {};
        const answer = ANSWERS[args.token]?.({ inputs, region: this.regionOf(args.provider) });
        if (!answer || answer.faithful === false) {
            this.unanswered(args.token);
        }
        return { ...(typedResult(args.token, this.searchPaths) ?? {}), ...(answer?.values ?? {}) };
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

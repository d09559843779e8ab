import type * as pulumi from "@pulumi/pulumi";
import {
    DEFAULT_MOCK_REGION, MOCK_ACCOUNT_ID, MOCK_ENABLED_REGIONS, MOCK_OPT_IN_REGIONS, MOCK_PARTITION,
    computedOutputs, mockArn, mockId, nameProperty, physicalName,
} from "./mockAccount";

type MockResourceArgs = pulumi.runtime.MockResourceArgs;
type MockCallArgs = pulumi.runtime.MockCallArgs;
type MockResourceResult = pulumi.runtime.MockResourceResult;

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
 * ARNs and computed outputs in the region of their provider, and the data sources
 * the guardrails use answer with plausible values.
 */
export class AwsMocks implements pulumi.runtime.Mocks {
    /** Region of each explicit provider seen so far, by provider URN. */
    private readonly providerRegions = new Map<string, string>();
    /** Data-source tokens that had no specific answer, for the report. */
    readonly unansweredCalls = new Set<string>();

    /** @param defaultRegion the region of the default provider (stack config `aws:region`). */
    constructor(private readonly defaultRegion: string = DEFAULT_MOCK_REGION) {}

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

    /** Answers a resource registration with the state the AWS provider would return. */
    newResource(args: MockResourceArgs): MockResourceResult {
        const inputs: Record<string, unknown> = isRecord(args.inputs) ? args.inputs : {};
        if (args.type.startsWith("pulumi:providers:")) {
            return { id: `${args.name}-provider-id`, state: inputs };
        }
        if (args.custom === false) {
            return { id: undefined, state: {} };
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
        const region = this.regionOf(args.provider);
        const inputs: Record<string, unknown> = isRecord(args.inputs) ? args.inputs : {};
        switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity":
                return {
                    accountId: MOCK_ACCOUNT_ID,
                    arn: `arn:${MOCK_PARTITION}:iam::${MOCK_ACCOUNT_ID}:user/guardrails-check`,
                    userId: "AIDAMOCKGUARDRAILSCHECK",
                    id: MOCK_ACCOUNT_ID,
                };
            case "aws:index/getRegion:getRegion":
                return {
                    name: region,
                    region,
                    id: region,
                    description: region,
                    endpoint: `ec2.${region}.amazonaws.com`,
                };
            case "aws:index/getPartition:getPartition":
                return { partition: MOCK_PARTITION, dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws", id: MOCK_PARTITION };
            case "aws:index/getRegions:getRegions": {
                const names = inputs.allRegions === true
                    ? [...MOCK_ENABLED_REGIONS, ...MOCK_OPT_IN_REGIONS].sort()
                    : [...MOCK_ENABLED_REGIONS];
                return { names, id: "aws", allRegions: inputs.allRegions === true };
            }
            case "aws:index/getAvailabilityZones:getAvailabilityZones": {
                const letters = ["a", "b", "c"];
                return {
                    names: letters.map((l) => `${region}${l}`),
                    zoneIds: letters.map((_, i) => `${region.replace(/-/g, "").slice(0, 4)}-az${i + 1}`),
                    groupNames: [region],
                    id: region,
                };
            }
            case "aws:organizations/getOrganization:getOrganization":
                return {
                    id: "o-exampleorgid",
                    arn: `arn:${MOCK_PARTITION}:organizations::${MOCK_ACCOUNT_ID}:organization/o-exampleorgid`,
                    masterAccountId: MOCK_ACCOUNT_ID,
                    roots: [{ id: "r-examplerootid111", name: "Root", arn: `arn:${MOCK_PARTITION}:organizations::${MOCK_ACCOUNT_ID}:root/o-exampleorgid/r-examplerootid111`, policyTypes: [] }],
                };
            default:
                this.unansweredCalls.add(args.token);
                return {};
        }
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

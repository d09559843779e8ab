import { MOCK_ACCOUNT_ID, MOCK_ENABLED_REGIONS, MOCK_OPT_IN_REGIONS, MOCK_PARTITION } from "../mockAccount";
import type { Answerer } from "./answers";
import { text } from "./answers";

/**
 * Elastic Load Balancing account ids per region, for access-log bucket policies
 * (regions opened since ap-southeast-3 use a service principal instead):
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html#attach-bucket-policy
 */
const ELB_ACCOUNTS: Record<string, string> = {
    "us-east-1": "127311923021", "us-east-2": "033677994240", "us-west-1": "027434742980", "us-west-2": "797873946194",
    "af-south-1": "098369216593", "ap-east-1": "754344448648", "ap-south-1": "718504428378",
    "ap-northeast-3": "383597477331", "ap-northeast-2": "600734575887", "ap-southeast-1": "114774131450", "ap-southeast-2": "783225319266",
    "ap-northeast-1": "582318560864", "ca-central-1": "985666609251", "eu-central-1": "054676820928", "eu-west-1": "156460612806",
    "eu-west-2": "652711504416", "eu-south-1": "635631232127", "eu-west-3": "009996457667", "eu-north-1": "897822967062",
    "me-south-1": "076674570225", "sa-east-1": "507241528517",
};

/** The data sources about the account, its regions and zones, as the mock account answers them. */
export const ACCOUNT_ANSWERS: Record<string, Answerer> = {
    "aws:index/getCallerIdentity:getCallerIdentity": () => ({
        values: { accountId: MOCK_ACCOUNT_ID, arn: `arn:${MOCK_PARTITION}:iam::${MOCK_ACCOUNT_ID}:user/guardrails-check`, userId: "AIDAMOCKGUARDRAILSCHECK", id: MOCK_ACCOUNT_ID },
    }),
    "aws:index/getRegion:getRegion": ({ region }) => ({
        values: { name: region, region, id: region, description: region, endpoint: `ec2.${region}.amazonaws.com` },
    }),
    "aws:index/getPartition:getPartition": () => ({
        values: { partition: MOCK_PARTITION, dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws", id: MOCK_PARTITION },
    }),
    "aws:index/getRegions:getRegions": ({ inputs }) => {
        const names = inputs.allRegions === true ? [...MOCK_ENABLED_REGIONS, ...MOCK_OPT_IN_REGIONS].sort() : [...MOCK_ENABLED_REGIONS];
        return { values: { names, id: MOCK_PARTITION, allRegions: inputs.allRegions === true } };
    },
    "aws:index/getAvailabilityZones:getAvailabilityZones": ({ region }) => {
        const letters = ["a", "b", "c"];
        return {
            values: {
                names: letters.map((l) => `${region}${l}`),
                zoneIds: letters.map((_, i) => `${region.replace(/-/g, "").slice(0, 4)}-az${i + 1}`),
                groupNames: [region], id: region, region,
            },
        };
    },
    "aws:organizations/getOrganization:getOrganization": () => ({
        values: {
            id: "o-exampleorgid",
            arn: `arn:${MOCK_PARTITION}:organizations::${MOCK_ACCOUNT_ID}:organization/o-exampleorgid`,
            masterAccountId: MOCK_ACCOUNT_ID,
            masterAccountArn: `arn:${MOCK_PARTITION}:organizations::${MOCK_ACCOUNT_ID}:account/o-exampleorgid/${MOCK_ACCOUNT_ID}`,
            featureSet: "ALL",
            accounts: [{ id: MOCK_ACCOUNT_ID, name: "guardrails-check", email: "aws@example.com", status: "ACTIVE", arn: `arn:${MOCK_PARTITION}:organizations::${MOCK_ACCOUNT_ID}:account/o-exampleorgid/${MOCK_ACCOUNT_ID}` }],
            roots: [{ id: "r-examplerootid111", name: "Root", arn: `arn:${MOCK_PARTITION}:organizations::${MOCK_ACCOUNT_ID}:root/o-exampleorgid/r-examplerootid111`, policyTypes: [] }],
        },
    }),
    "aws:elb/getServiceAccount:getServiceAccount": ({ inputs, region }) => {
        const target = text(inputs, "region", region);
        const account = ELB_ACCOUNTS[target];
        // Newer regions have no such account: the provider refuses them, so this is only a stand-in.
        return account
            ? { values: { id: account, arn: `arn:${MOCK_PARTITION}:iam::${account}:root`, region: target } }
            : { values: { id: "", arn: "", region: target }, faithful: false };
    },
};

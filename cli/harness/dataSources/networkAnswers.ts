import { hex, MOCK_ACCOUNT_ID, MOCK_PARTITION } from "../mockAccount";
import { filterValues, text, type Answerer } from "./answers";

/** The mock account's default VPC id in a region, and the ids of its subnets (one per zone). */
function defaultVpc(region: string): { vpcId: string; subnets: { id: string; zone: string; cidr: string }[] } {
    return {
        vpcId: `vpc-${hex(`vpc-${region}`, 17)}`,
        subnets: ["a", "b", "c"].map((zone, i) => ({ id: `subnet-${hex(`subnet-${region}${zone}`, 17)}`, zone: `${region}${zone}`, cidr: `172.31.${i * 16}.0/20` })),
    };
}

/** The data sources about networks and images, answered from the mock account's default VPC in the provider's region. */
export const NETWORK_ANSWERS: Record<string, Answerer> = {
    "aws:ec2/getVpc:getVpc": ({ inputs, region }) => {
        const vpcId = text(inputs, "id", defaultVpc(region).vpcId);
        return {
            values: {
                id: vpcId, arn: `arn:${MOCK_PARTITION}:ec2:${region}:${MOCK_ACCOUNT_ID}:vpc/${vpcId}`, cidrBlock: "172.31.0.0/16",
                default: inputs.default === true || !inputs.id, enableDnsHostnames: true, enableDnsSupport: true, instanceTenancy: "default",
                dhcpOptionsId: `dopt-${hex(vpcId, 17)}`, mainRouteTableId: `rtb-${hex(vpcId, 17)}`, ownerId: MOCK_ACCOUNT_ID, region, state: "available",
                cidrBlockAssociations: [{ associationId: `vpc-cidr-assoc-${hex(vpcId, 17)}`, cidrBlock: "172.31.0.0/16", state: "associated" }],
            },
        };
    },
    "aws:ec2/getSubnets:getSubnets": ({ region }) => ({
        values: { id: region, ids: defaultVpc(region).subnets.map((s) => s.id), region },
    }),
    "aws:ec2/getSubnet:getSubnet": ({ inputs, region }) => {
        const vpc = defaultVpc(region);
        const subnet = vpc.subnets.find((s) => s.id === inputs.id || s.zone === inputs.availabilityZone) ?? vpc.subnets[0];
        return {
            values: {
                id: text(inputs, "id", subnet.id), arn: `arn:${MOCK_PARTITION}:ec2:${region}:${MOCK_ACCOUNT_ID}:subnet/${subnet.id}`,
                availabilityZone: subnet.zone, availabilityZoneId: `${region.replace(/-/g, "").slice(0, 4)}-az1`, cidrBlock: subnet.cidr,
                availableIpAddressCount: 4091, defaultForAz: true, mapPublicIpOnLaunch: true, ownerId: MOCK_ACCOUNT_ID, region, state: "available",
                vpcId: text(inputs, "vpcId", vpc.vpcId),
            },
        };
    },
    "aws:ec2/getSecurityGroup:getSecurityGroup": ({ inputs, region }) => {
        const name = text(inputs, "name", filterValues(inputs, "group-name")[0] ?? "default");
        const id = text(inputs, "id", `sg-${hex(`${region}-${name}`, 17)}`);
        return {
            values: {
                id, name, description: name === "default" ? "default VPC security group" : name, region,
                arn: `arn:${MOCK_PARTITION}:ec2:${region}:${MOCK_ACCOUNT_ID}:security-group/${id}`, vpcId: text(inputs, "vpcId", defaultVpc(region).vpcId),
            },
        };
    },
    "aws:ec2/getAmi:getAmi": ({ inputs, region }) => {
        const name = filterValues(inputs, "name")[0]?.replace(/\*/g, "2026.11.01") ?? "al2023-ami-2023.6.20261101.0-kernel-6.1-x86_64";
        const imageId = `ami-${hex(`${region}-${name}`, 17)}`;
        return {
            values: {
                id: imageId, imageId, name, architecture: "x86_64", arn: `arn:${MOCK_PARTITION}:ec2:${region}::image/${imageId}`,
                creationDate: "2026-11-01T00:00:00.000Z", enaSupport: true, imageType: "machine", imdsSupport: "v2.0",
                ownerId: Array.isArray(inputs.owners) && typeof inputs.owners[0] === "string" ? inputs.owners[0] : "137112412989",
                platformDetails: "Linux/UNIX", region, rootDeviceName: "/dev/xvda", rootDeviceType: "ebs", state: "available",
                usageOperation: "RunInstances", virtualizationType: "hvm",
                blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false", volume_size: "8", volume_type: "gp3" }, noDevice: "", virtualName: "" }],
            },
        };
    },
    "aws:ec2/getAmiIds:getAmiIds": ({ inputs, region }) => ({
        values: { id: region, ids: [`ami-${hex(`${region}-${JSON.stringify(inputs.filters ?? [])}`, 17)}`], owners: Array.isArray(inputs.owners) ? inputs.owners : [], region },
    }),
};

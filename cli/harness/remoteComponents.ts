import { hex, MOCK_ACCOUNT_ID, MOCK_PARTITION } from "./mockAccount";
import { typedComponentOutputs } from "./dataSources/typedShape";

/**
 * Plausible outputs of the multi-language components programs use most, so
 * that a program can index and pass them on. Their children are never seen
 * under mocks (they exist only in a real preview), which the check reports;
 * these values only keep the program running.
 */
const PLAUSIBLE: Record<string, (name: string, region: string) => Record<string, unknown>> = {
    "awsx:ec2:Vpc": (name, region) => vpcOutputs(name, region),
    "awsx:ec2:DefaultVpc": (name, region) => vpcOutputs(name, region),
    "awsx:lb:ApplicationLoadBalancer": (name, region) => loadBalancerOutputs(name, region, "app"),
    "awsx:lb:NetworkLoadBalancer": (name, region) => loadBalancerOutputs(name, region, "net"),
    "awsx:ecr:Repository": (name, region) => {
        const url = `${MOCK_ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com/${name}`;
        return { url, repository: { name, repositoryUrl: url, arn: `arn:${MOCK_PARTITION}:ecr:${region}:${MOCK_ACCOUNT_ID}:repository/${name}` } };
    },
    "awsx:ecr:Image": (name, region) => ({ imageUri: `${MOCK_ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com/${name}@sha256:${hex(name, 64)}` }),
    "awsx:ecs:FargateService": (name, region) => ({
        service: { name, id: `arn:${MOCK_PARTITION}:ecs:${region}:${MOCK_ACCOUNT_ID}:service/${name}`, arn: `arn:${MOCK_PARTITION}:ecs:${region}:${MOCK_ACCOUNT_ID}:service/${name}` },
        taskDefinition: { family: name, arn: `arn:${MOCK_PARTITION}:ecs:${region}:${MOCK_ACCOUNT_ID}:task-definition/${name}:1` },
    }),
    "eks:index:Cluster": (name, region) => {
        const endpoint = `https://${hex(name, 32).toUpperCase()}.gr7.${region}.eks.amazonaws.com`;
        const kubeconfig = {
            apiVersion: "v1", kind: "Config", "current-context": "aws", clusters: [{ name: "kubernetes", cluster: { server: endpoint, "certificate-authority-data": "" } }],
            contexts: [{ name: "aws", context: { cluster: "kubernetes", user: "aws" } }], users: [{ name: "aws", user: {} }],
        };
        return {
            kubeconfig, kubeconfigJson: JSON.stringify(kubeconfig),
            eksCluster: { name, arn: `arn:${MOCK_PARTITION}:eks:${region}:${MOCK_ACCOUNT_ID}:cluster/${name}`, endpoint, version: "1.33" },
            clusterSecurityGroupId: `sg-${hex(`${name}-cluster`, 17)}`, nodeSecurityGroupId: `sg-${hex(`${name}-node`, 17)}`,
            oidcProviderArn: `arn:${MOCK_PARTITION}:iam::${MOCK_ACCOUNT_ID}:oidc-provider/oidc.eks.${region}.amazonaws.com/id/${hex(name, 32).toUpperCase()}`,
            oidcIssuer: `oidc.eks.${region}.amazonaws.com/id/${hex(name, 32).toUpperCase()}`,
        };
    },
};

function vpcOutputs(name: string, region: string): Record<string, unknown> {
    const ids = (kind: string) => ["a", "b"].map((zone) => `subnet-${hex(`${name}-${kind}-${zone}`, 17)}`);
    const vpcId = `vpc-${hex(name, 17)}`;
    return { vpcId, vpc: { id: vpcId, cidrBlock: "10.0.0.0/16", arn: `arn:${MOCK_PARTITION}:ec2:${region}:${MOCK_ACCOUNT_ID}:vpc/${vpcId}` }, publicSubnetIds: ids("public"), privateSubnetIds: ids("private"), isolatedSubnetIds: [] };
}

function loadBalancerOutputs(name: string, region: string, kind: "app" | "net"): Record<string, unknown> {
    const arn = `arn:${MOCK_PARTITION}:elasticloadbalancing:${region}:${MOCK_ACCOUNT_ID}:loadbalancer/${kind}/${name}/${hex(name, 16)}`;
    return {
        loadBalancer: { arn, id: arn, name, dnsName: `${name}-${hex(name, 9)}.${region}.elb.amazonaws.com`, zoneId: "Z35SXDOTRQ7X7K" },
        defaultTargetGroup: { arn: `arn:${MOCK_PARTITION}:elasticloadbalancing:${region}:${MOCK_ACCOUNT_ID}:targetgroup/${name}/${hex(name + "tg", 16)}`, name },
        ...(kind === "app" ? { defaultSecurityGroup: { id: `sg-${hex(`${name}-lb`, 17)}` } } : {}),
    };
}

/**
 * The outputs a remote component answers with under mocks: its class's typed
 * empty outputs (read from the installed SDK), with plausible values for the
 * common awsx and eks components laid over them.
 */
export function remoteComponentOutputs(type: string, name: string, region: string, searchPaths: string[]): Record<string, unknown> {
    return { ...(typedComponentOutputs(type, searchPaths) ?? {}), ...(PLAUSIBLE[type]?.(name, region) ?? {}) };
}

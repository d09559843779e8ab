import { specialOutputValueSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import assert from "node:assert/strict";
import type { Registration } from "./support/fakeMonitor";
import { sharedHost, type SharedHost } from "./support/sharedHost";

const TOKEN = "aws-guardrails:index:";

/** An input value that is another resource's output, as the engine sends it. */
function outputValue(value: unknown, dependency: string): Record<string, unknown> {
    return { [specialSigKey]: specialOutputValueSig, value, dependencies: [dependency] };
}

/** A URN of a resource elsewhere in the consumer's stack. */
function elsewhere(type: string, name: string): string {
    return `urn:pulumi:dev::consumer::${type}::${name}`;
}

/** The registration's descendants (children, grandchildren...), in order. */
function descendantsOf(host: SharedHost, urn: string): Registration[] {
    const below = new Set([urn]);
    return host.monitor.registrations.filter((r) => {
        if (!below.has(r.parent)) return false;
        below.add(r.urn);
        return true;
    });
}

/** The output names the schema declares for a component type, and the required ones. */
async function schemaOutputs(host: SharedHost, type: string): Promise<{ all: string[]; required: string[] }> {
    const { schema } = await host.schema();
    const spec = schema.resources[type];
    return { all: Object.keys(spec?.properties ?? {}), required: spec?.required ?? [] };
}

/**
 * Asserts what every Construct must do: the component under the requested
 * parent, with its former token as an alias, and `registerResourceOutputs`
 * called with exactly the outputs the schema declares.
 */
async function assertComponent(host: SharedHost, urn: string, name: string, formerModule: string | undefined): Promise<Registration> {
    const component = host.monitor.byUrn(urn);
    const type = urn.split("::")[2];
    assert.equal(component.name, name);
    assert.equal(component.custom, false);
    assert.equal(component.parent, host.target.parent);
    const expectedAliases = formerModule ? [{ type: type.replace(":index:", `:${formerModule}:`), name: undefined }] : [];
    assert.deepEqual(component.aliases, expectedAliases);
    await assertOutputsRegistered(host, component);
    return component;
}

/**
 * Asserts that a component registered its outputs: every required one, and
 * nothing the schema does not declare (an optional output without a value is
 * left out on the wire).
 */
async function assertOutputsRegistered(host: SharedHost, component: Registration): Promise<void> {
    const registered = host.monitor.outputs.get(component.urn);
    assert.ok(registered, `registerResourceOutputs was not called for ${component.urn}`);
    const { all, required } = await schemaOutputs(host, component.type);
    const keys = Object.keys(registered);
    assert.deepEqual(keys.filter((key) => !all.includes(key)), [], `${component.urn} registered outputs its schema does not declare`);
    assert.deepEqual(required.filter((key) => !keys.includes(key)), [], `${component.urn} did not register required outputs`);
}

describe("Construct through the component host", () => {
    let host: SharedHost;
    before(async () => {
        host = await sharedHost();
    });
    beforeEach(() => host.monitor.clear());

    it("builds a ScopedServiceUser from Python-shaped inputs, some of them outputs of other resources", async () => {
        const fence = elsewhere("aws-guardrails:index:IpRestrictionGroup$aws:iam/groupPolicy:GroupPolicy", "office");
        const zone = elsewhere("aws:route53/zone:Zone", "example");
        const result = await host.host.construct(host.target, `${TOKEN}ScopedServiceUser`, "renewer", {
            service: "cert-renewer",
            owner: "platform-team",
            statements: [
                { sid: "WriteChallenges", actions: ["route53:ChangeResourceRecordSets"], resources: [outputValue("arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ", zone)] },
                { sid: "WatchChanges", actions: ["route53:GetChange"], resources: ["arn:aws:route53:::change/*"] },
            ],
            restrictionGroups: [outputValue("deny-outside-cidrs-office", fence)],
            accessKeys: { enabled: true, now: "2026-03-31" },
        }, { statements: [zone], restrictionGroups: [fence] });

        assert.equal(result.urn, `urn:pulumi:dev::consumer::${TOKEN}ScopedServiceUser::renewer`);
        await assertComponent(host, result.urn, "renewer", "iam");
        const children = host.monitor.childrenOf(result.urn);
        assert.deepEqual(children.map((r) => r.type).sort(), [
            "aws:iam/accessKey:AccessKey", "aws:iam/accessKey:AccessKey", "aws:iam/group:Group", "aws:iam/groupPolicy:GroupPolicy", "aws:iam/user:User",
            "aws:iam/userGroupMembership:UserGroupMembership", "aws:kms/key:Key", "aws:secretsmanager/secret:Secret", "aws:secretsmanager/secret:Secret",
            "aws:secretsmanager/secretVersion:SecretVersion", "aws:secretsmanager/secretVersion:SecretVersion",
        ]);
        assert.deepEqual(descendantsOf(host, result.urn), children, "every resource is a direct child of the component");
        const membership = children.find((r) => r.type === "aws:iam/userGroupMembership:UserGroupMembership");
        assert.deepEqual(membership?.inputs.groups, ["svc-cert-renewer", "deny-outside-cidrs-office"]);
        const policy = JSON.parse(String(children.find((r) => r.type === "aws:iam/groupPolicy:GroupPolicy")?.inputs.policy)) as { Statement: { Resource: unknown }[] };
        assert.deepEqual(policy.Statement.map((s) => s.Resource), ["arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ", "arn:aws:route53:::change/*"]);
        assert.equal(result.state.userName, "svc-cert-renewer");
        assert.equal((result.state.rotation as { activeSlot: string }).activeSlot, "a");
    });

    it("builds an IpRestrictionGroup whose allowed VPC endpoint is an output", async () => {
        const endpoint = elsewhere("aws:ec2/vpcEndpoint:VpcEndpoint", "s3");
        const result = await host.host.construct(host.target, `${TOKEN}IpRestrictionGroup`, "office", {
            cidrs: ["203.0.113.0/24"],
            allowedVpcEndpoints: [outputValue("vpce-1a2b3c4d5e6f78901", endpoint)],
        }, { allowedVpcEndpoints: [endpoint] });
        await assertComponent(host, result.urn, "office", "iam");
        assert.deepEqual(host.monitor.childrenOf(result.urn).map((r) => r.type), ["aws:iam/group:Group", "aws:iam/groupPolicy:GroupPolicy"]);
        const document = JSON.parse(String(result.state.policyJson)) as { Statement: { Condition: Record<string, Record<string, unknown>> }[] };
        assert.deepEqual(document.Statement[0].Condition.StringNotEqualsIfExists, { "aws:SourceVpce": ["vpce-1a2b3c4d5e6f78901"] });
        assert.equal(result.state.groupName, "deny-outside-cidrs-office");
    });

    it("builds InstanceCountAlarms with a nested AlertTopic per region, each with its own registered outputs", async () => {
        const result = await host.host.construct(host.target, `${TOKEN}InstanceCountAlarms`, "vcpu", {
            regions: ["eu-west-1", "us-east-1"],
            regionsInUse: ["eu-west-1"],
            instanceClasses: ["Standard/OnDemand", "G/OnDemand"],
            emails: ["oncall@example.com"],
        });
        await assertComponent(host, result.urn, "vcpu", "detect");
        const topics = host.monitor.childrenOf(result.urn).filter((r) => r.type === `${TOKEN}AlertTopic`);
        assert.deepEqual(topics.map((t) => t.name), ["vcpu-eu-west-1-alerts", "vcpu-us-east-1-alerts"]);
        for (const topic of topics) {
            assert.deepEqual(topic.aliases, [{ type: "aws-guardrails:detect:AlertTopic", name: undefined }]);
            await assertOutputsRegistered(host, topic);
            assert.ok(host.monitor.childrenOf(topic.urn).some((r) => r.type === "aws:sns/topic:Topic"));
        }
        assert.equal(host.monitor.childrenOf(result.urn).filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm").length, 4);
        assert.deepEqual(result.state.thresholds, { "eu-west-1": 64, "us-east-1": 0 });
        assert.equal(result.state.alarmCount, 4);
    });

    it("builds the whole GuardrailBaseline: every part a component under it, with its outputs", async () => {
        const result = await host.host.construct(host.target, `${TOKEN}GuardrailBaseline`, "account", {
            homeRegion: "eu-west-1",
            allowedRegions: ["eu-west-1"],
            allowedCidrs: ["203.0.113.0/24"],
            alertEmails: ["security@example.com"],
            // Every part, in as few regions as it takes, to keep the test quick.
            instanceCount: { regions: ["eu-west-1"], instanceClasses: ["Standard/OnDemand"] },
            leakedKey: { regions: ["us-east-1"] },
            keyHygiene: { config: { regions: ["eu-west-1"] }, guardDuty: { regions: ["eu-west-1"] }, accessAnalyzer: { regions: ["eu-west-1"] } },
            leakedKeyResponder: { regions: ["us-east-1"], lookupRegions: ["eu-west-1"] },
        });
        await assertComponent(host, result.urn, "account", undefined);
        const below = descendantsOf(host, result.urn);
        const components = below.filter((r) => !r.custom);
        assert.deepEqual([...new Set(components.map((r) => r.type.split(":").pop()))].sort(), [
            "AccountPasswordPolicy", "AlertTopic", "AllRegionsTrail", "BillingAlarm", "CisAlarms", "InstanceCountAlarms", "IpRestrictionGroup",
            "KeyHygiene", "LeakedKeyAlert", "LeakedKeyResponder", "MfaRequiredGroup", "RegionRestrictionGroup",
        ]);
        for (const component of components) await assertOutputsRegistered(host, component);
        assert.equal(below.length, host.monitor.registrations.length - 1, "everything Construct registered is under the baseline");
        assert.deepEqual((result.state.groupNames as Record<string, string>).ipRestriction, "deny-outside-cidrs-account-ip-fence");
    });

    it("refuses bad input with the component's own message, registering nothing", async () => {
        await assert.rejects(
            host.host.construct(host.target, `${TOKEN}ScopedServiceUser`, "typo", {
                service: "typo", owner: "platform-team", statements: [{ actions: ["route53:ChangeResourceRecordSet"], resources: ["*"] }],
            }),
            (err: Error) => {
                assert.match(err.message, /ScopedServiceUser "typo": leastPrivilege: statement 1: .*route53:ChangeResourceRecordSets/);
                return true;
            },
        );
        assert.deepEqual(host.monitor.registrations, []);
    });
});

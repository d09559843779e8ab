import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { DEFAULT_ENABLED_REGIONS, DEFAULT_INSTANCE_CLASSES, InstanceCountAlarms } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, ISOLATED_PACK_CONFIG, named, ofType, regionOf, TEST_TAGS } from "./support";

const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const TOPIC = "aws:sns/topic:Topic";

describe("InstanceCountAlarms", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            new InstanceCountAlarms("vcpu", {
                regionsInUse: ["eu-west-1", "us-east-1"],
                vcpuCeilingByRegion: { "eu-west-1": 256 },
                emails: ["oncall@example.com"],
            });
        });
    });

    it("defaults to the 17 regions enabled in every new account", () => {
        assert.equal(DEFAULT_ENABLED_REGIONS.length, 17);
        const providers = ofType(run, "pulumi:providers:aws");
        assert.deepEqual(providers.map((p) => p.inputs.region).sort(), [...DEFAULT_ENABLED_REGIONS].sort());
        for (const provider of providers) assert.equal(provider.name, `vcpu-${provider.inputs.region}`);
    });

    it("creates one alarm per region and instance class on AWS/Usage ResourceCount, statistic Maximum", () => {
        const alarms = ofType(run, ALARM);
        assert.equal(alarms.length, 17 * DEFAULT_INSTANCE_CLASSES.length);
        const classes = new Set(alarms.map((a) => (a.inputs.dimensions as Record<string, string>).Class));
        assert.deepEqual([...classes], [...DEFAULT_INSTANCE_CLASSES]);
        for (const alarm of alarms) {
            assert.equal(alarm.inputs.namespace, "AWS/Usage");
            assert.equal(alarm.inputs.metricName, "ResourceCount");
            assert.equal(alarm.inputs.statistic, "Maximum");
            assert.equal(alarm.inputs.comparisonOperator, "GreaterThanThreshold");
            assert.equal(alarm.inputs.treatMissingData, "notBreaching");
            const { Class, ...rest } = alarm.inputs.dimensions as Record<string, string>;
            assert.ok(Class);
            assert.deepEqual(rest, { Service: "EC2", Type: "Resource", Resource: "vCPU" });
        }
    });

    it("sets the ceiling in regions in use and 0 only in the others", () => {
        for (const alarm of ofType(run, ALARM)) {
            const region = regionOf(run, alarm);
            const expected = region === "eu-west-1" ? 256 : region === "us-east-1" ? 64 : 0;
            assert.equal(alarm.inputs.threshold, expected, `${alarm.name} in ${region}`);
        }
    });

    it("makes every alarm notify its own region's topic, and every topic reach the same recipients", () => {
        const topics = ofType(run, TOPIC);
        assert.equal(topics.length, 17);
        const topicRegion = new Map(topics.map((t) => [t.analyzerOutputs.arn, regionOf(run, t)]));
        for (const alarm of ofType(run, ALARM)) {
            const actions = alarm.inputs.alarmActions as string[];
            assert.equal(actions.length, 1);
            assert.equal(topicRegion.get(actions[0]), regionOf(run, alarm), alarm.name);
            assert.equal(actions[0].split(":")[3], regionOf(run, alarm));
        }
        const subscriptions = ofType(run, "aws:sns/topicSubscription:TopicSubscription");
        assert.equal(subscriptions.length, 17);
        assert.ok(subscriptions.every((s) => s.inputs.endpoint === "oncall@example.com"));
        for (const subscription of subscriptions) {
            assert.equal(topicRegion.get(subscription.inputs.topic as string), regionOf(run, subscription));
        }
    });

    it("uses existing topics where given and lets opt-in regions be added", async () => {
        const custom = await runUnderMocks(() => {
            new InstanceCountAlarms("vcpu", {
                regions: ["eu-south-1", "us-east-1"],
                instanceClasses: ["G/OnDemand"],
                topicArns: { "us-east-1": "arn:aws:sns:us-east-1:123456789012:shared" },
            });
        });
        assert.deepEqual(ofType(custom, TOPIC).map((t) => regionOf(custom, t)), ["eu-south-1"]);
        const east = ofType(custom, ALARM).find((a) => regionOf(custom, a) === "us-east-1");
        assert.deepEqual(east?.inputs.alarmActions, ["arn:aws:sns:us-east-1:123456789012:shared"]);
        assert.equal(named(custom, ALARM, "vcpu-eu-south-1-g-ondemand").inputs.threshold, 0);
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new InstanceCountAlarms("v", { regions: ["eu-west-9"] }),
            `InstanceCountAlarms: regions: "eu-west-9" is not a known AWS commercial region; did you mean "eu-west-1"? known regions: ${"af-south-1, ap-east-1, ap-east-2, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-south-2, ap-southeast-1, ap-southeast-2, ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-southeast-6, ap-southeast-7, ca-central-1, ca-west-1, eu-central-1, eu-central-2, eu-north-1, eu-south-1, eu-south-2, eu-west-1, eu-west-2, eu-west-3, il-central-1, me-central-1, me-south-1, mx-central-1, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2"}`);
        await assertRefused(() => new InstanceCountAlarms("v", { regions: ["us-east-1"], regionsInUse: ["eu-west-1"] }),
            'InstanceCountAlarms: regionsInUse "eu-west-1" must also be in regions; watched: us-east-1');
        await assertRefused(() => new InstanceCountAlarms("v", { regionsInUse: ["us-east-1"], vcpuCeilingByRegion: { "eu-west-1": 8 } }),
            'InstanceCountAlarms: vcpuCeilingByRegion names "eu-west-1", which is not in regionsInUse (us-east-1); regions not in use always alarm at 0');
        await assertRefused(() => new InstanceCountAlarms("v", { regionsInUse: ["us-east-1"], vcpuCeiling: { "us-east-1": 8 } as never }),
            'InstanceCountAlarms: vcpuCeiling must be a number; per-region ceilings go in vcpuCeilingByRegion, like { "eu-west-1": 128 }');
        await assertRefused(() => new InstanceCountAlarms("v", { vcpuCeiling: 0 }),
            "InstanceCountAlarms: vcpuCeiling: 0 is not allowed; expected a whole number of vCPUs of at least 1");
        await assertRefused(() => new InstanceCountAlarms("v", { instanceClasses: ["Q/OnDemand" as never] }),
            'InstanceCountAlarms: instance class "Q/OnDemand" is not allowed; allowed: Standard/OnDemand, F/OnDemand, G/OnDemand, HighMem/OnDemand, Inf/OnDemand, P/OnDemand, X/OnDemand, DL/OnDemand, Trn/OnDemand, Standard/Spot, F/Spot, G/Spot, Inf/Spot, P/Spot, X/Spot, DL/Spot, Trn/Spot');
        await assertRefused(() => new InstanceCountAlarms("v", { regions: ["us-east-1"], topicArns: { "eu-west-1": "arn:aws:sns:eu-west-1:123456789012:x" } }),
            'InstanceCountAlarms: topicArns: region "eu-west-1" is not one this component alarms in; allowed: us-east-1');
    });

    it("parents every child to the component and passes the policy pack with zero violations", async () => {
        const { run: checked, violations } = await checkUnderMocks(() => {
            new InstanceCountAlarms("vcpu", { regionsInUse: ["us-east-1"], emails: ["oncall@example.com"], tags: TEST_TAGS });
        }, { ...ISOLATED_PACK_CONFIG, "vcpu-alarm-present": { vcpuAlarmRegions: [...DEFAULT_ENABLED_REGIONS] } });
        const root = assertAllUnder(checked, "aws-guardrails:index:InstanceCountAlarms");
        for (const provider of ofType(checked, "pulumi:providers:aws")) assert.equal(provider.parent, root.urn);
        for (const alarm of ofType(checked, ALARM)) assert.equal(alarm.parent, root.urn);
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

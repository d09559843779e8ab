import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { checkUnderMocks } from "../../support/mockedCheck";
import { findingsOf, messagesOf } from "../support/policyTestKit";

const TRAIL = "cloudtrail-multi-region-trail-present";
const BILLING = "billing-alarm-present";
const VCPU = "vcpu-alarm-present";

function vcpuAlarm(name: string, provider?: aws.Provider): aws.cloudwatch.MetricAlarm {
    return new aws.cloudwatch.MetricAlarm(name, {
        comparisonOperator: "GreaterThanThreshold",
        evaluationPeriods: 1,
        threshold: 0,
        namespace: "AWS/Usage",
        metricName: "ResourceCount",
        statistic: "Maximum",
        period: 300,
        dimensions: { Service: "EC2", Resource: "vCPU", Type: "Resource", Class: "Standard/OnDemand" },
    }, { provider });
}

function billingAlarm(name: string, provider?: aws.Provider): aws.cloudwatch.MetricAlarm {
    return new aws.cloudwatch.MetricAlarm(name, {
        comparisonOperator: "GreaterThanThreshold",
        evaluationPeriods: 1,
        threshold: 100,
        namespace: "AWS/Billing",
        metricName: "EstimatedCharges",
        statistic: "Maximum",
        period: 21600,
        dimensions: { Currency: "USD" },
    }, { provider });
}

function baseline(): void {
    new aws.cloudtrail.Trail("account", { s3BucketName: "logs", isMultiRegionTrail: true, enableLogFileValidation: true });
    const useast1 = new aws.Provider("use1", { region: "us-east-1" });
    billingAlarm("billing", useast1);
    vcpuAlarm("vcpu-use1", useast1);
    vcpuAlarm("vcpu-euw1", new aws.Provider("euw1", { region: "eu-west-1" }));
}

describe("detection present (stack policies)", () => {
    it("reports a stack without a trail, billing alarm or vCPU alarm, each advisory", async () => {
        const { violations } = await checkUnderMocks(() => {
            new aws.cloudtrail.Trail("single", { s3BucketName: "logs" });
        });
        assert.deepEqual(messagesOf(violations, TRAIL), ["the stack deploys no logging multi-region CloudTrail trail; deploy one, or set trailOwnedElsewhere: true if another stack does"]);
        assert.match(messagesOf(violations, BILLING).join(), /deploys no billing alarm/);
        assert.match(messagesOf(violations, VCPU).join(), /deploys no EC2 vCPU alarm/);
        assert.ok([TRAIL, BILLING, VCPU].every((policy) => findingsOf(violations, policy).every((v) => v.enforcementLevel === "advisory")));
    });

    it("passes a stack with the baseline's trail and alarms", async () => {
        const { violations } = await checkUnderMocks(baseline);
        assert.deepEqual([...messagesOf(violations, TRAIL), ...messagesOf(violations, BILLING), ...messagesOf(violations, VCPU)], []);
    });

    it("passes when config says another stack owns each of them", async () => {
        const { violations } = await checkUnderMocks(() => undefined, {
            [TRAIL]: { trailOwnedElsewhere: true },
            [BILLING]: { billingAlarmOwnedElsewhere: true },
            [VCPU]: { vcpuAlarmsOwnedElsewhere: true },
        });
        assert.deepEqual([...messagesOf(violations, TRAIL), ...messagesOf(violations, BILLING), ...messagesOf(violations, VCPU)], []);
    });

    it("reports a billing alarm outside us-east-1, where it never fires", async () => {
        const { violations } = await checkUnderMocks(() => {
            billingAlarm("billing", new aws.Provider("euw1", { region: "eu-west-1" }));
        });
        const findings = findingsOf(violations, BILLING);
        assert.deepEqual(findings.map((f) => f.message), ["billing alarm billing is in eu-west-1, but AWS publishes billing metrics only in us-east-1, so it never fires; give it a us-east-1 provider"]);
        assert.match(findings[0].urn, /MetricAlarm::billing$/);
    });

    it("with vcpuAlarmRegions requires an alarm in each listed region", async () => {
        const { violations } = await checkUnderMocks(baseline, { [VCPU]: { vcpuAlarmRegions: ["us-east-1", "eu-west-1", "ap-southeast-2"] } });
        assert.deepEqual(messagesOf(violations, VCPU), ["no EC2 vCPU alarm watches ap-southeast-2 (vcpuAlarmRegions); an attacker starts instances where nobody looks"]);
    });
});

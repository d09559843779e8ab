import assert from "node:assert/strict";
import * as aws from "@pulumi/aws";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { alarmDescription, CIS_FILTERS, CisAlarms, GUARDRAIL_FILTERS } from "../../../components/detect";
import { checkUnderMocks, describeViolations } from "../../support/mockedCheck";
import { assertAllUnder, assertRefused, ISOLATED_PACK_CONFIG, named, ofType, regionOf, TEST_TAGS } from "./support";

const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";

describe("CisAlarms", () => {
    let run: MockRun;
    before(async () => {
        run = await runUnderMocks(() => {
            const provider = new aws.Provider("home", { region: "eu-west-1" });
            new CisAlarms("cis", { logGroupName: "/aws/cloudtrail/audit", emails: ["security@example.com"] }, { provider });
        });
    });

    it("creates the 15 CIS metric filters and the MFA-device one on the trail's log group, with the patterns from the data file", () => {
        const filters = ofType(run, FILTER);
        assert.deepEqual(filters.map((f) => f.inputs.pattern), [...CIS_FILTERS, ...GUARDRAIL_FILTERS].map((f) => f.pattern));
        for (const filter of filters) {
            assert.equal(filter.inputs.logGroupName, "/aws/cloudtrail/audit");
            assert.deepEqual((filter.inputs.metricTransformation as Record<string, string>).namespace, "CISBenchmark");
        }
    });

    it("alarms on the first matching event of each filter and notifies the topic in the log group's region", () => {
        const topic = named(run, "aws:sns/topic:Topic", "cis-alerts-topic");
        assert.equal(regionOf(run, topic), "eu-west-1");
        const alarms = ofType(run, ALARM);
        assert.equal(alarms.length, 16);
        const all = [...CIS_FILTERS, ...GUARDRAIL_FILTERS];
        for (const [index, alarm] of alarms.entries()) {
            const filter = ofType(run, FILTER)[index];
            const transformation = filter.inputs.metricTransformation as Record<string, string>;
            assert.equal(alarm.inputs.metricName, transformation.name);
            assert.equal(alarm.inputs.namespace, transformation.namespace);
            assert.equal(alarm.inputs.statistic, "Sum");
            assert.equal(alarm.inputs.threshold, 1);
            assert.equal(alarm.inputs.comparisonOperator, "GreaterThanOrEqualToThreshold");
            assert.deepEqual(alarm.inputs.alarmActions, [topic.analyzerOutputs.arn]);
            assert.equal(regionOf(run, alarm), "eu-west-1");
            assert.equal(alarm.inputs.alarmDescription, alarmDescription(all[index]));
        }
    });

    it("turns alarms off one by one", async () => {
        const some = await runUnderMocks(() => {
            new CisAlarms("cis", { logGroupName: "/aws/cloudtrail/audit", disabled: ["vpcChanges", "organizationsChanges"], topicArn: "arn:aws:sns:us-east-1:123456789012:shared" });
        });
        assert.equal(ofType(some, ALARM).length, 14);
        assert.equal(ofType(some, FILTER).some((f) => f.name === "cis-vpcChanges"), false);
        assert.equal(ofType(some, "aws:sns/topic:Topic").length, 0);
    });

    it("refuses bad input before registering anything", async () => {
        await assertRefused(() => new CisAlarms("c", { logGroupName: "" }),
            "CisAlarms: logGroupName is required: the CloudWatch Logs group of a multi-region trail, such as AllRegionsTrail.logGroupName");
        await assertRefused(() => new CisAlarms("c", { logGroupName: "g", disabled: ["rootUsage" as never] }),
            'CisAlarms: disabled names "rootUsage", which is not a CisAlarms alarm; allowed: unauthorizedApiCalls, consoleSignInWithoutMfa, rootAccountUsage, iamPolicyChanges, cloudTrailConfigChanges, consoleAuthenticationFailures, cmkDisableOrScheduledDeletion, s3BucketPolicyChanges, awsConfigChanges, securityGroupChanges, naclChanges, networkGatewayChanges, routeTableChanges, vpcChanges, organizationsChanges, mfaDeviceChanges');
        await assertRefused(() => new CisAlarms("c", { logGroupName: "g", metricNamespace: "AWS/Mine" }),
            'CisAlarms: metricNamespace "AWS/Mine" is not allowed; expected 1 to 255 letters, digits or . - _ / # : and not starting with "AWS/"');
    });

    it("parents every child to the component and passes the policy pack with zero violations", async () => {
        const { run: checked, violations } = await checkUnderMocks(() => {
            new CisAlarms("cis", { logGroupName: "/aws/cloudtrail/audit", emails: ["security@example.com"], tags: TEST_TAGS });
        }, ISOLATED_PACK_CONFIG);
        const root = assertAllUnder(checked, "aws-guardrails:index:CisAlarms");
        for (const resource of [...ofType(checked, ALARM), ...ofType(checked, FILTER)]) assert.equal(resource.parent, root.urn);
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

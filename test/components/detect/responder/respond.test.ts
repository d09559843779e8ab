import assert from "node:assert/strict";
import { CloudTrailClient, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import {
    AttachUserPolicyCommand, GetAccessKeyLastUsedCommand, IAMClient, ListAccessKeysCommand, ListAttachedUserPoliciesCommand,
    NoSuchEntityException, UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import { respond, ResponseFailedError, type ResponderDependencies } from "../../../../components/detect/responder/respond";
import { handler } from "../../../../components/detect/responder/handler";
import { hashKeyId, RESPONDER_ENV, type ResponderSettings } from "../../../../components/detect/responder/settings";
import { credentialsExposedEvent, guardDutyFinding, LEAKED_KEY, LEAKED_USER, OTHER_KEY, trailEvent } from "./sampleEvents";

const NOW = new Date("2025-03-04T09:30:00Z");
const QUARANTINE = "arn:aws:iam::123456789012:policy/aws-guardrails/baseline-quarantine-deny-all";
const TOPIC = "arn:aws:sns:us-east-1:123456789012:baseline-alerts";

const iam = mockClient(IAMClient);
const sns = mockClient(SNSClient);
const cloudTrail = mockClient(CloudTrailClient);

function settings(overrides: Partial<ResponderSettings> = {}): ResponderSettings {
    return {
        topicArn: TOPIC, dryRun: false, allowListedKeyHashes: new Set(), allowListedUsers: new Set(), quarantinePolicyArn: QUARANTINE,
        lookupRegions: ["us-east-1", "ap-southeast-1"], lookbackHours: 24, ...overrides,
    };
}

function deps(lines: string[] = []): ResponderDependencies {
    return {
        iam: new IAMClient({ region: "us-east-1" }),
        sns: new SNSClient({ region: "us-east-1" }),
        cloudTrailIn: (region) => new CloudTrailClient({ region }),
        now: () => NOW,
        log: (line) => lines.push(line),
    };
}

/** A key of the user, with the given status, and the user's attached policies. */
function account(status: "Active" | "Inactive", attached: string[] = []): void {
    iam.on(GetAccessKeyLastUsedCommand, { AccessKeyId: LEAKED_KEY }).resolves({ UserName: LEAKED_USER });
    iam.on(ListAccessKeysCommand, { UserName: LEAKED_USER }).resolves({
        AccessKeyMetadata: [{ UserName: LEAKED_USER, AccessKeyId: LEAKED_KEY, Status: status, CreateDate: new Date("2022-01-01T00:00:00Z") }],
    });
    iam.on(ListAttachedUserPoliciesCommand).resolves({ AttachedPolicies: attached.map((PolicyArn) => ({ PolicyArn, PolicyName: PolicyArn.split("/").pop() })), IsTruncated: false });
    iam.on(UpdateAccessKeyCommand).resolves({});
    iam.on(AttachUserPolicyCommand).resolves({});
}

function published(): { subject: string; message: string }[] {
    return sns.commandCalls(PublishCommand).map((call) => ({ subject: String(call.args[0].input.Subject), message: String(call.args[0].input.Message) }));
}

function throttled(name: string): Error {
    return Object.assign(new Error("Rate exceeded"), { name, $fault: "client", $metadata: { httpStatusCode: 400 } });
}

describe("leaked-key responder handler (AWS SDK v3 mocked)", () => {
    beforeEach(() => {
        iam.reset();
        sns.reset();
        cloudTrail.reset();
        sns.on(PublishCommand).resolves({ MessageId: "1" });
        cloudTrail.on(LookupEventsCommand).resolves({ Events: [] });
    });

    it("deactivates the exposed key, quarantines its user, summarises its activity and publishes the report", async () => {
        account("Active");
        cloudTrail.on(LookupEventsCommand).callsFake(async (input: { NextToken?: string }) => {
            if (input.NextToken) return { Events: [trailEvent("RunInstances", "ec2.amazonaws.com", "ap-southeast-1", "198.51.100.7", 30, NOW)] };
            return {
                Events: [
                    trailEvent("GetCallerIdentity", "sts.amazonaws.com", "us-east-1", "198.51.100.7", 50, NOW),
                    trailEvent("ListBuckets", "s3.amazonaws.com", "us-east-1", "203.0.113.9", 40, NOW),
                ],
                NextToken: "page-2",
            };
        });
        const reports = await respond(credentialsExposedEvent(), deps(), settings());

        const update = iam.commandCalls(UpdateAccessKeyCommand);
        assert.equal(update.length, 1);
        assert.deepEqual(update[0].args[0].input, { UserName: LEAKED_USER, AccessKeyId: LEAKED_KEY, Status: "Inactive" });
        assert.deepEqual(iam.commandCalls(AttachUserPolicyCommand).map((c) => c.args[0].input), [{ UserName: LEAKED_USER, PolicyArn: QUARANTINE }]);
        const lookup = cloudTrail.commandCalls(LookupEventsCommand)[0].args[0].input;
        assert.deepEqual(lookup.LookupAttributes, [{ AttributeKey: "AccessKeyId", AttributeValue: LEAKED_KEY }]);
        assert.equal(lookup.StartTime?.toISOString(), "2025-03-03T09:30:00.000Z");
        assert.equal(lookup.EndTime?.toISOString(), NOW.toISOString());

        const activity = reports[0].activity;
        assert.equal(activity?.total, 6, "3 events in each of the 2 regions looked up");
        assert.deepEqual(activity?.sourceIps, [["198.51.100.7", 4], ["203.0.113.9", 2]]);
        const [report] = published();
        assert.equal(report.subject, `Leaked key contained: ${LEAKED_KEY}`);
        assert.match(report.message, /Deactivate the key: done/);
        assert.match(report.message, /Attach the deny-all quarantine policy to the user: done/);
        assert.ok(report.message.includes("Services: ec2.amazonaws.com (2), s3.amazonaws.com (2), sts.amazonaws.com (2)"), report.message);
        assert.ok(report.message.includes("Regions: us-east-1 (4), ap-southeast-1 (2)"), report.message);
        assert.ok(report.message.includes("CloudTrail, last 24 h: 6 event(s) from 2025-03-04T08:40:00.000Z to 2025-03-04T09:00:00.000Z"), report.message);
    });

    it("is idempotent: a key already inactive and a user already quarantined change nothing", async () => {
        account("Inactive", [QUARANTINE]);
        await respond(credentialsExposedEvent(), deps(), settings());
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 0);
        assert.equal(iam.commandCalls(AttachUserPolicyCommand).length, 0);
        const [report] = published();
        assert.match(report.message, /key status before: Inactive/);
        assert.match(report.message, /Deactivate the key: already done before \(nothing changed\)/);
        assert.match(report.message, /quarantine policy to the user: already done before/);
    });

    it("reports an unknown key and changes nothing", async () => {
        iam.on(GetAccessKeyLastUsedCommand).rejects(new NoSuchEntityException({ message: "The Access Key with id AKIAI44QH8DHBEXAMPLE cannot be found", $metadata: {} }));
        const reports = await respond(credentialsExposedEvent([OTHER_KEY]), deps(), settings());
        assert.equal(reports[0].containment?.reportOnly, "IAM does not know this key in this account (already deleted, or another account's key)");
        assert.equal(iam.commandCalls(ListAccessKeysCommand).length, 0);
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 0);
        assert.match(published()[0].message, /Reported only: IAM does not know this key/);
    });

    it("publishes a throttling error, fails the invocation, and a retry then contains the key", async () => {
        account("Active");
        iam.on(UpdateAccessKeyCommand).rejects(throttled("Throttling"));
        cloudTrail.on(LookupEventsCommand, { LookupAttributes: [{ AttributeKey: "AccessKeyId", AttributeValue: LEAKED_KEY }] }).resolves({ Events: [] });
        const lines: string[] = [];
        await assert.rejects(respond(credentialsExposedEvent(), deps(lines), settings()), ResponseFailedError);
        const [failure] = published();
        assert.match(failure.subject, /^ERROR in leaked-key response: AKIAIOSFODNN7EXAMPLE/);
        assert.match(failure.message, /ERROR: containment failed, the key may still be active: Throttling: Rate exceeded/);
        assert.ok(lines.some((line) => line.includes("Throttling: Rate exceeded")), "the error is logged");

        iam.on(UpdateAccessKeyCommand).resolves({});
        await respond(credentialsExposedEvent(), deps(), settings());
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 2);
        assert.match(published()[1].subject, /^Leaked key contained/);
    });

    it("lists a region whose CloudTrail lookup was throttled, and fails the invocation", async () => {
        account("Active");
        cloudTrail.on(LookupEventsCommand).callsFake(async () => { throw throttled("ThrottlingException"); });
        await assert.rejects(respond(credentialsExposedEvent(), deps(), settings({ lookupRegions: ["us-east-1"] })), ResponseFailedError);
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 1, "containment does not wait for the lookup");
        assert.match(published()[0].message, /NOT READ: us-east-1: ThrottlingException: Rate exceeded/);
    });

    it("in dry run, reads everything and changes nothing", async () => {
        account("Active");
        await respond(credentialsExposedEvent(), deps(), settings({ dryRun: true }));
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 0);
        assert.equal(iam.commandCalls(AttachUserPolicyCommand).length, 0);
        const [report] = published();
        assert.equal(report.subject, `DRY RUN leaked-key response: ${LEAKED_KEY}`);
        assert.match(report.message, /Deactivate the key: DRY RUN: would be done/);
        assert.match(report.message, /quarantine policy to the user: DRY RUN: would be done/);
    });

    it("only reports allow-listed keys and users", async () => {
        account("Active");
        await respond(credentialsExposedEvent(), deps(), settings({ allowListedKeyHashes: new Set([hashKeyId(LEAKED_KEY)]) }));
        await respond(credentialsExposedEvent(), deps(), settings({ allowListedUsers: new Set([LEAKED_USER]) }));
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 0);
        for (const report of published()) assert.match(report.message, /Reported only: the key or its user is on the responder's allow-list/);
    });

    it("contains the key a GuardDuty finding names, and only reports temporary credentials", async () => {
        account("Active");
        await respond(guardDutyFinding("UnauthorizedAccess:IAMUser/MaliciousIPCaller", LEAKED_KEY, LEAKED_USER), deps(), settings());
        assert.equal(iam.commandCalls(GetAccessKeyLastUsedCommand).length, 0, "the finding names the user");
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 1);
        const reports = await respond(guardDutyFinding("UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", "ASIAIOSFODNN7EXAMPLE", "app-role", "AssumedRole"), deps(), settings());
        assert.match(reports[0].containment?.reportOnly ?? "", /temporary credentials \(AssumedRole\) cannot be deactivated/);
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 1);
    });

    it("publishes and fails on an event it cannot read", async () => {
        await assert.rejects(respond({ source: "aws.ec2", detail: {} }, deps(), settings()), /could not read its event/);
        assert.equal(published()[0].subject, "ERROR in leaked-key response: unreadable event");
    });

    it("a misconfigured function logs and publishes the problem, then fails", async () => {
        const saved = { ...process.env };
        const errors: string[] = [];
        const consoleError = console.error;
        console.error = (line: string) => errors.push(line);
        try {
            for (const name of Object.values(RESPONDER_ENV)) delete process.env[name];
            process.env[RESPONDER_ENV.topicArn] = TOPIC;
            await assert.rejects(handler(credentialsExposedEvent()), /the responder is misconfigured: QUARANTINE_POLICY_ARN is not set/);
        } finally {
            console.error = consoleError;
            process.env = saved;
        }
        assert.equal(iam.commandCalls(UpdateAccessKeyCommand).length, 0);
        const [report] = published();
        assert.equal(report.subject, "ERROR in leaked-key response: misconfigured function");
        assert.match(report.message, /^The leaked-key responder cannot run, so no key was contained: the responder is misconfigured: QUARANTINE_POLICY_ARN is not set/);
        assert.deepEqual(errors, [report.message]);
    });

    it("does not swallow a failure to publish", async () => {
        account("Active");
        sns.on(PublishCommand).rejects(Object.assign(new Error("KMS key is disabled"), { name: "KMSDisabledException" }));
        const lines: string[] = [];
        await assert.rejects(respond(credentialsExposedEvent(), deps(lines), settings()), /KMS key is disabled/);
        assert.ok(lines.some((line) => line.startsWith(`could not publish the report to ${TOPIC}`)));
    });
});

// A consumer of the published package: every component, the document builders
// and their types, imported by the package name only. The packaging test
// installs the packed tarball next to this file, compiles it with tsc and runs
// it under `aws-guardrails check`. (GuardrailGroup, the interface the three
// restriction groups implement, is used as a type.)
import * as guardrails from "aws-guardrails";
import { denyOutsideCidrs, denyOutsideRegions, PolicyDocument, PolicyStatement, requireMfa } from "aws-guardrails/documents";

const fences: PolicyDocument[] = [
    denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] }),
    denyOutsideRegions({ regions: ["eu-west-1"] }),
    requireMfa(),
];

const emails = ["security@example.com"];
const office: guardrails.GuardrailGroup = new guardrails.IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"] });
const eu: guardrails.GuardrailGroup = new guardrails.RegionRestrictionGroup("eu", { regions: ["eu-west-1"] });
const mfa: guardrails.GuardrailGroup = new guardrails.MfaRequiredGroup("mfa");
const passwordArgs: guardrails.AccountPasswordPolicyArgs = { minimumPasswordLength: 16 };
new guardrails.AccountPasswordPolicy("account", passwordArgs);

const readReports: PolicyStatement = { Effect: "Allow", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::reports-example/*"] };
// Component statements: the typed shape, or IAM JSON converted.
const readReportsStatement: guardrails.IamStatement = { actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports-example/*"] };
const user = new guardrails.ScopedServiceUser("exporter", {
    service: "exporter",
    owner: "data-team",
    statements: [readReportsStatement],
    restrictionGroups: [office.groupName, eu.groupName],
    accessKeys: { enabled: true },
});
const role = new guardrails.ScopedServiceRole("reporter", { service: "reporter", owner: "data-team", trust: { services: ["lambda"] }, statements: guardrails.fromPolicyStatements([readReports]) });
new guardrails.OrganizationGuardrails("organization", { targetIds: ["ou-ab12-11111111"], allowedRegions: ["eu-west-1"] });

const trail = new guardrails.AllRegionsTrail("trail");
new guardrails.CisAlarms("cis", { logGroupName: trail.logGroupName, emails });
new guardrails.BillingAlarm("billing", { emails });
new guardrails.InstanceCountAlarms("vcpu", { regions: ["eu-west-1", "us-east-1"], regionsInUse: ["eu-west-1"], emails });
new guardrails.LeakedKeyAlert("leaked-key", { emails });
new guardrails.AlertTopic("extra-alerts", { emails });
const baseline = new guardrails.GuardrailBaseline("baseline", { homeRegion: "eu-west-1", allowedRegions: ["eu-west-1"], alertEmails: emails, passwordPolicy: { enabled: false } });

export const statementCount = fences.reduce((n, d) => n + d.Statement.length, 0);
export const userName = user.userName;
export const roleArn = role.roleArn;
export const mfaGroup = mfa.groupName;
export const baselineTrail = baseline.trailArn;

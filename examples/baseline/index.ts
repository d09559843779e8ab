import * as pulumi from "@pulumi/pulumi";
import { GuardrailBaseline } from "aws-guardrails";

// The whole account baseline, written out: every part and its main settings.
// Values are examples from documentation ranges; use your own.
const config = new pulumi.Config();
const alertEmail = config.get("alertEmail") ?? "security@example.com";

const baseline = new GuardrailBaseline("account", {
    // The trail, its log group and the CIS alarms live here.
    homeRegion: "eu-west-1",
    // Where the team works: allowed by the region fence, vCPU ceilings instead of 0.
    allowedRegions: ["eu-west-1", "us-east-1"],
    // Where keys may be used from: the office and the CI runners.
    allowedCidrs: ["203.0.113.0/24", "198.51.100.16/28"],
    alertEmails: [alertEmail],
    alertSubscriptions: [{ protocol: "https", endpoint: "https://hooks.example.com/aws-alarms" }],
    tags: { owner: "security-team", "cost-center": "platform" },

    passwordPolicy: { minimumPasswordLength: 16 },
    ipRestriction: { viaAwsServices: true },
    regionRestriction: { exemptGlobalServices: true },
    mfaRequired: {},
    trail: {
        logRetentionDays: 365,
        lifecycle: { transitionAfterDays: 90, storageClass: "GLACIER", expireAfterDays: 2557 },
        accessLogBucket: true,
    },
    cisAlarms: { disabled: [] },
    billing: { thresholds: [25, 100, 500], budget: { limitUsd: 300, forecastPercents: [80, 100] } },
    instanceCount: { vcpuCeiling: 32, vcpuCeilingByRegion: { "eu-west-1": 128 } },
    leakedKey: { rootActivity: true },
    // Existing keys: Config rules, GuardDuty and Access Analyzer in every region.
    keyHygiene: { config: { maxAccessKeyAgeDays: 90, unusedCredentialsDays: 45 }, accessAnalyzer: { unusedAccessDays: 90 } },
    // A key AWS finds exposed is deactivated and its user quarantined; the canary user's keys are only reported.
    leakedKeyResponder: { dryRun: false, allowListedUsers: ["canary-tokens"] },
});

/** The all-regions trail. */
export const trailArn = baseline.trailArn;
/** The alert topic of each region. */
export const alertTopicArns = baseline.alertTopicArns;
/** The IAM guardrail groups to put users in. */
export const groups = baseline.groupNames;

import * as pulumi from "@pulumi/pulumi";
import { BASELINE_CONFIG_KEYS, GuardrailBaseline, parseBaselineConfig } from "./components";

// The root program: the account baseline, built from stack config. Every setting
// is declared with its type and default in Pulumi.yaml; Pulumi.dev.yaml has
// documented examples. A bad or missing setting fails with one message that
// lists every problem.
const config = new pulumi.Config();
const args = parseBaselineConfig(Object.fromEntries(BASELINE_CONFIG_KEYS.map((key) => [key, config.get(key)])));
const baseline = new GuardrailBaseline("baseline", args);

/** The all-regions trail's ARN. */
export const trailArn = baseline.trailArn;
/** The bucket that holds the trail's log files. */
export const trailBucketName = baseline.trailBucketName;
/** The CloudWatch Logs group the CIS alarms watch. */
export const trailLogGroupName = baseline.trailLogGroupName;
/** The KMS key that encrypts the trail. */
export const trailKmsKeyArn = baseline.trailKmsKeyArn;
/** The alert topic of each region; confirm the e-mail subscriptions AWS sends for each. */
export const alertTopicArns = baseline.alertTopicArns;
/** The IAM guardrail groups: put every user and service principal in them. */
export const guardrailGroups = baseline.groupNames;
/** The estimated-charges alarms. */
export const billingAlarmNames = baseline.billingAlarmNames;
/** The vCPU alarm threshold of each region (0 where the team does not work). */
export const vcpuThresholds = baseline.vcpuThresholds;
/** The parts of the baseline that were created. */
export const enabledParts = baseline.enabledParts;

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { credentialsExposedPattern, rootActivityPattern } from "../documents/detect/eventPatterns";
import { checkRecipients, type AlertRecipients } from "./alertSubscriptions";
import { checkTopicArns, regionalProvider, regionalTopicArn } from "./regionalTopics";
import { validateFlag, validateRegions, validateTags } from "../documents/validate";
import { withFormerType } from "../common/componentType";

// @awsfact https://docs.aws.amazon.com/health/latest/ug/cloudwatch-events-health.html — AWS Health delivers global events to EventBridge in us-east-1, and in us-west-2 as a backup
/** AWS Health delivers global events in us-east-1, and in us-west-2 as a backup. */
export const HEALTH_EVENT_REGIONS: readonly string[] = Object.freeze(["us-east-1", "us-west-2"]);

/** The regions and rules of the alerts; `GuardrailBaseline.leakedKey` takes the same. */
export interface LeakedKeyAlertSettings {
    /** Regions with the rules, each with its own provider and topic. Default ["us-east-1", "us-west-2"], where AWS Health delivers global events. */
    regions?: string[];
    /** Also alert on root-user API calls and console sign-ins, in the same regions. Default true. */
    rootActivity?: boolean;
}

/** Arguments of LeakedKeyAlert. */
export interface LeakedKeyAlertArgs extends LeakedKeyAlertSettings, AlertRecipients {
    /** Existing alert topics by region (they must let EventBridge publish), used instead of creating one; each may be a topic's arn output. Default: a new topic per region. */
    topicArns?: Record<string, pulumi.Input<string>>;
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

const WHERE = "LeakedKeyAlert";

/** Validates the regions and the root-activity flag; throws {@link GuardrailInputError}. */
export function resolveLeakedKeyAlert(args: LeakedKeyAlertSettings): { regions: string[]; rootActivity: boolean } {
    return {
        regions: validateRegions(`${WHERE}: regions`, args.regions ?? [...HEALTH_EVENT_REGIONS]),
        rootActivity: validateFlag(`${WHERE}: rootActivity`, args.rootActivity, true),
    };
}

/**
 * Tells you within minutes when AWS itself finds one of your access keys exposed
 * (AWS Health `AWS_RISK_CREDENTIALS_EXPOSED`, raised when AWS sees a key in a
 * public repository), and when the root user signs in or calls an API.
 *
 * In each region (default us-east-1 and us-west-2) an EventBridge rule on the
 * default bus sends matching events to a CMK-encrypted SNS topic in that region.
 * The root-activity rule is enabled with all CloudTrail management events, so
 * it also sees read-only calls, but only those made in its own region; the CIS
 * root-usage alarm
 * (CisAlarms) covers every region through the multi-region trail.
 */
export class LeakedKeyAlert extends pulumi.ComponentResource {
    /** The alert topic ARN of each region. */
    readonly topicArns: Record<string, pulumi.Output<string>>;
    /** The ARNs of the Health rules, by region. */
    readonly healthRuleArns: Record<string, pulumi.Output<string>>;
    /** The ARNs of the root-activity rules, by region (empty when disabled). */
    readonly rootRuleArns: Record<string, pulumi.Output<string>>;

    constructor(name: string, args: LeakedKeyAlertArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const { regions, rootActivity } = resolveLeakedKeyAlert(args);
        const recipients = checkRecipients(WHERE, args);
        const existing = checkTopicArns(`${WHERE}: topicArns`, args.topicArns, regions);
        const tags = validateTags(WHERE, args.tags);
        super("aws-guardrails:index:LeakedKeyAlert", name, {}, withFormerType(opts, "aws-guardrails:detect:LeakedKeyAlert"));

        this.topicArns = {};
        this.healthRuleArns = {};
        this.rootRuleArns = {};
        for (const region of regions) {
            const provider = regionalProvider(this, name, region);
            const topicArn = regionalTopicArn({
                parent: this, name: `${name}-${region}-alerts`, provider, existing: existing[region],
                recipients, publishers: ["events"], tags,
            });
            this.topicArns[region] = topicArn;
            const rules: { suffix: string; description: string; pattern: object; state: string; into: Record<string, pulumi.Output<string>> }[] = [
                {
                    suffix: "credentials-exposed",
                    description: "AWS Health: an access key of this account was found exposed publicly (AWS_RISK_CREDENTIALS_EXPOSED). Deactivate it now.",
                    pattern: credentialsExposedPattern(),
                    state: "ENABLED",
                    into: this.healthRuleArns,
                },
            ];
            if (rootActivity) {
                rules.push({
                    suffix: "root-activity",
                    description: "The root user called an API or signed in to the console.",
                    pattern: rootActivityPattern(),
                    state: "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
                    into: this.rootRuleArns,
                });
            }
            for (const rule of rules) {
                const eventRule = new aws.cloudwatch.EventRule(`${name}-${region}-${rule.suffix}`, {
                    description: rule.description,
                    eventPattern: JSON.stringify(rule.pattern),
                    state: rule.state,
                    tags,
                }, { parent: this, provider });
                new aws.cloudwatch.EventTarget(`${name}-${region}-${rule.suffix}`, {
                    rule: eventRule.name,
                    arn: topicArn,
                }, { parent: this, provider });
                rule.into[region] = eventRule.arn;
            }
        }
        this.registerOutputs({ topicArns: this.topicArns, healthRuleArns: this.healthRuleArns, rootRuleArns: this.rootRuleArns });
    }
}

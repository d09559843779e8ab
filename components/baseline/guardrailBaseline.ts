import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountPasswordPolicy } from "../iam/accountPasswordPolicy";
import { IpRestrictionGroup } from "../iam/ipRestrictionGroup";
import { MfaRequiredGroup } from "../iam/mfaRequiredGroup";
import { RegionRestrictionGroup } from "../iam/regionRestrictionGroup";
import { AlertTopic } from "../detect/alertTopic";
import { AllRegionsTrail } from "../detect/allRegionsTrail";
import { BILLING_REGION, BillingAlarm } from "../detect/billingAlarm";
import { CisAlarms } from "../detect/cisAlarms";
import { InstanceCountAlarms } from "../detect/instanceCountAlarms";
import { KeyHygiene } from "../detect/keyHygiene";
import { LeakedKeyAlert } from "../detect/leakedKeyAlert";
import { LeakedKeyResponder } from "../detect/leakedKeyResponder";
import type { GuardrailBaselineArgs, Toggle } from "./args";
import { planBaseline, responderArgs } from "./plan";

function without<T extends Toggle>(toggle: T | undefined): Omit<T, "enabled"> {
    const { enabled: _ignored, ...rest } = toggle ?? ({} as T);
    void _ignored;
    return rest;
}

/**
 * The whole account baseline from one args object with secure defaults: the
 * account settings (password policy, account-level S3 Block Public Access,
 * EBS encryption by default in every allowed region), the IAM guardrails (IP,
 * region and MFA groups) and every
 * detection component (all-regions trail, CIS alarms, billing alarms and budget,
 * vCPU alarms in every region, leaked-key and root-activity alerts), the
 * continuous watch of existing keys (AWS Config rules, GuardDuty, IAM Access
 * Analyzer) and the leaked-key responder. Each part has an `enabled` flag.
 *
 * Alert topics are shared: one CMK-encrypted topic per region, with the
 * recipients subscribed once, that every alarm and rule of that region notifies.
 * The trail, the CIS alarms and the account public access block live in
 * `homeRegion`, through an explicit provider; each allowed region's EBS
 * default encryption uses that region's provider.
 * Every argument is validated before anything is registered.
 */
export class GuardrailBaseline extends pulumi.ComponentResource {
    /** The trail's ARN (undefined when the trail is disabled). */
    readonly trailArn: pulumi.Output<string | undefined>;
    /** The trail's log bucket. */
    readonly trailBucketName: pulumi.Output<string | undefined>;
    /** The trail's CloudWatch Logs group. */
    readonly trailLogGroupName: pulumi.Output<string | undefined>;
    /** The trail's KMS key. */
    readonly trailKmsKeyArn: pulumi.Output<string | undefined>;
    /** The shared alert topic of each region. */
    readonly alertTopicArns: Record<string, pulumi.Output<string>>;
    /** The names of the IAM guardrail groups that were created: ipRestriction, regionRestriction, mfaRequired. */
    readonly groupNames: Record<string, pulumi.Output<string>>;
    /** The billing alarm names. */
    readonly billingAlarmNames: pulumi.Output<string[] | undefined>;
    /** The vCPU alarm threshold of each watched region (0 where not in use). */
    readonly vcpuThresholds: Record<string, number>;
    /** The AWS Config delivery bucket of the key-hygiene watch (undefined when disabled). */
    readonly configBucketName: pulumi.Output<string | undefined>;
    /** The deny-all policy the responder attaches to the user of a leaked key (undefined when disabled). */
    readonly quarantinePolicyArn: pulumi.Output<string | undefined>;
    /** The parts that were created. */
    readonly enabledParts: string[];

    constructor(name: string, args: GuardrailBaselineArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const plan = planBaseline(name, args);
        super("aws-guardrails:index:GuardrailBaseline", name, {}, opts);
        const child = { parent: this };
        const { enabled, recipients, tags } = plan;

        const providers = new Map<string, aws.Provider>();
        const providerFor = (region: string): aws.Provider => {
            let provider = providers.get(region);
            if (!provider) {
                provider = new aws.Provider(`${name}-${region}`, { region }, child);
                providers.set(region, provider);
            }
            return provider;
        };
        this.alertTopicArns = {};
        for (const [region, publishers] of plan.topics) {
            const topic = new AlertTopic(`${name}-alerts-${region}`, {
                emails: recipients.emails,
                subscriptions: recipients.subscriptions,
                publishers,
                tags,
            }, { parent: this, provider: providerFor(region) });
            this.alertTopicArns[region] = topic.topicArn;
        }
        const topicsIn = (regions: string[]) => Object.fromEntries(regions.map((region) => [region, this.alertTopicArns[region]]));

        if (enabled.passwordPolicy) {
            new AccountPasswordPolicy(`${name}-password-policy`, without(args.passwordPolicy), child);
        }
        if (enabled.accountPublicAccessBlock) {
            // Account-wide (CIS 3.1.4): no bucket of the account can be made public.
            // Turn it off if the account hosts intentionally public buckets.
            new aws.s3.AccountPublicAccessBlock(`${name}-account-public-access-block`, {
                blockPublicAcls: true,
                blockPublicPolicy: true,
                ignorePublicAcls: true,
                restrictPublicBuckets: true,
            }, { parent: this, provider: providerFor(plan.homeRegion) });
        }
        if (enabled.ebsDefaultEncryption) {
            // A regional setting (CIS 6.1.1): one per allowed region, through its provider.
            for (const region of plan.allowedRegions) {
                new aws.ebs.EncryptionByDefault(`${name}-ebs-default-encryption-${region}`, { enabled: true }, { parent: this, provider: providerFor(region) });
            }
        }
        this.groupNames = {};
        if (enabled.ipRestriction) {
            this.groupNames.ipRestriction = new IpRestrictionGroup(`${name}-ip-fence`, {
                ...without(args.ipRestriction),
                cidrs: args.allowedCidrs ?? [],
            }, child).groupName;
        }
        if (enabled.regionRestriction) {
            this.groupNames.regionRestriction = new RegionRestrictionGroup(`${name}-region-fence`, {
                ...without(args.regionRestriction),
                regions: plan.allowedRegions,
            }, child).groupName;
        }
        if (enabled.mfaRequired) {
            this.groupNames.mfaRequired = new MfaRequiredGroup(`${name}-mfa`, without(args.mfaRequired), child).groupName;
        }

        const home = { parent: this, provider: providerFor(plan.homeRegion) };
        let trail: AllRegionsTrail | undefined;
        if (enabled.trail) {
            trail = new AllRegionsTrail(`${name}-trail`, { ...without(args.trail), tags }, home);
        }
        this.trailArn = trail ? trail.trailArn : pulumi.output(undefined);
        this.trailBucketName = trail ? trail.bucketName : pulumi.output(undefined);
        this.trailLogGroupName = trail ? trail.logGroupName : pulumi.output(undefined);
        this.trailKmsKeyArn = trail ? trail.kmsKeyArn : pulumi.output(undefined);
        if (enabled.cisAlarms) {
            const { logGroupName, ...cis } = without(args.cisAlarms);
            new CisAlarms(`${name}-cis`, {
                ...cis,
                logGroupName: trail ? trail.logGroupName : logGroupName ?? "",
                topicArn: this.alertTopicArns[plan.homeRegion],
                tags,
            }, home);
        }
        this.billingAlarmNames = pulumi.output(undefined);
        if (enabled.billing) {
            this.billingAlarmNames = new BillingAlarm(`${name}-billing`, {
                ...without(args.billing),
                topicArn: this.alertTopicArns[BILLING_REGION],
                tags,
            }, child).alarmNames;
        }
        this.vcpuThresholds = {};
        if (enabled.instanceCount) {
            const instance = without(args.instanceCount);
            this.vcpuThresholds = new InstanceCountAlarms(`${name}-vcpu`, {
                ...instance,
                regions: plan.instanceRegions,
                regionsInUse: plan.allowedRegions.filter((region) => plan.instanceRegions.includes(region)),
                topicArns: topicsIn(plan.instanceRegions),
                tags,
            }, child).thresholds;
        }
        if (enabled.leakedKey) {
            new LeakedKeyAlert(`${name}-leaked-key`, {
                ...without(args.leakedKey),
                regions: plan.leakedKeyRegions,
                topicArns: topicsIn(plan.leakedKeyRegions),
                tags,
            }, child);
        }
        this.configBucketName = pulumi.output(undefined);
        if (plan.keyHygiene) {
            this.configBucketName = new KeyHygiene(`${name}-key-hygiene`, {
                ...without(args.keyHygiene),
                homeRegion: plan.homeRegion,
                regions: plan.watchedRegions,
                topicArn: this.alertTopicArns[plan.homeRegion],
                tags,
            }, child).configBucketName;
        }
        this.quarantinePolicyArn = pulumi.output(undefined);
        if (plan.responder) {
            this.quarantinePolicyArn = new LeakedKeyResponder(`${name}-leaked-key-responder`, {
                ...responderArgs(args, plan.homeRegion, plan.watchedRegions),
                topicArns: topicsIn(plan.responder.functionRegions),
                tags,
            }, child).quarantinePolicyArn;
        }
        this.enabledParts = Object.entries(enabled).filter(([, on]) => on).map(([part]) => part);
        this.registerOutputs({
            trailArn: this.trailArn,
            trailBucketName: this.trailBucketName,
            trailLogGroupName: this.trailLogGroupName,
            trailKmsKeyArn: this.trailKmsKeyArn,
            alertTopicArns: this.alertTopicArns,
            groupNames: this.groupNames,
            billingAlarmNames: this.billingAlarmNames,
            vcpuThresholds: this.vcpuThresholds,
            configBucketName: this.configBucketName,
            quarantinePolicyArn: this.quarantinePolicyArn,
            enabledParts: this.enabledParts,
        });
    }
}

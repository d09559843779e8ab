import type * as pulumi from "@pulumi/pulumi";
import type { AccountPasswordPolicyArgs } from "../iam/accountPasswordPolicy";
import type { IpRestrictionGroupArgs } from "../iam/ipRestrictionGroup";
import type { MfaRequiredGroupArgs } from "../iam/mfaRequiredGroup";
import type { RegionRestrictionGroupArgs } from "../iam/regionRestrictionGroup";
import type { AlertSubscription } from "../detect/alertSubscriptions";
import type { AllRegionsTrailArgs } from "../detect/trailSettings";
import type { BillingAlarmArgs } from "../detect/billingAlarm";
import type { CisAlarmsArgs } from "../detect/cisAlarms";
import type { InstanceCountAlarmsArgs } from "../detect/instanceCountAlarms";
import type { KeyHygieneArgs } from "../detect/keyHygieneSettings";
import type { LeakedKeyAlertArgs } from "../detect/leakedKeyAlert";
import type { LeakedKeyResponderArgs } from "../detect/leakedKeyResponderSettings";

/** The on/off switch every part of the baseline has. */
export interface Toggle {
    /** Create this part. Default true (the IP fence: true when allowed CIDRs, VPC endpoints or VPCs are given). */
    enabled?: boolean;
}

/** Arguments of {@link GuardrailBaseline}: one object, secure defaults, every part switchable. */
export interface GuardrailBaselineArgs {
    /** Region of the trail, its log group and the CIS alarms. Default "us-east-1". */
    homeRegion?: string;
    /** Regions the team uses: the region fence allows them, and their vCPU alarms get the ceiling instead of 0. Default [homeRegion]. */
    allowedRegions?: string[];
    /** Public CIDRs keys may be used from; the IP fence is created only with these (or VPC endpoints/VPCs). Default none. */
    allowedCidrs?: string[];
    /** E-mail addresses subscribed to every alert topic; each must confirm once per topic. Default none. */
    alertEmails?: string[];
    /** Other subscriptions of every alert topic (https, sqs, lambda, ...). Default none. */
    alertSubscriptions?: AlertSubscription[];
    /** Tags for every taggable resource of the detection parts. Default none. */
    tags?: Record<string, string>;
    /** The account password policy (CIS 2.8, 2.9). Default enabled with CIS settings. */
    passwordPolicy?: Toggle & AccountPasswordPolicyArgs;
    /**
     * The account-level S3 Block Public Access, with all four settings true
     * (CIS AWS Foundations v7.0.0 3.1.4, v5.0.0 2.1.4): no bucket of the account
     * can be made public, by ACL or by policy. Free. Default enabled; turn it off
     * if the account hosts intentionally public buckets.
     */
    accountPublicAccessBlock?: Toggle;
    /**
     * EBS encryption by default in every region of `allowedRegions` (a regional
     * setting; CIS AWS Foundations v7.0.0 6.1.1, v5.0.0 5.1.1): every new volume
     * and snapshot copy is encrypted, with the AWS-managed key. Free. Default enabled.
     */
    ebsDefaultEncryption?: Toggle;
    /** The IAM group that denies requests from outside `allowedCidrs`. Default enabled when CIDRs are given. */
    ipRestriction?: Toggle & Omit<IpRestrictionGroupArgs, "cidrs">;
    /** The IAM group that denies requests outside `allowedRegions`. Default enabled. */
    regionRestriction?: Toggle & Omit<RegionRestrictionGroupArgs, "regions">;
    /** The IAM group that denies everything without MFA, for humans. Default enabled. */
    mfaRequired?: Toggle & MfaRequiredGroupArgs;
    /** The all-regions CloudTrail trail. Default enabled. */
    trail?: Toggle & Omit<AllRegionsTrailArgs, "tags">;
    /** The CIS metric filters and alarms on the trail's log group. Default enabled; `logGroupName` is needed only when the trail is disabled. */
    cisAlarms?: Toggle & Pick<CisAlarmsArgs, "disabled" | "metricNamespace"> & { logGroupName?: pulumi.Input<string> };
    /** Estimated-charges alarms and the forecast budget. Default enabled, thresholds [50, 250, 1000] USD. */
    billing?: Toggle & Pick<BillingAlarmArgs, "thresholds" | "budget">;
    /** vCPU alarms in every region. Default enabled in the 17 default regions plus `allowedRegions`. */
    instanceCount?: Toggle & Pick<InstanceCountAlarmsArgs, "regions" | "vcpuCeiling" | "instanceClasses">;
    /** The exposed-key (AWS Health) and root-activity alerts. Default enabled in us-east-1 and us-west-2. */
    leakedKey?: Toggle & Pick<LeakedKeyAlertArgs, "regions" | "rootActivity">;
    /**
     * The continuous watch of existing keys (`KeyHygiene`): AWS Config with the key rules, GuardDuty and
     * IAM Access Analyzer in the regions the vCPU alarms watch, reporting to the home region's topic.
     * Default enabled; turn a sub-part off where the account already has a Config recorder or a GuardDuty detector.
     */
    keyHygiene?: Toggle & Pick<KeyHygieneArgs, "config" | "guardDuty" | "accessAnalyzer">;
    /**
     * The leaked-key responder (`LeakedKeyResponder`): deactivates a key AWS found exposed and quarantines
     * its user. Default enabled and acting (AWS has already found the key in public); `dryRun` to watch first.
     */
    leakedKeyResponder?: Toggle & Omit<LeakedKeyResponderArgs, "topicArns" | "tags" | "emails" | "subscriptions">;
}

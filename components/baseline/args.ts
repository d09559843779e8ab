import type { AccountPasswordPolicyArgs } from "../iam/accountPasswordPolicy";
import type { IpFenceSettings } from "../iam/ipRestrictionGroup";
import type { MfaRequiredGroupArgs } from "../iam/mfaRequiredGroup";
import type { RegionFenceSettings } from "../iam/regionRestrictionGroup";
import type * as pulumi from "@pulumi/pulumi";
import type { AlertSubscription } from "../detect/alertSubscriptions";
import type { BillingSettings } from "../detect/billingAlarm";
import type { CisAlarmSettings } from "../detect/cisAlarms";
import type { VcpuAlarmSettings } from "../detect/instanceCountAlarms";
import type { KeyHygieneParts } from "../detect/keyHygieneSettings";
import type { LeakedKeyAlertSettings } from "../detect/leakedKeyAlert";
import type { LeakedKeyResponderSettings } from "../detect/leakedKeyResponderSettings";
import type { TrailOptions } from "../detect/trailSettings";

/** The on/off switch every part of the baseline has. */
export interface Toggle {
    /** Create this part. Default true (the IP fence: true when allowed CIDRs, VPC endpoints or VPCs are given). */
    enabled?: boolean;
}

/** The account password policy part: the switch and AccountPasswordPolicy's settings. */
export interface PasswordPolicyPart extends Toggle, AccountPasswordPolicyArgs {}

/** The IP fence part: the switch and IpRestrictionGroup's settings (its ranges are the baseline's allowedCidrs). */
export interface IpRestrictionPart extends Toggle, IpFenceSettings {}

/** The region fence part: the switch and RegionRestrictionGroup's settings (its regions are the baseline's allowedRegions). */
export interface RegionRestrictionPart extends Toggle, RegionFenceSettings {}

/** The MFA group part: the switch and MfaRequiredGroup's settings. */
export interface MfaRequiredPart extends Toggle, MfaRequiredGroupArgs {}

/** The trail part: the switch and AllRegionsTrail's settings (its tags are the baseline's). */
export interface TrailPart extends Toggle, TrailOptions {}

/** The CIS alarms part: the switch, CisAlarms' settings, and the log group to watch when the trail part is off. */
export interface CisAlarmsPart extends Toggle, CisAlarmSettings {
    /** The CloudWatch Logs group of a multi-region trail; needed only when the trail part is disabled. */
    logGroupName?: pulumi.Input<string>;
}

/** The billing part: the switch and BillingAlarm's thresholds and budget. */
export interface BillingPart extends Toggle, BillingSettings {}

/** The vCPU alarms part: the switch, the regions to watch and InstanceCountAlarms' ceilings and classes. */
export interface InstanceCountPart extends Toggle, VcpuAlarmSettings {
    /** Regions to watch. Default the 17 regions enabled in every account plus allowedRegions. */
    regions?: string[];
}

/** The leaked-key alerts part: the switch and LeakedKeyAlert's regions and rules. */
export interface LeakedKeyPart extends Toggle, LeakedKeyAlertSettings {}

/** The key-hygiene part: the switch and KeyHygiene's three parts. */
export interface KeyHygienePart extends Toggle, KeyHygieneParts {}

/** The leaked-key responder part: the switch and LeakedKeyResponder's settings. */
export interface LeakedKeyResponderPart extends Toggle, LeakedKeyResponderSettings {}

/** Arguments of GuardrailBaseline: one object, secure defaults, every part switchable. */
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
    passwordPolicy?: PasswordPolicyPart;
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
    ipRestriction?: IpRestrictionPart;
    /** The IAM group that denies requests outside `allowedRegions`. Default enabled. */
    regionRestriction?: RegionRestrictionPart;
    /** The IAM group that denies everything without MFA, for humans. Default enabled. */
    mfaRequired?: MfaRequiredPart;
    /** The all-regions CloudTrail trail. Default enabled. */
    trail?: TrailPart;
    /** The CIS metric filters and alarms on the trail's log group. Default enabled; `logGroupName` is needed only when the trail is disabled. */
    cisAlarms?: CisAlarmsPart;
    /** Estimated-charges alarms and the forecast budget. Default enabled, thresholds [50, 250, 1000] USD. */
    billing?: BillingPart;
    /** vCPU alarms in every region. Default enabled in the 17 default regions plus `allowedRegions`. */
    instanceCount?: InstanceCountPart;
    /** The exposed-key (AWS Health) and root-activity alerts. Default enabled in us-east-1 and us-west-2. */
    leakedKey?: LeakedKeyPart;
    /**
     * The continuous watch of existing keys (KeyHygiene): AWS Config with the key rules, GuardDuty and
     * IAM Access Analyzer in the regions the vCPU alarms watch, reporting to the home region's topic.
     * Default enabled; turn a sub-part off where the account already has a Config recorder or a GuardDuty detector.
     */
    keyHygiene?: KeyHygienePart;
    /**
     * The leaked-key responder (LeakedKeyResponder): deactivates a key AWS found exposed and quarantines
     * its user. Default enabled and acting (AWS has already found the key in public); `dryRun` to watch first.
     */
    leakedKeyResponder?: LeakedKeyResponderPart;
}

import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccountScope } from "../documents/detect/arns";
import { CONFIG_NO_GLOBAL_IAM_REGIONS } from "../documents/detect/configRules";
import { GuardrailInputError } from "../documents/errors";
import { describeValue } from "../documents/validate/describe";
import { validateRegion } from "../documents/validate/region";
import type { AlertRecipients } from "./alertSubscriptions";
import { DEFAULT_ENABLED_REGIONS } from "./regionDefaults";
import { validateFlag, validateOneOf, validateRegions, validateTags, validateWholeNumber } from "../documents/validate";

/** AWS Config: the recorders, their delivery channel, the managed rules and the optional remediation. */
export interface KeyHygieneConfig {
    /** Create them (only when the account has no recorder yet: AWS allows one per region). Default true. */
    enabled?: boolean;
    /** Regions with a recorder (CIS 4.3 asks for all). Default: the component's `regions`. The home region is always one. */
    regions?: string[];
    /** `access-keys-rotated` threshold, in days (1 to 3650). Default 90. */
    maxAccessKeyAgeDays?: number;
    /** `iam-user-unused-credentials-check` threshold, in days (1 to 3650). Default 45 (CIS 2.11). */
    unusedCredentialsDays?: number;
    /** Revoke unused credentials automatically with `AWSConfigRemediation-RevokeUnusedIAMUserCredentials` (it deactivates keys and deletes unused passwords). Default false. */
    autoRemediation?: boolean;
    /** Let `pulumi destroy` delete the delivery bucket with its files. Default false. */
    forceDestroy?: boolean;
}

/** GuardDuty: a detector in every region, with high findings forwarded to the home region. */
export interface KeyHygieneGuardDuty {
    /** Create them (only where the account has no detector yet: one per region). Default true. */
    enabled?: boolean;
    /** Regions with a detector, used or not: unused regions are where attackers go. Default: the component's `regions`. */
    regions?: string[];
    /** Findings of this severity or above reach the alert topic (1 to 10; high is 7). Default 7. */
    minimumSeverity?: number;
    /** How often GuardDuty re-publishes updated findings. Default "FIFTEEN_MINUTES". */
    findingPublishingFrequency?: FindingPublishingFrequency;
}

/** IAM Access Analyzer: external access in every region, unused access once. */
export interface KeyHygieneAccessAnalyzer {
    /** Create them. Default true. */
    enabled?: boolean;
    /** Regions with an external-access analyzer (free; CIS 2.18 asks for all). Default: the component's `regions`. */
    regions?: string[];
    /** Also create the unused-access analyzer (billed per IAM user and role analyzed). Default true. */
    unusedAccess?: boolean;
    /** Days without use after which access counts as unused (1 to 365). Default 90. */
    unusedAccessDays?: number;
}

// @awsfact https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html — FindingPublishingFrequency is FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS
/** GuardDuty's finding publishing frequencies (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html). */
export const FindingPublishingFrequency = {
    /** Every 15 minutes. */
    FifteenMinutes: "FIFTEEN_MINUTES",
    /** Every hour. */
    OneHour: "ONE_HOUR",
    /** Every six hours. */
    SixHours: "SIX_HOURS",
} as const;

/** One of `FindingPublishingFrequency`. */
export type FindingPublishingFrequency = (typeof FindingPublishingFrequency)[keyof typeof FindingPublishingFrequency];

/** Every `FindingPublishingFrequency` value. */
export const FINDING_PUBLISHING_FREQUENCIES: readonly FindingPublishingFrequency[] = Object.freeze(Object.values(FindingPublishingFrequency));

/** @deprecated Renamed `KeyHygieneConfig`. */
export type KeyHygieneConfigArgs = KeyHygieneConfig;
/** @deprecated Renamed `KeyHygieneGuardDuty`. */
export type KeyHygieneGuardDutyArgs = KeyHygieneGuardDuty;
/** @deprecated Renamed `KeyHygieneAccessAnalyzer`. */
export type KeyHygieneAccessAnalyzerArgs = KeyHygieneAccessAnalyzer;

/** The three parts of the watch; `GuardrailBaseline.keyHygiene` takes the same. */
export interface KeyHygieneParts {
    /** AWS Config. Default enabled. */
    config?: KeyHygieneConfig;
    /** GuardDuty. Default enabled. */
    guardDuty?: KeyHygieneGuardDuty;
    /** IAM Access Analyzer. Default enabled. */
    accessAnalyzer?: KeyHygieneAccessAnalyzer;
}

/** Arguments of KeyHygiene. */
export interface KeyHygieneArgs extends KeyHygieneParts, AlertRecipients {
    /** Region of the IAM recording, the rules, the unused-access analyzer and the alert topic. Default "us-east-1". */
    homeRegion?: string;
    /** Regions watched by every part. Default the 17 regions enabled in every account, plus the home region. */
    regions?: string[];
    /** An existing alert topic in the home region that lets EventBridge publish; may be a topic's arn output. Default: a new topic. */
    topicArn?: pulumi.Input<string>;
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

/** Validated settings of a {@link KeyHygiene}. */
export interface ResolvedKeyHygiene {
    /** The home region. */
    homeRegion: string;
    /** AWS Config, when enabled. */
    config?: { regions: string[]; maxAccessKeyAgeDays: number; unusedCredentialsDays: number; autoRemediation: boolean; forceDestroy: boolean };
    /** GuardDuty, when enabled. */
    guardDuty?: { regions: string[]; minimumSeverity: number; findingPublishingFrequency: FindingPublishingFrequency };
    /** Access Analyzer, when enabled. */
    accessAnalyzer?: { regions: string[]; unusedAccessDays?: number };
    /** Tags. */
    tags: Record<string, string>;
}

/**
 * What one part of the watch (`config` or `guardDuty`) needs from its
 * {@link KeyHygiene}: the owner, the validated settings with that part set,
 * the explicit provider of each region, the partition and account, and the
 * home region's alert topic.
 */
export interface KeyHygienePartRequest<Part extends "config" | "guardDuty"> {
    /** The owning component. */
    parent: pulumi.Resource;
    /** The component's name, the prefix of every child's name. */
    name: string;
    /** The validated settings, with `Part` set. */
    settings: ResolvedKeyHygiene & { [P in Part]-?: NonNullable<ResolvedKeyHygiene[P]> };
    /** The explicit provider of a region. */
    providerFor: (region: string) => aws.Provider;
    /** The partition and account. */
    scope: pulumi.Output<AccountScope>;
    /** The home region's alert topic. */
    topicArn: pulumi.Input<string>;
}

const WHERE = "KeyHygiene";

function part<T extends { enabled?: boolean }>(label: string, value: T | undefined): T | undefined {
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
        throw new GuardrailInputError(`${WHERE}: ${label} must be an object such as { enabled: false }; got ${describeValue(value)}`);
    }
    return validateFlag(`${WHERE}: ${label}.enabled`, value?.enabled, true) ? (value ?? ({} as T)) : undefined;
}

/** The part's regions, defaulting to the component's, always with the home region first. */
function regionsOf(label: string, value: unknown, fallback: string[], home: string): string[] {
    const regions = value === undefined ? fallback : validateRegions(`${WHERE}: ${label}.regions`, value);
    return [home, ...regions.filter((region) => region !== home)];
}

function minimumSeverity(value: unknown): number {
    if (value === undefined) return 7;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > 10) {
        throw new GuardrailInputError(`${WHERE}: guardDuty.minimumSeverity ${describeValue(value)} is not allowed; expected a number from 1 to 10 (low 1-3.9, medium 4-6.9, high 7-8.9, critical 9-10)`);
    }
    return value;
}

/** Applies the defaults and validates every argument; throws {@link GuardrailInputError}. */
export function resolveKeyHygiene(args: KeyHygieneArgs = {}): ResolvedKeyHygiene {
    const homeRegion = validateRegion(`${WHERE}: homeRegion`, args.homeRegion ?? "us-east-1");
    const regions = args.regions === undefined ? [...DEFAULT_ENABLED_REGIONS] : validateRegions(`${WHERE}: regions`, args.regions);
    const resolved: ResolvedKeyHygiene = { homeRegion, tags: validateTags(WHERE, args.tags) };
    const config = part("config", args.config);
    if (config) {
        if (CONFIG_NO_GLOBAL_IAM_REGIONS.includes(homeRegion)) {
            throw new GuardrailInputError(`${WHERE}: homeRegion "${homeRegion}" cannot record IAM users and policies with AWS Config (AWS Config added it after February 2022), so the IAM rules could not evaluate there; choose another home region, or set config.enabled to false`);
        }
        resolved.config = {
            regions: regionsOf("config", config.regions, regions, homeRegion),
            maxAccessKeyAgeDays: validateWholeNumber(`${WHERE}: config.maxAccessKeyAgeDays`, config.maxAccessKeyAgeDays, { min: 1, max: 3650, fallback: 90 }),
            unusedCredentialsDays: validateWholeNumber(`${WHERE}: config.unusedCredentialsDays`, config.unusedCredentialsDays, { min: 1, max: 3650, fallback: 45 }),
            autoRemediation: validateFlag(`${WHERE}: config.autoRemediation`, config.autoRemediation, false),
            forceDestroy: validateFlag(`${WHERE}: config.forceDestroy`, config.forceDestroy, false),
        };
    }
    const guardDuty = part("guardDuty", args.guardDuty);
    if (guardDuty) {
        resolved.guardDuty = {
            regions: regionsOf("guardDuty", guardDuty.regions, regions, homeRegion),
            minimumSeverity: minimumSeverity(guardDuty.minimumSeverity),
            findingPublishingFrequency: validateOneOf(`${WHERE}: guardDuty.findingPublishingFrequency`, guardDuty.findingPublishingFrequency, FINDING_PUBLISHING_FREQUENCIES, FindingPublishingFrequency.FifteenMinutes),
        };
    }
    const analyzer = part("accessAnalyzer", args.accessAnalyzer);
    if (analyzer) {
        const unused = validateFlag(`${WHERE}: accessAnalyzer.unusedAccess`, analyzer.unusedAccess, true);
        resolved.accessAnalyzer = {
            regions: regionsOf("accessAnalyzer", analyzer.regions, regions, homeRegion),
            // unusedAccessAge: 1 to 365 days (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_UnusedAccessConfiguration.html)
            // @awsfact https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_UnusedAccessConfiguration.html — unusedAccessAge is 1 to 365 days
            unusedAccessDays: unused ? validateWholeNumber(`${WHERE}: accessAnalyzer.unusedAccessDays`, analyzer.unusedAccessDays, { min: 1, max: 365, fallback: 90 }) : undefined,
        };
    }
    return resolved;
}

/** Whether the parts publish to the home alert topic (Config compliance changes and GuardDuty findings do). */
export function publishesToTopic(settings: ResolvedKeyHygiene): boolean {
    return settings.config !== undefined || settings.guardDuty !== undefined;
}

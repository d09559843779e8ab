import { GuardrailInputError } from "../documents/errors";
import { validateRegion } from "../documents/validate/region";
import { resolvePasswordPolicy } from "../iam/accountPasswordPolicy";
import { resolveIpFence } from "../iam/ipRestrictionGroup";
import { resolveMfaGroup } from "../iam/mfaRequiredGroup";
import { resolveRegionFence } from "../iam/regionRestrictionGroup";
import type { AlertPublisher } from "../detect/alertTopic";
import { checkRecipients, type CheckedRecipients } from "../detect/alertSubscriptions";
import { BILLING_REGION, resolveBillingAlarm } from "../detect/billingAlarm";
import { resolveCisAlarms } from "../detect/cisAlarms";
import { planInstanceCountAlarms } from "../detect/instanceCountAlarms";
import { publishesToTopic, resolveKeyHygiene, type ResolvedKeyHygiene } from "../detect/keyHygieneSettings";
import { resolveLeakedKeyAlert } from "../detect/leakedKeyAlert";
import { resolveLeakedKeyResponder, type LeakedKeyResponderArgs, type ResolvedResponder } from "../detect/leakedKeyResponderSettings";
import { DEFAULT_ENABLED_REGIONS } from "../detect/regionDefaults";
import { resolveTrailSettings } from "../detect/trailSettings";
import { validateFlag, validateRegions, validateTags } from "../documents/validate";
import type { GuardrailBaselineArgs, Toggle } from "./args";

/** Which parts the baseline creates, and where its alert topics live. */
export interface BaselinePlan {
    /** The trail's region. */
    homeRegion: string;
    /** Regions in use. */
    allowedRegions: string[];
    /** Validated recipients. */
    recipients: CheckedRecipients;
    /** Validated tags. */
    tags: Record<string, string>;
    /** Whether each part is created. */
    enabled: Record<BaselinePart, boolean>;
    /** The regions watched by the vCPU alarms. */
    instanceRegions: string[];
    /** The regions of the leaked-key rules. */
    leakedKeyRegions: string[];
    /** The regions every account has enabled, plus the allowed ones: watched by Config, GuardDuty and Access Analyzer. */
    watchedRegions: string[];
    /** The key-hygiene watch, when enabled. */
    keyHygiene?: ResolvedKeyHygiene;
    /** The leaked-key responder, when enabled. */
    responder?: ResolvedResponder;
    /** One shared alert topic per region, with the services that publish to it. */
    topics: Map<string, AlertPublisher[]>;
}

/** The parts of the baseline, each with its own `enabled` flag. */
export type BaselinePart =
    | "passwordPolicy" | "accountPublicAccessBlock" | "ebsDefaultEncryption" | "ipRestriction" | "regionRestriction" | "mfaRequired"
    | "trail" | "cisAlarms" | "billing" | "instanceCount" | "leakedKey" | "keyHygiene" | "leakedKeyResponder";

const WHERE = "GuardrailBaseline";

function isOn(part: string, toggle: Toggle | undefined, fallback: boolean): boolean {
    if (toggle !== undefined && (typeof toggle !== "object" || toggle === null)) {
        throw new GuardrailInputError(`${WHERE}: ${part} must be an object such as { enabled: false }; got ${JSON.stringify(toggle)}`);
    }
    return validateFlag(`${WHERE}: ${part}.enabled`, toggle?.enabled, fallback);
}

/** Runs a child's validation and prefixes its error with the part's name. */
function within<T>(part: string, check: () => T): T {
    try {
        return check();
    } catch (error) {
        if (error instanceof GuardrailInputError) {
            throw new GuardrailInputError(`${WHERE}: ${part}: ${error.message}`);
        }
        throw error;
    }
}

function without<T extends Toggle>(toggle: T | undefined): Omit<T, "enabled"> {
    const { enabled: _ignored, ...rest } = toggle ?? ({} as T);
    void _ignored;
    return rest;
}

/**
 * Validates every argument of every part, as each child would, before the
 * baseline registers anything; returns the plan. Throws {@link GuardrailInputError}.
 */
export function planBaseline(name: string, args: GuardrailBaselineArgs = {}): BaselinePlan {
    const homeRegion = validateRegion(`${WHERE}: homeRegion`, args.homeRegion ?? "us-east-1");
    const allowedRegions = validateRegions(`${WHERE}: allowedRegions`, args.allowedRegions ?? [homeRegion]);
    const recipients = checkRecipients(WHERE, { emails: args.alertEmails, subscriptions: args.alertSubscriptions });
    const tags = validateTags(WHERE, args.tags);
    const ip = without(args.ipRestriction);
    const hasNetworks = (args.allowedCidrs?.length ?? 0) > 0 || (ip.allowedVpcEndpoints?.length ?? 0) > 0 || (ip.allowedVpcs?.length ?? 0) > 0;
    const enabled: Record<BaselinePart, boolean> = {
        passwordPolicy: isOn("passwordPolicy", args.passwordPolicy, true),
        accountPublicAccessBlock: isOn("accountPublicAccessBlock", args.accountPublicAccessBlock, true),
        ebsDefaultEncryption: isOn("ebsDefaultEncryption", args.ebsDefaultEncryption, true),
        ipRestriction: isOn("ipRestriction", args.ipRestriction, hasNetworks),
        regionRestriction: isOn("regionRestriction", args.regionRestriction, true),
        mfaRequired: isOn("mfaRequired", args.mfaRequired, true),
        trail: isOn("trail", args.trail, true),
        cisAlarms: isOn("cisAlarms", args.cisAlarms, true),
        billing: isOn("billing", args.billing, true),
        instanceCount: isOn("instanceCount", args.instanceCount, true),
        leakedKey: isOn("leakedKey", args.leakedKey, true),
        keyHygiene: isOn("keyHygiene", args.keyHygiene, true),
        leakedKeyResponder: isOn("leakedKeyResponder", args.leakedKeyResponder, true),
    };
    if (enabled.passwordPolicy) within("passwordPolicy", () => resolvePasswordPolicy(without(args.passwordPolicy)));
    if (enabled.ipRestriction) {
        if (!hasNetworks) {
            throw new GuardrailInputError(`${WHERE}: ipRestriction is enabled but allowedCidrs is empty and no allowedVpcEndpoints or allowedVpcs are given, so every request of its members would be denied; give allowedCidrs like ["203.0.113.0/24"] or set ipRestriction.enabled to false`);
        }
        resolveIpFence(`${WHERE}: ipRestriction`, "placeholder", { ...ip, cidrs: args.allowedCidrs ?? [] });
    }
    if (enabled.regionRestriction) {
        resolveRegionFence(`${WHERE}: regionRestriction`, "placeholder", { ...without(args.regionRestriction), regions: allowedRegions });
    }
    if (enabled.mfaRequired) resolveMfaGroup(`${WHERE}: mfaRequired`, "placeholder", without(args.mfaRequired));
    if (enabled.trail) within("trail", () => resolveTrailSettings(`${name}-trail`, without(args.trail)));
    if (enabled.cisAlarms) {
        within("cisAlarms", () => resolveCisAlarms(without(args.cisAlarms)));
        if (!enabled.trail && !args.cisAlarms?.logGroupName) {
            throw new GuardrailInputError(`${WHERE}: cisAlarms needs the trail's log group: enable the trail, or give cisAlarms.logGroupName, or set cisAlarms.enabled to false`);
        }
    }
    const billing = enabled.billing ? within("billing", () => resolveBillingAlarm(without(args.billing))) : undefined;
    const instance = without(args.instanceCount);
    const instanceRegions = instance.regions ?? [...new Set([...DEFAULT_ENABLED_REGIONS, ...allowedRegions])];
    if (enabled.instanceCount) {
        const regionsInUse = allowedRegions.filter((region) => (instance.regions ?? instanceRegions).includes(region));
        within("instanceCount", () => planInstanceCountAlarms({ ...instance, regions: instanceRegions, regionsInUse }));
    }
    const leakedKeyRegions = enabled.leakedKey ? within("leakedKey", () => resolveLeakedKeyAlert(without(args.leakedKey))).regions : [];
    const watchedRegions = [...new Set([...DEFAULT_ENABLED_REGIONS, ...allowedRegions])];
    const keyHygiene = enabled.keyHygiene
        ? within("keyHygiene", () => resolveKeyHygiene({ ...without(args.keyHygiene), homeRegion, regions: watchedRegions }))
        : undefined;
    const responder = enabled.leakedKeyResponder
        ? within("leakedKeyResponder", () => resolveLeakedKeyResponder(responderArgs(args, homeRegion, watchedRegions)))
        : undefined;

    const topics = new Map<string, AlertPublisher[]>();
    const need = (region: string, publisher: AlertPublisher) => {
        const list = topics.get(region) ?? [];
        if (!list.includes(publisher)) list.push(publisher);
        topics.set(region, list);
    };
    if (enabled.cisAlarms) need(homeRegion, "cloudwatch");
    if (billing) {
        need(BILLING_REGION, "cloudwatch");
        if (billing.budget) need(BILLING_REGION, "budgets");
    }
    if (enabled.instanceCount) instanceRegions.forEach((region) => need(region, "cloudwatch"));
    leakedKeyRegions.forEach((region) => need(region, "events"));
    if (keyHygiene && publishesToTopic(keyHygiene)) need(homeRegion, "events");
    // The responder publishes with its role: its regions need a topic, and no service publisher.
    for (const region of responder?.functionRegions ?? []) if (!topics.has(region)) topics.set(region, []);
    return { homeRegion, allowedRegions, recipients, tags, enabled, instanceRegions, leakedKeyRegions, watchedRegions, keyHygiene, responder, topics };
}

/** The responder's args within the baseline: CloudTrail looked up in the watched regions, GuardDuty findings where KeyHygiene gathers them. */
export function responderArgs(args: GuardrailBaselineArgs, homeRegion: string, watchedRegions: string[]): LeakedKeyResponderArgs {
    const responder = without(args.leakedKeyResponder);
    const guardDuty = responder.guardDutyFindings;
    return {
        ...responder,
        lookupRegions: responder.lookupRegions ?? watchedRegions,
        guardDutyFindings: guardDuty === undefined || (typeof guardDuty === "object" && guardDuty !== null) ? { region: homeRegion, ...guardDuty } : guardDuty,
    };
}

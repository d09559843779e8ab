import type * as pulumi from "@pulumi/pulumi";
import { CREDENTIAL_EXFILTRATION_FINDING_TYPES } from "../documents/detect/findingPatterns";
import { GuardrailInputError } from "../documents/errors";
import { validateAccessKeyId, validateUserName } from "../documents/validate/iamNames";
import { optionalStringList, stringList } from "../documents/validate/list";
import { validateRegion } from "../documents/validate/region";
import { describeValue } from "../documents/validate/describe";
import type { AlertRecipients } from "./alertSubscriptions";
import { HEALTH_EVENT_REGIONS } from "./leakedKeyAlert";
import { DEFAULT_ENABLED_REGIONS } from "./regionDefaults";
import { LOG_RETENTION_DAYS } from "./trailSettings";
import { validateFlag, validateRegions, validateTags, validateWholeNumber } from "../documents/validate";

/** The optional GuardDuty trigger of the responder. */
export interface ResponderGuardDutyArgs {
    /** Also respond to GuardDuty findings. Default false. */
    enabled?: boolean;
    /** The region whose default bus carries every region's findings (the home region of {@link KeyHygiene}). Default: the first of `regions`. */
    region?: string;
    /** The finding types to respond to. Default the credential-exfiltration types `UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS` and `.InsideAWS`. */
    findingTypes?: string[];
}

/** Arguments of {@link LeakedKeyResponder}. */
export interface LeakedKeyResponderArgs extends AlertRecipients {
    /** Regions with a function and the AWS Health rule. Default ["us-east-1", "us-west-2"], where AWS Health delivers global events. */
    regions?: string[];
    /** Report what would be done and change nothing (the role then cannot change anything either). Default false: keys are deactivated. */
    dryRun?: boolean;
    /** Long-term access key ids that are only reported, never deactivated (canary keys, for example). Stored hashed. Default none. */
    allowListedKeyIds?: string[];
    /** IAM user names whose keys are only reported. Default none. */
    allowListedUsers?: string[];
    /** Regions whose CloudTrail event history is searched for the key's activity. Default the 17 regions enabled in every account. */
    lookupRegions?: string[];
    /** How far back the activity summary goes, in hours (1 to 2160). Default 24. */
    lookbackHours?: number;
    /** Respond to GuardDuty findings too. Default off. */
    guardDutyFindings?: ResponderGuardDutyArgs;
    /** Existing alert topics by region (the function's role may publish to them). Default: a new topic per region. */
    topicArns?: Record<string, pulumi.Input<string>>;
    /** Retention of the functions' logs, in days. Default 365. */
    logRetentionDays?: number;
    /** Tags for every taggable child. Default none. */
    tags?: Record<string, string>;
}

/** Validated settings of a {@link LeakedKeyResponder}. */
export interface ResolvedResponder {
    /** Regions with the Health rule. */
    regions: string[];
    /** Every region with a function: `regions` plus the GuardDuty region. */
    functionRegions: string[];
    /** Report only. */
    dryRun: boolean;
    /** Allow-listed key ids. */
    allowListedKeyIds: string[];
    /** Allow-listed users. */
    allowListedUsers: string[];
    /** Regions searched in CloudTrail. */
    lookupRegions: string[];
    /** Lookback in hours. */
    lookbackHours: number;
    /** The GuardDuty trigger, when enabled. */
    guardDuty?: { region: string; findingTypes: string[] };
    /** Log retention. */
    logRetentionDays: number;
    /** Tags. */
    tags: Record<string, string>;
}

const WHERE = "LeakedKeyResponder";
const FINDING_TYPE = /^[A-Za-z]+:[A-Za-z0-9]+\/[A-Za-z0-9.!_-]+$/;

function resolveGuardDuty(args: ResponderGuardDutyArgs | undefined, regions: string[]): ResolvedResponder["guardDuty"] {
    if (args !== undefined && (typeof args !== "object" || args === null)) {
        throw new GuardrailInputError(`${WHERE}: guardDutyFindings must be an object such as { enabled: true }; got ${describeValue(args)}`);
    }
    if (!validateFlag(`${WHERE}: guardDutyFindings.enabled`, args?.enabled, false)) return undefined;
    const region = validateRegion(`${WHERE}: guardDutyFindings.region`, args?.region ?? regions[0]);
    const findingTypes = args?.findingTypes === undefined
        ? [...CREDENTIAL_EXFILTRATION_FINDING_TYPES]
        : stringList(WHERE, "guardDutyFindings.findingTypes", args.findingTypes);
    if (findingTypes.length === 0) {
        throw new GuardrailInputError(`${WHERE}: guardDutyFindings.findingTypes is empty; name finding types like "${CREDENTIAL_EXFILTRATION_FINDING_TYPES[0]}", or disable the trigger`);
    }
    for (const type of findingTypes) {
        if (!FINDING_TYPE.test(type)) {
            throw new GuardrailInputError(`${WHERE}: guardDutyFindings.findingTypes: ${describeValue(type)} is not a GuardDuty finding type; expected ThreatPurpose:ResourceType/ThreatFamilyName, like "${CREDENTIAL_EXFILTRATION_FINDING_TYPES[0]}"`);
        }
    }
    return { region, findingTypes };
}

/** Applies the defaults and validates every argument; throws {@link GuardrailInputError}. */
export function resolveLeakedKeyResponder(args: LeakedKeyResponderArgs = {}): ResolvedResponder {
    const regions = validateRegions(`${WHERE}: regions`, args.regions ?? [...HEALTH_EVENT_REGIONS]);
    const guardDuty = resolveGuardDuty(args.guardDutyFindings, regions);
    const retention = args.logRetentionDays ?? 365;
    if (!LOG_RETENTION_DAYS.includes(retention)) {
        throw new GuardrailInputError(`${WHERE}: logRetentionDays ${describeValue(retention)} is not allowed; CloudWatch Logs accepts ${LOG_RETENTION_DAYS.join(", ")}`);
    }
    return {
        regions,
        functionRegions: guardDuty && !regions.includes(guardDuty.region) ? [...regions, guardDuty.region] : regions,
        dryRun: validateFlag(`${WHERE}: dryRun`, args.dryRun, false),
        allowListedKeyIds: optionalStringList(WHERE, "allowListedKeyIds", args.allowListedKeyIds)
            .map((id) => validateAccessKeyId(`${WHERE}: allowListedKeyIds`, id)),
        allowListedUsers: optionalStringList(WHERE, "allowListedUsers", args.allowListedUsers)
            .map((user) => validateUserName(`${WHERE}: allowListedUsers`, user)),
        lookupRegions: validateRegions(`${WHERE}: lookupRegions`, args.lookupRegions ?? [...DEFAULT_ENABLED_REGIONS]),
        lookbackHours: validateWholeNumber(`${WHERE}: lookbackHours`, args.lookbackHours, { min: 1, max: 2160, fallback: 24 }),
        guardDuty,
        logRetentionDays: retention,
        tags: validateTags(WHERE, args.tags),
    };
}

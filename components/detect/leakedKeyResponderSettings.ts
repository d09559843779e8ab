import type * as pulumi from "@pulumi/pulumi";
import { buildFromInputs } from "../common/inputs";
import { CREDENTIAL_EXFILTRATION_FINDING_TYPES } from "../documents/detect/findingPatterns";
import { GuardrailInputError } from "../documents/errors";
import { validateAccessKeyId, validateUserName } from "../documents/validate/iamNames";
import { optionalStringList, stringList } from "../documents/validate/list";
import { validateRegion } from "../documents/validate/region";
import type { AlertRecipients } from "./alertSubscriptions";
import { HEALTH_EVENT_REGIONS } from "./leakedKeyAlert";
import { DEFAULT_ENABLED_REGIONS } from "./regionDefaults";
import { describeValue } from "../documents/validate/describe";
import { validateFlag, validateLogRetentionDays, validateRegions, validateTags, validateWholeNumber } from "../documents/validate";

/** The optional GuardDuty trigger of the responder. */
export interface ResponderGuardDuty {
    /** Also respond to GuardDuty findings. Default false. */
    enabled?: boolean;
    /** The region whose default bus carries every region's findings (the home region of KeyHygiene). Default: the first of `regions`. */
    region?: string;
    /** The finding types to respond to. Default the credential-exfiltration types `UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS` and `.InsideAWS`. */
    findingTypes?: string[];
}

/** @deprecated Renamed `ResponderGuardDuty`. */
export type ResponderGuardDutyArgs = ResponderGuardDuty;

/** What the responder does and where; `GuardrailBaseline.leakedKeyResponder` takes the same. */
export interface LeakedKeyResponderSettings {
    /** Regions with a function and the AWS Health rule. Default ["us-east-1", "us-west-2"], where AWS Health delivers global events. */
    regions?: string[];
    /** Report what would be done and change nothing (the role then cannot change anything either). Default false: keys are deactivated. */
    dryRun?: boolean;
    /** Long-term access key ids that are only reported, never deactivated (canary keys, for example); each may be a key's id output. Stored hashed. Default none. */
    allowListedKeyIds?: pulumi.Input<string>[];
    /** IAM user names whose keys are only reported; each may be a user's name output. Default none. */
    allowListedUsers?: pulumi.Input<string>[];
    /** Regions whose CloudTrail event history is searched for the key's activity. Default the 17 regions enabled in every account. */
    lookupRegions?: string[];
    /** How far back the activity summary goes, in hours (1 to 2160). Default 24. */
    lookbackHours?: number;
    /** Respond to GuardDuty findings too. Default off. */
    guardDutyFindings?: ResponderGuardDuty;
    /** Retention of the functions' logs, in days. Default 365. */
    logRetentionDays?: number;
}

/** Arguments of LeakedKeyResponder. */
export interface LeakedKeyResponderArgs extends LeakedKeyResponderSettings, AlertRecipients {
    /** Existing alert topics by region (the function's role and CloudWatch alarms may publish to them, as GuardrailBaseline's regional topics allow); each may be a topic's arn output. Default: a new topic per region. */
    topicArns?: Record<string, pulumi.Input<string>>;
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
    /** Allow-listed key ids, validated (an output when some are). */
    allowListedKeyIds: pulumi.Output<string[]>;
    /** Allow-listed users, validated (an output when some are). */
    allowListedUsers: pulumi.Output<string[]>;
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

function resolveGuardDuty(args: ResponderGuardDuty | undefined, regions: string[]): ResolvedResponder["guardDuty"] {
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
export function resolveLeakedKeyResponder(args: LeakedKeyResponderSettings & { tags?: Record<string, string> } = {}): ResolvedResponder {
    const regions = validateRegions(`${WHERE}: regions`, args.regions ?? [...HEALTH_EVENT_REGIONS]);
    const guardDuty = resolveGuardDuty(args.guardDutyFindings, regions);
    const retention = validateLogRetentionDays(`${WHERE}: logRetentionDays`, args.logRetentionDays, 365);
    return {
        regions,
        functionRegions: guardDuty && !regions.includes(guardDuty.region) ? [...regions, guardDuty.region] : regions,
        dryRun: validateFlag(`${WHERE}: dryRun`, args.dryRun, false),
        // Stand-ins for outputs: AWS's documented example key id, and a valid user name.
        allowListedKeyIds: buildFromInputs(args.allowListedKeyIds, () => "AKIAIOSFODNN7EXAMPLE", (ids) =>
            optionalStringList(WHERE, "allowListedKeyIds", ids).map((id) => validateAccessKeyId(`${WHERE}: allowListedKeyIds`, id))),
        allowListedUsers: buildFromInputs(args.allowListedUsers, () => "known-at-deployment", (users) =>
            optionalStringList(WHERE, "allowListedUsers", users).map((user) => validateUserName(`${WHERE}: allowListedUsers`, user))),
        lookupRegions: validateRegions(`${WHERE}: lookupRegions`, args.lookupRegions ?? [...DEFAULT_ENABLED_REGIONS]),
        lookbackHours: validateWholeNumber(`${WHERE}: lookbackHours`, args.lookbackHours, { min: 1, max: 2160, fallback: 24 }),
        guardDuty,
        logRetentionDays: retention,
        tags: validateTags(WHERE, args.tags),
    };
}

import { GuardrailInputError } from "../documents/errors";
import { denyOutsideCidrs } from "../documents/denyOutsideCidrs";
import { validateRegion } from "../documents/validate/region";
import { validateEmails } from "../documents/validate";
import type { GuardrailBaselineArgs } from "./args";
import { ConfigReader, type RawBaselineConfig } from "./configReader";
import { KEY_WATCH_CONFIG_KEYS, parseKeyWatchConfig } from "./keyConfig";
import { planBaseline } from "./plan";

/**
 * The root program's stack config, parsed by a pure function so that every
 * problem is found and reported at once, and so that it can be tested without
 * Pulumi. Values arrive as the Pulumi CLI stores them: strings, with arrays as
 * JSON and booleans as "true"/"false".
 */

/** Every config key the root program reads (declared with its type and default in Pulumi.yaml). */
export const BASELINE_CONFIG_KEYS = [
    "homeRegion",
    "allowedRegions",
    "allowedCidrs",
    "alertEmails",
    "billingThresholdsUsd",
    "monthlyBudgetUsd",
    "vcpuCeiling",
    "vcpuCeilingOverrides",
    "logRetentionDays",
    "organizationTrail",
    "s3DataEvents",
    "lambdaDataEvents",
    "insights",
    "accessLogBucket",
    "enablePasswordPolicy",
    "enableAccountPublicAccessBlock",
    "enableEbsDefaultEncryption",
    "enableIpRestriction",
    "enableRegionRestriction",
    "enableMfaRequired",
    "enableTrail",
    "enableCisAlarms",
    "enableBillingAlarm",
    "enableBudget",
    "enableInstanceCountAlarms",
    "enableLeakedKeyAlert",
    ...KEY_WATCH_CONFIG_KEYS,
] as const;

/** One of {@link BASELINE_CONFIG_KEYS}. */
export type BaselineConfigKey = (typeof BASELINE_CONFIG_KEYS)[number];

/** Thrown with every config problem at once; `problems` holds one line each. */
export class BaselineConfigError extends Error {
    /** One line per problem, each starting with the config key. */
    readonly problems: string[];

    /** Builds the one message that lists every problem. */
    constructor(problems: string[]) {
        super(
            `The stack config has ${problems.length} problem${problems.length === 1 ? "" : "s"}; ` +
            `fix ${problems.length === 1 ? "it" : "them all"} with \`pulumi config set\` (arrays with --path or as JSON):\n` +
            problems.map((problem) => `  - ${problem}`).join("\n"),
        );
        this.name = "BaselineConfigError";
        this.problems = problems;
        Object.setPrototypeOf(this, BaselineConfigError.prototype);
    }
}


/** Parses `region=vcpus` overrides into a map, recording problems. */
function parseOverrides(reader: ConfigReader, items: string[]): Record<string, number> {
    const result: Record<string, number> = {};
    for (const item of items) {
        const match = /^([a-z0-9-]+)=(\d+)$/.exec(item);
        if (!match || Number(match[2]) < 1) {
            reader.problems.push(`vcpuCeilingOverrides: ${JSON.stringify(item)} is not allowed; expected "<region>=<vCPUs>", like "eu-west-1=128"`);
            continue;
        }
        reader.each("vcpuCeilingOverrides", [match[1]], (region) => validateRegion("vcpuCeilingOverrides", region));
        result[match[1]] = Number(match[2]);
    }
    return result;
}

/**
 * Turns the raw stack config into {@link GuardrailBaselineArgs}. Checks every key
 * (types, regions, CIDRs, e-mail addresses, cross-key rules) and throws one
 * {@link BaselineConfigError} that lists every problem, or returns the args.
 */
export function parseBaselineConfig(raw: RawBaselineConfig, baselineName = "baseline"): GuardrailBaselineArgs {
    const reader = new ConfigReader(raw);
    const homeRegion = reader.string("homeRegion", "us-east-1");
    reader.each("homeRegion", [homeRegion], (region) => validateRegion("homeRegion", region));
    const listedRegions = reader.strings("allowedRegions");
    const allowedRegions = listedRegions ?? [homeRegion];
    reader.each("allowedRegions", listedRegions ?? [], (region) => validateRegion("allowedRegions", region));
    if (raw.allowedRegions !== undefined && allowedRegions.length === 0) {
        reader.problems.push(`allowedRegions: is empty; name at least the regions the team uses, like ["${homeRegion}"]`);
    }

    const enableIpRestriction = reader.boolean("enableIpRestriction", true);
    const allowedCidrs = reader.strings("allowedCidrs");
    if (allowedCidrs === undefined && raw.allowedCidrs === undefined && enableIpRestriction) {
        reader.missing("allowedCidrs", 'the public ranges your keys are used from, like ["203.0.113.0/24"] (or set enableIpRestriction to false)');
    } else if (allowedCidrs !== undefined && allowedCidrs.length === 0 && enableIpRestriction) {
        reader.problems.push("allowedCidrs: is empty while enableIpRestriction is true, so every request of the group's members would be denied");
    }
    reader.each("allowedCidrs", allowedCidrs ?? [], (cidr) => denyOutsideCidrs({ cidrs: [cidr] }));

    const alertEmails = reader.strings("alertEmails");
    if (alertEmails === undefined && raw.alertEmails === undefined) {
        reader.missing("alertEmails", 'at least one address that receives the alarms, like ["security@example.com"]');
    } else if (alertEmails !== undefined && alertEmails.length === 0) {
        reader.problems.push("alertEmails: is empty, so nobody would hear the alarms; give at least one address");
    }
    reader.each("alertEmails", alertEmails ?? [], (email) => validateEmails("alertEmails", [email]));

    const thresholds = reader.array("billingThresholdsUsd", "number") as number[] | undefined;
    reader.each("billingThresholdsUsd", thresholds ?? [], (value) => {
        if (!(value > 0)) throw new GuardrailInputError(`billingThresholdsUsd: ${value} is not allowed; every threshold must be greater than 0`);
    });
    if (thresholds !== undefined && thresholds.length === 0) {
        reader.problems.push("billingThresholdsUsd: is empty; give at least one amount in USD, like [50, 250, 1000]");
    }
    const monthlyBudget = reader.integer("monthlyBudgetUsd", 0, 0);
    const vcpuCeiling = reader.integer("vcpuCeiling", 64, 1) ?? 64;
    const overrides = parseOverrides(reader, reader.strings("vcpuCeilingOverrides") ?? []);
    for (const region of Object.keys(overrides)) {
        if (!allowedRegions.includes(region)) {
            reader.problems.push(`vcpuCeilingOverrides: "${region}" is not in allowedRegions (${allowedRegions.join(", ")}); regions not in use always alarm at 0 vCPUs`);
        }
    }
    const logRetentionDays = reader.integer("logRetentionDays", undefined, 1);

    const args: GuardrailBaselineArgs = {
        homeRegion,
        allowedRegions,
        allowedCidrs: allowedCidrs ?? [],
        alertEmails: alertEmails ?? [],
        passwordPolicy: { enabled: reader.boolean("enablePasswordPolicy", true) },
        accountPublicAccessBlock: { enabled: reader.boolean("enableAccountPublicAccessBlock", true) },
        ebsDefaultEncryption: { enabled: reader.boolean("enableEbsDefaultEncryption", true) },
        ipRestriction: { enabled: enableIpRestriction },
        regionRestriction: { enabled: reader.boolean("enableRegionRestriction", true) },
        mfaRequired: { enabled: reader.boolean("enableMfaRequired", true) },
        trail: {
            enabled: reader.boolean("enableTrail", true),
            organizationTrail: reader.boolean("organizationTrail", false),
            s3DataEvents: reader.boolean("s3DataEvents", false),
            lambdaDataEvents: reader.boolean("lambdaDataEvents", false),
            insights: reader.boolean("insights", false),
            accessLogBucket: reader.boolean("accessLogBucket", true),
            logRetentionDays,
        },
        cisAlarms: { enabled: reader.boolean("enableCisAlarms", true) },
        billing: {
            enabled: reader.boolean("enableBillingAlarm", true),
            thresholds,
            budget: {
                enabled: reader.boolean("enableBudget", true),
                limitUsd: monthlyBudget ? monthlyBudget : undefined,
            },
        },
        instanceCount: {
            enabled: reader.boolean("enableInstanceCountAlarms", true),
            vcpuCeiling,
            vcpuCeilingByRegion: Object.keys(overrides).length > 0 ? overrides : undefined,
        },
        leakedKey: { enabled: reader.boolean("enableLeakedKeyAlert", true) },
        ...parseKeyWatchConfig(reader),
    };
    if (reader.problems.length === 0) {
        try {
            planBaseline(baselineName, args);
        } catch (error) {
            if (!(error instanceof GuardrailInputError)) throw error;
            reader.problems.push(error.message);
        }
    }
    if (reader.problems.length > 0) {
        throw new BaselineConfigError(reader.problems);
    }
    return args;
}

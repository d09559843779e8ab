import { createHash } from "node:crypto";

/**
 * The responder's settings, read from the function's environment, which the
 * {@link LeakedKeyResponder} component writes. Part of the Lambda function's
 * code: imports nothing outside this folder but Node's own modules.
 */

/** The environment variables the component sets. */
export const RESPONDER_ENV = {
    topicArn: "ALERT_TOPIC_ARN",
    dryRun: "DRY_RUN",
    allowListedKeyHashes: "ALLOW_LISTED_KEY_SHA256",
    allowListedUsers: "ALLOW_LISTED_USERS",
    quarantinePolicyArn: "QUARANTINE_POLICY_ARN",
    lookupRegions: "LOOKUP_REGIONS",
    lookbackHours: "LOOKBACK_HOURS",
} as const;

/** What the responder does and where it reports. */
export interface ResponderSettings {
    /** The SNS topic the report goes to. */
    topicArn: string;
    /** Report what would be done, change nothing. */
    dryRun: boolean;
    /** SHA-256 (hex) of the allow-listed key ids: those keys are only reported. */
    allowListedKeyHashes: ReadonlySet<string>;
    /** Allow-listed user names: their keys are only reported. */
    allowListedUsers: ReadonlySet<string>;
    /** The managed deny-all policy attached to the key's user. */
    quarantinePolicyArn: string;
    /** The regions whose CloudTrail event history is searched for the key. */
    lookupRegions: string[];
    /** How far back the search goes, in hours. */
    lookbackHours: number;
}

/**
 * The SHA-256 of an access key id, in hex. The component stores allow-listed
 * key ids hashed, so that the function's configuration shows no key id (a key
 * id alone names the account, and the policy pack refuses plaintext key ids).
 */
export function hashKeyId(accessKeyId: string): string {
    return createHash("sha256").update(accessKeyId, "utf8").digest("hex");
}

function list(value: string | undefined): string[] {
    return (value ?? "").split(",").map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Reads and checks the settings; throws an error naming each missing or malformed variable. */
export function readSettings(env: Record<string, string | undefined>): ResponderSettings {
    const problems: string[] = [];
    const required = (name: string): string => {
        const value = env[name];
        if (!value) problems.push(`${name} is not set`);
        return value ?? "";
    };
    const topicArn = required(RESPONDER_ENV.topicArn);
    const quarantinePolicyArn = required(RESPONDER_ENV.quarantinePolicyArn);
    const dryRun = env[RESPONDER_ENV.dryRun] ?? "false";
    if (dryRun !== "true" && dryRun !== "false") problems.push(`${RESPONDER_ENV.dryRun} must be "true" or "false", not ${JSON.stringify(dryRun)}`);
    const hours = Number(env[RESPONDER_ENV.lookbackHours] ?? "24");
    if (!Number.isInteger(hours) || hours < 1 || hours > 2160) problems.push(`${RESPONDER_ENV.lookbackHours} must be a whole number of hours from 1 to 2160 (90 days, CloudTrail's event history)`);
    const lookupRegions = list(env[RESPONDER_ENV.lookupRegions]);
    if (lookupRegions.length === 0) problems.push(`${RESPONDER_ENV.lookupRegions} names no region`);
    if (problems.length > 0) {
        throw new Error(`the responder is misconfigured: ${problems.join("; ")}`);
    }
    return {
        topicArn,
        dryRun: dryRun === "true",
        allowListedKeyHashes: new Set(list(env[RESPONDER_ENV.allowListedKeyHashes]).map((hash) => hash.toLowerCase())),
        allowListedUsers: new Set(list(env[RESPONDER_ENV.allowListedUsers])),
        quarantinePolicyArn,
        lookupRegions,
        lookbackHours: hours,
    };
}

import { formatCount } from "../../components/documents/validate/describe";
import { calendarDaysBetween, formatDay } from "./dates";
import { isDate, type AccessKeySlot, type CredentialReportUser } from "./credentialReportColumns";
import type { FindingId } from "./findingCatalog";

/**
 * The checks that need only the credential report: root keys and MFA, key
 * age, unused and never-used keys, two active keys, console users without
 * MFA, unused passwords. Inactive keys are not judged. Limits compare UTC
 * calendar days (the dates the report prints, whatever their time of day): a
 * key is too old after more than `maxKeyAgeDays` days (CIS: "rotated every 90
 * days or less"); a credential is unused at `unusedDays` days or more (CIS:
 * "unused for 45 days or more").
 */

/** The limits and the day the audit judges as of. */
export interface AuditLimits {
    /** The day ages are counted to (midnight UTC). */
    now: Date;
    /** A key last rotated more than this many days ago is too old. */
    maxKeyAgeDays: number;
    /** A credential unused for this many days or more is unused. */
    unusedDays: number;
}

/** A finding before the catalog adds severity, remediation and CIS ids. */
export interface FindingDraft {
    /** The finding id. */
    id: FindingId;
    /** The key slot it is about, or null. */
    key: 1 | 2 | null;
    /** What was found, with the figures. */
    message: string;
}

/** Something a check could not judge, said in a sentence. */
export type NotExamined = string;

function ago(date: Date, limits: AuditLimits): string {
    return `${formatDay(date)}, ${formatCount(calendarDaysBetween(date, limits.now))} days ago`;
}

/** ` with ec2 in us-east-1`: the service and region of the key's last use, where the report has them. */
function lastUse(key: AccessKeySlot): string {
    const service = key.lastUsedService !== "N/A" ? ` with ${key.lastUsedService}` : "";
    const region = key.lastUsedRegion !== "N/A" ? ` in ${key.lastUsedRegion}` : "";
    return `${service}${region}`;
}

function describeUse(key: AccessKeySlot): string {
    return isDate(key.lastUsed) ? `last used${lastUse(key)} on ${formatDay(key.lastUsed)}` : "never used";
}

function rootFindings(user: CredentialReportUser): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const key of user.keys.filter((k) => k.active)) {
        drafts.push({ id: "root-access-key", key: key.slot, message: `The root user has an active access key (key ${key.slot}, ${describeUse(key)})` });
    }
    if (!user.mfaActive) {
        drafts.push({ id: "root-no-mfa", key: null, message: "The root user has no MFA device" });
    }
    return drafts;
}

function keyFindings(user: CredentialReportUser, key: AccessKeySlot, limits: AuditLimits, notExamined: NotExamined[]): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const rotated = key.lastRotated;
    if (!isDate(rotated)) {
        notExamined.push(`user "${user.user}": access key ${key.slot} is active but its last_rotated is ${rotated}, so its age is unknown`);
    } else if (calendarDaysBetween(rotated, limits.now) > limits.maxKeyAgeDays) {
        drafts.push({ id: "key-too-old", key: key.slot, message: `Access key ${key.slot} was last rotated on ${ago(rotated, limits)} (limit ${limits.maxKeyAgeDays})` });
    }
    if (isDate(key.lastUsed)) {
        if (calendarDaysBetween(key.lastUsed, limits.now) >= limits.unusedDays) {
            drafts.push({ id: "key-unused", key: key.slot, message: `Access key ${key.slot} was last used${lastUse(key)} on ${ago(key.lastUsed, limits)} (limit ${limits.unusedDays})` });
        }
    } else if (isDate(rotated) && calendarDaysBetween(rotated, limits.now) >= limits.unusedDays) {
        drafts.push({ id: "key-never-used", key: key.slot, message: `Access key ${key.slot} has never been used and was created on ${ago(rotated, limits)} (limit ${limits.unusedDays})` });
    }
    return drafts;
}

function passwordFindings(user: CredentialReportUser, limits: AuditLimits, notExamined: NotExamined[]): FindingDraft[] {
    if (user.passwordEnabled !== true) {
        return [];
    }
    const drafts: FindingDraft[] = [];
    if (!user.mfaActive) {
        drafts.push({ id: "console-user-no-mfa", key: null, message: "The user has a console password and no MFA device" });
    }
    if (isDate(user.passwordLastUsed)) {
        if (calendarDaysBetween(user.passwordLastUsed, limits.now) >= limits.unusedDays) {
            drafts.push({ id: "password-unused", key: null, message: `The console password was last used on ${ago(user.passwordLastUsed, limits)} (limit ${limits.unusedDays})` });
        }
        return drafts;
    }
    // Never used: count from when the password was set (or, failing that, from when the user was created).
    const since = isDate(user.passwordLastChanged) ? user.passwordLastChanged : user.created;
    if (!isDate(since)) {
        notExamined.push(`user "${user.user}": the console password was never used and neither password_last_changed nor user_creation_time is a date, so its age is unknown`);
    } else if (calendarDaysBetween(since, limits.now) >= limits.unusedDays) {
        const what = since === user.passwordLastChanged ? "set" : "created with the user";
        drafts.push({ id: "password-unused", key: null, message: `The console password has never been used; it was ${what} on ${ago(since, limits)} (limit ${limits.unusedDays})` });
    }
    return drafts;
}

/** The credential-report findings of one row; what could not be judged goes to `notExamined`. */
export function credentialFindings(user: CredentialReportUser, limits: AuditLimits, notExamined: NotExamined[]): FindingDraft[] {
    if (user.isRoot) {
        return rootFindings(user);
    }
    const active = user.keys.filter((k) => k.active);
    const drafts = active.flatMap((key) => keyFindings(user, key, limits, notExamined));
    if (active.length === 2) {
        const [one, two] = user.keys;
        const when = (key: AccessKeySlot) => (isDate(key.lastRotated) ? formatDay(key.lastRotated) : key.lastRotated);
        drafts.push({ id: "two-active-keys", key: null, message: `Both access keys are active (key 1 rotated ${when(one)}, key 2 rotated ${when(two)})` });
    }
    return [...drafts, ...passwordFindings(user, limits, notExamined)];
}

import {
    AttachUserPolicyCommand, GetAccessKeyLastUsedCommand, ListAccessKeysCommand, ListAttachedUserPoliciesCommand,
    UpdateAccessKeyCommand, type IAMClient,
} from "@aws-sdk/client-iam";
import type { ExposedKey } from "./events";
import { hashKeyId, type ResponderSettings } from "./settings";

/**
 * Contains one exposed key: finds its user, deactivates it (never deletes it:
 * the key id stays for the investigation) and attaches the quarantine policy
 * to its user. Every step reads first, so a second event changes nothing.
 * Part of the Lambda function's code.
 */

/** What happened to one step. */
export type StepOutcome = "done" | "already" | "would" | "skipped";

/** The result of containing one key. */
export interface Containment {
    /** The key. */
    key: ExposedKey;
    /** The key's user, when known. */
    userName?: string;
    /** Why nothing was changed, when nothing was: unknown key, allow-listed, temporary credentials, root key. */
    reportOnly?: string;
    /** The key's status before the responder acted. */
    statusBefore?: string;
    /** Deactivating the key. */
    deactivate: StepOutcome;
    /** Attaching the quarantine policy to the user. */
    quarantine: StepOutcome;
}

function errorName(error: unknown): string {
    return error instanceof Error ? error.name : "";
}

/** The key's user, from the event or from IAM; undefined when IAM does not know the key. */
async function ownerOf(iam: IAMClient, key: ExposedKey): Promise<string | undefined> {
    if (key.userName) return key.userName;
    try {
        // GetAccessKeyLastUsed returns the key's user (UserName):
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html
        // @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html — GetAccessKeyLastUsed returns the UserName that owns an access key id
        const response = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId }));
        return response.UserName;
    } catch (error) {
        if (errorName(error) === "NoSuchEntityException" || errorName(error) === "NoSuchEntity") return undefined;
        throw error;
    }
}

/** Whether the quarantine policy is attached to the user already (every page is read). */
async function isQuarantined(iam: IAMClient, userName: string, policyArn: string): Promise<boolean> {
    let marker: string | undefined;
    do {
        const page = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: userName, Marker: marker }));
        if ((page.AttachedPolicies ?? []).some((policy) => policy.PolicyArn === policyArn)) return true;
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return false;
}

/** Contains one key as the settings say; throws the AWS error of a step that failed. */
export async function containKey(iam: IAMClient, key: ExposedKey, settings: ResponderSettings): Promise<Containment> {
    const result: Containment = { key, deactivate: "skipped", quarantine: "skipped" };
    if (key.accessKeyId.startsWith("ASIA")) {
        result.userName = key.userName;
        result.reportOnly = `temporary credentials (${key.userType ?? "a role session"}) cannot be deactivated; revoke the role's active sessions and find where its credentials were taken from`;
        return result;
    }
    if (key.userType === "Root") {
        result.reportOnly = "a root user key: only the root user can delete it; sign in as root and delete it now";
        return result;
    }
    const userName = await ownerOf(iam, key);
    result.userName = userName;
    if (!userName) {
        result.reportOnly = "IAM does not know this key in this account (already deleted, or another account's key)";
        return result;
    }
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: userName }));
    const metadata = (listed.AccessKeyMetadata ?? []).find((item) => item.AccessKeyId === key.accessKeyId);
    if (!metadata) {
        result.reportOnly = `the key is not among ${userName}'s access keys any more (deleted)`;
        return result;
    }
    result.statusBefore = metadata.Status;
    if (settings.allowListedKeyHashes.has(hashKeyId(key.accessKeyId)) || settings.allowListedUsers.has(userName)) {
        result.reportOnly = "the key or its user is on the responder's allow-list";
        return result;
    }
    if (metadata.Status === "Inactive") {
        result.deactivate = "already";
    } else if (settings.dryRun) {
        result.deactivate = "would";
    } else {
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html
        // @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html — UpdateAccessKey with Status Inactive disables a key without deleting it
        await iam.send(new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: key.accessKeyId, Status: "Inactive" }));
        result.deactivate = "done";
    }
    if (await isQuarantined(iam, userName, settings.quarantinePolicyArn)) {
        result.quarantine = "already";
    } else if (settings.dryRun) {
        result.quarantine = "would";
    } else {
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html
        // @awsfact https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html — AttachUserPolicy attaches a managed policy (by ARN) to a user
        await iam.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn: settings.quarantinePolicyArn }));
        result.quarantine = "done";
    }
    return result;
}

import type { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import type { IAMClient } from "@aws-sdk/client-iam";
import { PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import { summarizeKeyActivity } from "./activity";
import { containKey } from "./containment";
import { exposedKeysOf, type ExposedKey } from "./events";
import { formatReport, hasErrors, type KeyReport } from "./report";
import type { ResponderSettings } from "./settings";

/**
 * The responder's whole run for one event: contain each key, summarise its
 * activity, publish one report, and fail the invocation when anything went
 * wrong (after publishing), so that Lambda retries and the error shows in its
 * metrics. Part of the Lambda function's code.
 */

/** The AWS clients and the clock the run uses; tests pass mocked clients and a fixed time. */
export interface ResponderDependencies {
    /** IAM (global). */
    iam: IAMClient;
    /** SNS, in the topic's region. */
    sns: SNSClient;
    /** CloudTrail in a given region. */
    cloudTrailIn: (region: string) => CloudTrailClient;
    /** The current time. */
    now: () => Date;
    /** Where log lines go (console.log in Lambda, which writes to CloudWatch Logs). */
    log: (line: string) => void;
}

/** Thrown at the end of a run that published a report with errors. */
export class ResponseFailedError extends Error {
    /** Builds the error with the report's subject and errors. */
    constructor(message: string) {
        super(message);
        this.name = "ResponseFailedError";
    }
}

function describe(error: unknown): string {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function handleKey(key: ExposedKey, deps: ResponderDependencies, settings: ResponderSettings): Promise<KeyReport> {
    const report: KeyReport = { key, errors: [] };
    const end = deps.now();
    const start = new Date(end.getTime() - settings.lookbackHours * 3600_000);
    const [containment, activity] = await Promise.allSettled([
        containKey(deps.iam, key, settings),
        summarizeKeyActivity(deps.cloudTrailIn, key.accessKeyId, settings.lookupRegions, start, end),
    ]);
    if (containment.status === "fulfilled") report.containment = containment.value;
    else report.errors.push(`containment failed, the key may still be active: ${describe(containment.reason)}`);
    if (activity.status === "fulfilled") report.activity = activity.value;
    else report.errors.push(`CloudTrail lookup failed: ${describe(activity.reason)}`);
    return report;
}

/**
 * Runs the response; resolves with the reports when everything succeeded and
 * rejects (after logging and publishing) otherwise.
 */
export async function respond(event: unknown, deps: ResponderDependencies, settings: ResponderSettings): Promise<KeyReport[]> {
    const account = typeof (event as { account?: unknown } | null)?.account === "string" ? (event as { account: string }).account : undefined;
    let reports: KeyReport[];
    try {
        reports = await Promise.all(exposedKeysOf(event).map((key) => handleKey(key, deps, settings)));
    } catch (error) {
        const message = `The leaked-key responder could not read its event, so no key was contained: ${describe(error)}\n\nEvent: ${JSON.stringify(event).slice(0, 4000)}`;
        deps.log(message);
        await deps.sns.send(new PublishCommand({ TopicArn: settings.topicArn, Subject: "ERROR in leaked-key response: unreadable event", Message: message }));
        throw new ResponseFailedError(message);
    }
    const { subject, message } = formatReport(reports, { dryRun: settings.dryRun, lookbackHours: settings.lookbackHours, account });
    deps.log(`${subject}\n${message}`);
    try {
        await deps.sns.send(new PublishCommand({ TopicArn: settings.topicArn, Subject: subject, Message: message }));
    } catch (error) {
        deps.log(`could not publish the report to ${settings.topicArn}: ${describe(error)}`);
        throw error;
    }
    if (hasErrors(reports)) {
        throw new ResponseFailedError(`${subject}; see the published report`);
    }
    return reports;
}

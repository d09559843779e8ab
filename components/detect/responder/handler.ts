import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { IAMClient } from "@aws-sdk/client-iam";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { respond, type ResponderDependencies } from "./respond";
import type { KeyReport } from "./report";
import { readSettings, RESPONDER_ENV, type ResponderSettings } from "./settings";

/**
 * The Lambda entry point (`handler.handler`). The function runs on Node.js 22,
 * whose runtime includes the AWS SDK for JavaScript v3, so nothing is bundled
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html). The SDK's
 * standard retry mode retries throttling errors with backoff; six attempts
 * ride out CloudTrail's two lookups a second.
 *
 * @awsfact https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html — the Node.js Lambda runtimes include the AWS SDK for JavaScript v3
 */

const MAX_ATTEMPTS = 6;

/** The region of an SNS topic ARN (`arn:<partition>:sns:<region>:<account>:<name>`). */
export function topicRegion(topicArn: string): string {
    const region = topicArn.split(":")[3];
    if (!region) throw new Error(`${topicArn} is not an SNS topic ARN`);
    return region;
}

let dependencies: ResponderDependencies | undefined;

/** Clients are made once per execution environment and reused across invocations. */
function productionDependencies(topicArn: string): ResponderDependencies {
    if (!dependencies) {
        const trails = new Map<string, CloudTrailClient>();
        dependencies = {
            iam: new IAMClient({ maxAttempts: MAX_ATTEMPTS }),
            sns: new SNSClient({ region: topicRegion(topicArn), maxAttempts: MAX_ATTEMPTS }),
            cloudTrailIn: (region) => {
                let client = trails.get(region);
                if (!client) {
                    client = new CloudTrailClient({ region, maxAttempts: MAX_ATTEMPTS });
                    trails.set(region, client);
                }
                return client;
            },
            now: () => new Date(),
            log: (line) => console.log(line),
        };
    }
    return dependencies;
}

/**
 * A function whose settings are broken contains nothing: that is logged and,
 * when the topic is known, published, before the invocation fails.
 */
async function reportMisconfiguration(error: unknown, topicArn: string | undefined): Promise<void> {
    const message = `The leaked-key responder cannot run, so no key was contained: ${error instanceof Error ? error.message : String(error)}`;
    console.error(message);
    if (!topicArn) return;
    try {
        await new SNSClient({ region: topicRegion(topicArn), maxAttempts: MAX_ATTEMPTS })
            .send(new PublishCommand({ TopicArn: topicArn, Subject: "ERROR in leaked-key response: misconfigured function", Message: message }));
    } catch (publishError) {
        console.error(`could not publish that to ${topicArn}: ${publishError instanceof Error ? `${publishError.name}: ${publishError.message}` : String(publishError)}`);
    }
}

/** Responds to an AWS Health `AWS_RISK_CREDENTIALS_EXPOSED` event or a GuardDuty finding. */
export async function handler(event: unknown): Promise<KeyReport[]> {
    let settings: ResponderSettings;
    try {
        settings = readSettings(process.env);
    } catch (error) {
        await reportMisconfiguration(error, process.env[RESPONDER_ENV.topicArn]);
        throw error;
    }
    return respond(event, productionDependencies(settings.topicArn), settings);
}

import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { IAMClient } from "@aws-sdk/client-iam";
import { SNSClient } from "@aws-sdk/client-sns";
import { respond, type ResponderDependencies } from "./respond";
import type { KeyReport } from "./report";
import { readSettings } from "./settings";

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

/** Responds to an AWS Health `AWS_RISK_CREDENTIALS_EXPOSED` event or a GuardDuty finding. */
export async function handler(event: unknown): Promise<KeyReport[]> {
    const settings = readSettings(process.env);
    return respond(event, productionDependencies(settings.topicArn), settings);
}

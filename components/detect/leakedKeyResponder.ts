import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { credentialsExposedPattern } from "../documents/detect/eventPatterns";
import { guardDutyFindingTypesPattern } from "../documents/detect/findingPatterns";
import { quarantinePolicy, responderPermissions, responderTrustPolicy } from "../documents/detect/leakedKeyResponderPolicy";
import { checkRecipients } from "./alertSubscriptions";
import { resolveLeakedKeyResponder, type LeakedKeyResponderArgs, type ResolvedResponder } from "./leakedKeyResponderSettings";
import { checkTopicArns, regionalProvider, regionalTopicArn } from "./regionalTopics";
import { findResponderCode, RESPONDER_HANDLER, responderArchive } from "./responderCode";
import { hashKeyId, RESPONDER_ENV } from "./responder/settings";
import { withFormerType } from "../common/componentType";

const WHERE = "LeakedKeyResponder";

/** The function environment, as `readSettings` in the handler reads it. */
function environment(settings: ResolvedResponder, topicArn: pulumi.Input<string>, quarantineArn: pulumi.Input<string>): Record<string, pulumi.Input<string>> {
    return {
        [RESPONDER_ENV.topicArn]: topicArn,
        [RESPONDER_ENV.quarantinePolicyArn]: quarantineArn,
        [RESPONDER_ENV.dryRun]: String(settings.dryRun),
        [RESPONDER_ENV.allowListedKeyHashes]: settings.allowListedKeyIds.apply((ids) => ids.map(hashKeyId).join(",")),
        [RESPONDER_ENV.allowListedUsers]: settings.allowListedUsers.apply((users) => users.join(",")),
        [RESPONDER_ENV.lookupRegions]: settings.lookupRegions.join(","),
        [RESPONDER_ENV.lookbackHours]: String(settings.lookbackHours),
    };
}

/**
 * Alarms when the function fails: a crash, a timeout, or an error it could
 * not publish itself (a broken environment, a topic it cannot reach). Without
 * it, a responder that cannot run would be silent exactly when it matters.
 * @awsfact https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html — AWS/Lambda Errors, by FunctionName, counts invocations that result in a function error, including timeouts and runtime errors
 */
function failureAlarm(parent: pulumi.Resource, name: string, fn: aws.lambda.Function, topicArn: pulumi.Input<string>, tags: Record<string, string>, provider: aws.Provider): void {
    new aws.cloudwatch.MetricAlarm(name, {
        alarmDescription: "aws-guardrails: the leaked-key responder failed; a leaked key may still be active. Read its log group and contain the key by hand.",
        namespace: "AWS/Lambda",
        metricName: "Errors",
        dimensions: { FunctionName: fn.name },
        statistic: "Sum",
        period: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [topicArn],
        tags,
    }, { parent, provider });
}

/**
 * Contains a leaked access key within a minute of AWS finding it. In each
 * region where AWS Health delivers `AWS_RISK_CREDENTIALS_EXPOSED` (us-east-1
 * and us-west-2 by default; a second event for the same key changes nothing),
 * an EventBridge rule invokes a Lambda function (Node.js 22, code compiled by
 * this package's build, AWS SDK v3 from the runtime) that:
 * 1. finds the key's user and deactivates the key (`UpdateAccessKey` to
 *    Inactive; it never deletes it);
 * 2. attaches a deny-all managed policy, `<name>-quarantine-deny-all`, to the
 *    user, so that the user's other credentials can do nothing either;
 * 3. summarises the key's CloudTrail events of the last 24 hours in every
 *    region (services, regions, source IPs, actions, counts);
 * 4. publishes the report to the region's alert topic. Errors are logged,
 *    published, and fail the invocation (Lambda retries it twice); a
 *    CloudWatch alarm on the function's errors reaches the same topic even
 *    when the function cannot publish.
 *
 * Allow-listed keys and users are only reported; `dryRun` reports what would
 * be done and the role then has no write permission at all. The role can read
 * and deactivate keys of the account's users only and attach the quarantine
 * policy and no other. Optionally, GuardDuty findings (credential
 * exfiltration by default) trigger the same response in one region.
 */
export class LeakedKeyResponder extends pulumi.ComponentResource {
    /** The function ARN of each region. */
    readonly functionArns: Record<string, pulumi.Output<string>>;
    /** The alert topic each region's function reports to. */
    readonly topicArns: Record<string, pulumi.Output<string>>;
    /** The ARN of the deny-all quarantine policy. */
    readonly quarantinePolicyArn: pulumi.Output<string>;
    /** The ARN of the functions' role. */
    readonly roleArn: pulumi.Output<string>;

    constructor(name: string, args: LeakedKeyResponderArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const settings = resolveLeakedKeyResponder(args);
        const recipients = checkRecipients(WHERE, args);
        const existing = checkTopicArns(`${WHERE}: topicArns`, args.topicArns, settings.functionRegions);
        const code = responderArchive(findResponderCode());
        super("aws-guardrails:index:LeakedKeyResponder", name, {}, withFormerType(opts, "aws-guardrails:detect:LeakedKeyResponder"));
        const { tags } = settings;
        const invoke = { parent: this };
        const identity = aws.getCallerIdentityOutput({}, invoke);
        const partition = aws.getPartitionOutput({}, invoke);

        const quarantine = new aws.iam.Policy(`${name}-quarantine`, {
            name: `${name}-quarantine-deny-all`,
            path: "/aws-guardrails/",
            description: "Attached by the aws-guardrails leaked-key responder to a user whose access key leaked: denies everything. Detach it only when the user is clean.",
            policy: JSON.stringify(quarantinePolicy()),
            tags,
        }, { parent: this });
        const role = new aws.iam.Role(`${name}-role`, {
            description: "The aws-guardrails leaked-key responder: deactivates leaked keys of this account's users and reports",
            assumeRolePolicy: JSON.stringify(responderTrustPolicy()),
            tags,
        }, { parent: this });

        this.functionArns = {};
        this.topicArns = {};
        const logGroupArns: pulumi.Output<string>[] = [];
        const functions = new Map<string, { fn: aws.lambda.Function; provider: aws.Provider }>();
        for (const region of settings.functionRegions) {
            const provider = regionalProvider(this, name, region);
            const topicArn = regionalTopicArn({
                parent: this, name: `${name}-${region}-alerts`, provider, existing: existing[region], recipients, publishers: ["cloudwatch"], tags,
            });
            this.topicArns[region] = topicArn;
            const logGroup = new aws.cloudwatch.LogGroup(`${name}-${region}-logs`, {
                retentionInDays: settings.logRetentionDays,
                tags,
            }, { parent: this, provider });
            logGroupArns.push(logGroup.arn);
            const fn = new aws.lambda.Function(`${name}-${region}`, {
                description: "aws-guardrails: deactivates an access key AWS found exposed, quarantines its user, reports its recent activity",
                runtime: aws.lambda.Runtime.NodeJS22dX,
                handler: RESPONDER_HANDLER,
                code,
                role: role.arn,
                architectures: ["arm64"],
                memorySize: 256,
                timeout: 300,
                environment: { variables: environment(settings, topicArn, quarantine.arn) },
                loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
                tags,
            }, { parent: this, provider });
            functions.set(region, { fn, provider });
            this.functionArns[region] = fn.arn;
            failureAlarm(this, `${name}-${region}-errors`, fn, topicArn, tags, provider);
        }
        const policy = new aws.iam.RolePolicy(`${name}-role-policy`, {
            role: role.id,
            policy: pulumi.all([partition.partition, identity.accountId, quarantine.arn, pulumi.all(Object.values(this.topicArns)), pulumi.all(logGroupArns)])
                .apply(([p, accountId, quarantinePolicyArn, topicArns, logArns]) => JSON.stringify(responderPermissions({
                    partition: p, accountId, quarantinePolicyArn, topicArns, logGroupArns: logArns, dryRun: settings.dryRun,
                }))),
        }, { parent: this });

        const trigger = (region: string, suffix: string, description: string, pattern: object) => {
            const { fn, provider } = functions.get(region)!;
            const rule = new aws.cloudwatch.EventRule(`${name}-${region}-${suffix}`, {
                description,
                eventPattern: JSON.stringify(pattern),
                tags,
            }, { parent: this, provider });
            // EventBridge needs a resource-based permission to invoke the function:
            // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions
            // @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions — EventBridge invokes a Lambda function only with a resource-based permission for events.amazonaws.com, scoped by the rule ARN
            const permission = new aws.lambda.Permission(`${name}-${region}-${suffix}`, {
                action: "lambda:InvokeFunction",
                function: fn.name,
                principal: "events.amazonaws.com",
                sourceArn: rule.arn,
            }, { parent: this, provider });
            new aws.cloudwatch.EventTarget(`${name}-${region}-${suffix}`, {
                rule: rule.name,
                arn: fn.arn,
            }, { parent: this, provider, dependsOn: [permission, policy] });
        };
        for (const region of settings.regions) {
            trigger(region, "credentials-exposed", "AWS Health: an access key of this account was found exposed (AWS_RISK_CREDENTIALS_EXPOSED); the responder deactivates it.", credentialsExposedPattern());
        }
        if (settings.guardDuty) {
            trigger(settings.guardDuty.region, "guardduty-findings", "GuardDuty found credentials misused; the responder contains the key.", guardDutyFindingTypesPattern(settings.guardDuty.findingTypes));
        }
        this.quarantinePolicyArn = quarantine.arn;
        this.roleArn = role.arn;
        this.registerOutputs({ functionArns: this.functionArns, topicArns: this.topicArns, quarantinePolicyArn: this.quarantinePolicyArn, roleArn: this.roleArn });
    }
}

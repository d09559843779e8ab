import type { PolicyDocument } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { logGroupArn, type AccountScope } from "./arns";

/** Arguments of {@link cloudTrailLogsTrustPolicy} and {@link cloudTrailLogsPermissions}. */
export interface CloudTrailLogsRoleArgs extends AccountScope {
    /** The trail's home region, where its log group lives. */
    region: string;
    /** The ARN the trail will have: the only trail that may assume the role. */
    trailArn: string;
    /** The log group the trail delivers to. */
    logGroupName: string;
    /** For an organization trail: the organization id, whose member accounts' streams are named `<org id>_*`. */
    organizationId?: string;
}

/**
 * The trust policy of the role CloudTrail assumes to deliver events to CloudWatch
 * Logs: only `cloudtrail.amazonaws.com`, only on behalf of this trail
 * (`aws:SourceArn`) in this account (`aws:SourceAccount`).
 */
export function cloudTrailLogsTrustPolicy(args: CloudTrailLogsRoleArgs): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "AllowCloudTrailForThisTrailOnly",
                Effect: "Allow",
                Principal: { Service: "cloudtrail.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceArn": args.trailArn, "aws:SourceAccount": args.accountId } },
            },
        ],
    };
}

/**
 * The role's permissions, as the CloudTrail console creates them ("Role policy
 * document for CloudTrail to use CloudWatch Logs for monitoring"): create log
 * streams and put events only in the streams CloudTrail names
 * `<account>_CloudTrail_<region>*` (and `<org id>_*` for an organization trail)
 * of the one log group.
 */
export function cloudTrailLogsPermissions(args: CloudTrailLogsRoleArgs): PolicyDocument {
    const group = logGroupArn(args, args.region, args.logGroupName);
    const streams = [`${group}:log-stream:${args.accountId}_CloudTrail_${args.region}*`];
    if (args.organizationId) {
        streams.push(`${group}:log-stream:${args.organizationId}_*`);
    }
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "AWSCloudTrailCreateLogStream",
                Effect: "Allow",
                Action: "logs:CreateLogStream",
                Resource: streams,
            },
            {
                Sid: "AWSCloudTrailPutLogEvents",
                Effect: "Allow",
                Action: "logs:PutLogEvents",
                Resource: streams,
            },
        ],
    };
}

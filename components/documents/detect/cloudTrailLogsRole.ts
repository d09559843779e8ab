import type { PolicyDocument } from "../policyDocument";
import { POLICY_VERSION } from "../policyDocument";
import { logGroupArn, type AccountScope } from "./arns";

/** Arguments of {@link cloudTrailLogsTrustPolicy} and {@link cloudTrailLogsPermissions}. */
export interface CloudTrailLogsRoleArgs extends AccountScope {
    /** The trail's home region, where its log group lives. */
    region: string;
    /** The ARN the trail will have. */
    trailArn: string;
    /** The log group the trail delivers to. */
    logGroupName: string;
    /** For an organization trail: the organization id, whose member accounts' streams are named `<org id>_*`. */
    organizationId?: string;
}

/**
 * The trust policy of the role CloudTrail assumes to deliver events to CloudWatch
 * Logs: `cloudtrail.amazonaws.com` may assume it, with no conditions, exactly as
 * AWS documents the role. AWS states that confused-deputy prevention does not
 * apply here: the delivery does not support `aws:SourceArn` or
 * `aws:SourceAccount`, so conditions on them would stop delivery. What the role
 * may do is limited instead: one log group, the trail's own streams.
 *
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html — confused deputy prevention is not applicable to the CloudWatch Logs delivery role; it does not support aws:SourceArn or aws:SourceAccount
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html — CloudTrail assumes an IAM role trusted by cloudtrail.amazonaws.com to deliver events to a CloudWatch Logs log group
 */
export function cloudTrailLogsTrustPolicy(_args?: CloudTrailLogsRoleArgs): PolicyDocument {
    return {
        Version: POLICY_VERSION,
        Statement: [
            {
                Sid: "AllowCloudTrailToDeliverLogs",
                Effect: "Allow",
                Principal: { Service: "cloudtrail.amazonaws.com" },
                Action: "sts:AssumeRole",
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
 *
 * @awsfact https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html — the delivery role needs logs:CreateLogStream and logs:PutLogEvents on the log group's streams named <account>_CloudTrail_<region>*, and <org id>_* for organization trails
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

/**
 * ARNs that AWS assigns deterministically, so that a policy can name a resource
 * before it exists (a bucket policy must allow the trail before the trail is
 * created). Pure string builders; no Pulumi imports.
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html — a trail ARN is arn:<partition>:cloudtrail:<region>:<account>:trail/<name>
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html — a bucket ARN is arn:<partition>:s3:::<bucket>, with no region or account
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html — a log group ARN is arn:<partition>:logs:<region>:<account>:log-group:<name>
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html — an alarm ARN is arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html — a rule ARN is arn:<partition>:events:<region>:<account>:rule/<name>; an event bus ARN ...:event-bus/<name>
 * @awsfact https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbudgetservice.html — a budget ARN is arn:<partition>:budgets::<account>:budget/<name>, with no region
 */

/** The account a document is built for. */
export interface AccountScope {
    /** The partition, such as `aws`. */
    partition: string;
    /** The 12-digit account id. */
    accountId: string;
}

/** `arn:${partition}:cloudtrail:${region}:${account}:trail/${trailName}`: the ARN a trail will have. */
export function trailArn(scope: AccountScope, region: string, trailName: string): string {
    return `arn:${scope.partition}:cloudtrail:${region}:${scope.accountId}:trail/${trailName}`;
}

/** `arn:${partition}:s3:::${bucketName}`: a bucket's ARN (S3 ARNs carry no region or account). */
export function bucketArn(partition: string, bucketName: string): string {
    return `arn:${partition}:s3:::${bucketName}`;
}

/** `arn:${partition}:logs:${region}:${account}:log-group:${name}`: a log group's ARN, as KMS encryption contexts name it. */
export function logGroupArn(scope: AccountScope, region: string, logGroupName: string): string {
    return `arn:${scope.partition}:logs:${region}:${scope.accountId}:log-group:${logGroupName}`;
}

/** `arn:${partition}:iam::${account}:root`: the account itself as a principal. */
export function accountRootArn(scope: AccountScope): string {
    return `arn:${scope.partition}:iam::${scope.accountId}:root`;
}

/** `arn:${partition}:cloudwatch:${region}:${account}:alarm:*`: every CloudWatch alarm of the account in a region. */
export function alarmArnPattern(scope: AccountScope, region: string): string {
    return `arn:${scope.partition}:cloudwatch:${region}:${scope.accountId}:alarm:*`;
}

/** `arn:${partition}:events:${region}:${account}:rule/*`: every EventBridge rule on the default bus of the account in a region. */
export function eventRuleArnPattern(scope: AccountScope, region: string): string {
    return `arn:${scope.partition}:events:${region}:${scope.accountId}:rule/*`;
}

/** `arn:${partition}:budgets::${account}:*`: every budget of the account (budgets are global). */
export function budgetArnPattern(scope: AccountScope): string {
    return `arn:${scope.partition}:budgets::${scope.accountId}:*`;
}

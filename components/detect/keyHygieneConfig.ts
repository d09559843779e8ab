import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AccountScope } from "../documents/detect/arns";
import { keyHygieneRules, REVOKE_UNUSED_CREDENTIALS_RUNBOOK, type ManagedRule } from "../documents/detect/configRules";
import { configNonCompliantPattern } from "../documents/detect/findingPatterns";
import {
    configBucketPolicy, configDeliveryPermissions, configManagedPolicyArn, revokeUnusedCredentialsPermissions, serviceTrustPolicy,
} from "../documents/detect/keyHygieneRoles";
import type { KeyHygienePartRequest } from "./keyHygieneSettings";
import { createSecureBucket } from "./secureBucket";
import { bucketPrefixFor, type ResolvedLifecycle } from "./trailSettings";

/** Configuration snapshots and history: to Glacier after 90 days, deleted after two years. */
const CONFIG_LIFECYCLE: ResolvedLifecycle = { transitionAfterDays: 90, storageClass: "GLACIER", expireAfterDays: 730, noncurrentExpireAfterDays: 90 };

/** What {@link createConfigWatch} needs. */
export type ConfigWatchRequest = KeyHygienePartRequest<"config">;

/** What the Config watch created. */
export interface ConfigWatch {
    /** The delivery bucket's name. */
    bucketName: pulumi.Output<string>;
    /** The rule names, by our short name. */
    ruleNames: Record<string, pulumi.Output<string>>;
}

/**
 * AWS Config as the key-hygiene watch needs it: a recorder in every region
 * (all supported resource types; the global IAM types in the home region
 * only, as AWS recommends, https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html),
 * a delivery channel in each to one SSE-S3, TLS-only, versioned bucket in the
 * home region, the eight managed rules in the home region, the optional
 * remediation, and an EventBridge rule that sends every change to
 * NON_COMPLIANT to the alert topic.
 *
 * @awsfact https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html — record global IAM resource types in one Region only; an account has one configuration recorder per Region
 */
export function createConfigWatch(request: ConfigWatchRequest): ConfigWatch {
    const { parent, name, settings, providerFor, scope } = request;
    const { config, homeRegion, tags } = settings;
    const home = { parent, provider: providerFor(homeRegion) };

    const bucket = createSecureBucket({
        parent,
        provider: providerFor(homeRegion),
        name: `${name}-config`,
        bucketPrefix: bucketPrefixFor(name, "config"),
        policy: (bucketName) => pulumi.all([scope, bucketName]).apply(([s, b]) => JSON.stringify(configBucketPolicy(s.partition, b))),
        lifecycle: CONFIG_LIFECYCLE,
        forceDestroy: config.forceDestroy,
        tags,
    });
    const role = new aws.iam.Role(`${name}-config`, {
        description: "AWS Config records this account's resources and delivers them to the key-hygiene bucket",
        assumeRolePolicy: scope.apply((s) => JSON.stringify(serviceTrustPolicy("config.amazonaws.com", s))),
        tags,
    }, home);
    const describe = new aws.iam.RolePolicyAttachment(`${name}-config-describe`, {
        role: role.name,
        policyArn: scope.apply((s) => configManagedPolicyArn(s.partition)),
    }, home);
    const deliver = new aws.iam.RolePolicy(`${name}-config-delivery`, {
        role: role.id,
        policy: pulumi.all([scope, bucket.bucket.id]).apply(([s, b]) => JSON.stringify(configDeliveryPermissions(s, b))),
    }, home);

    let homeStatus: aws.cfg.RecorderStatus | undefined;
    for (const region of config.regions) {
        const opts = { parent, provider: providerFor(region) };
        const recorder = new aws.cfg.Recorder(`${name}-recorder-${region}`, {
            name: `${name}-recorder`,
            roleArn: role.arn,
            recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === homeRegion },
        }, { ...opts, dependsOn: [describe, deliver] });
        const channel = new aws.cfg.DeliveryChannel(`${name}-delivery-${region}`, {
            name: `${name}-delivery`,
            s3BucketName: bucket.bucket.id,
            snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
        }, { ...opts, dependsOn: [recorder, ...bucket.configuration] });
        const status = new aws.cfg.RecorderStatus(`${name}-recorder-status-${region}`, {
            name: recorder.name,
            isEnabled: true,
        }, { ...opts, dependsOn: [channel] });
        if (region === homeRegion) homeStatus = status;
    }

    const ruleNames: Record<string, pulumi.Output<string>> = {};
    const rules: Record<string, aws.cfg.Rule> = {};
    for (const rule of keyHygieneRules(config)) {
        rules[rule.id] = managedRule(name, rule, tags, { ...home, dependsOn: homeStatus ? [homeStatus] : [] });
        ruleNames[rule.id] = rules[rule.id].name;
    }
    if (config.autoRemediation) {
        createRemediation(name, rules.unusedCredentials, config.unusedCredentialsDays, scope, tags, home);
    }
    const compliance = new aws.cloudwatch.EventRule(`${name}-non-compliant`, {
        description: "AWS Config: a key-hygiene rule found a resource NON_COMPLIANT (old or unused key, root key, missing MFA, admin policy, no trail).",
        eventPattern: pulumi.all(Object.values(ruleNames)).apply((names) => JSON.stringify(configNonCompliantPattern(names))),
        tags,
    }, home);
    new aws.cloudwatch.EventTarget(`${name}-non-compliant`, { rule: compliance.name, arn: request.topicArn }, home);
    return { bucketName: bucket.bucket.id, ruleNames };
}

function managedRule(name: string, rule: ManagedRule, tags: Record<string, string>, opts: pulumi.CustomResourceOptions): aws.cfg.Rule {
    return new aws.cfg.Rule(`${name}-${rule.ruleName}`, {
        name: `${name}-${rule.ruleName}`,
        description: rule.description,
        source: { owner: "AWS", sourceIdentifier: rule.sourceIdentifier },
        inputParameters: Object.keys(rule.parameters).length > 0 ? JSON.stringify(rule.parameters) : undefined,
        maximumExecutionFrequency: rule.maximumExecutionFrequency,
        scope: rule.scope ? { complianceResourceTypes: rule.scope } : undefined,
        tags,
    }, opts);
}

/**
 * Automatic remediation of unused credentials with AWS's runbook, run by
 * Systems Manager as a role that can do what the runbook needs and nothing
 * else. Parameters as "Setting Up Auto Remediation" and the runbook reference
 * give them: the role as a static `AutomationAssumeRole`, the user as
 * `IAMResourceId` (the rule's `RESOURCE_ID`), and `MaxCredentialUsageAge`
 * matching the rule's threshold. (The runbook's page suggests triggering it
 * from `access-keys-rotated` with `maxAccessKeyAge`; but the runbook revokes
 * what was not *used* within that age, which is what
 * `iam-user-unused-credentials-check` reports, so it is attached to that rule,
 * with that rule's threshold, and a key that is merely old is only reported.)
 * (https://docs.aws.amazon.com/config/latest/developerguide/setup-autoremediation.html,
 * https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-revoke-iam-user.html).
 * @awsfact https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-revoke-iam-user.html — AWSConfigRemediation-RevokeUnusedIAMUserCredentials takes IAMResourceId, MaxCredentialUsageAge and AutomationAssumeRole
 * @awsfact https://docs.aws.amazon.com/config/latest/developerguide/setup-autoremediation.html — a remediation configuration passes static parameters and the rule's RESOURCE_ID to the SSM runbook
 */
function createRemediation(
    name: string, rule: aws.cfg.Rule, unusedDays: number, scope: pulumi.Output<AccountScope>, tags: Record<string, string>, opts: { parent: pulumi.Resource; provider: aws.Provider },
): void {
    const role = new aws.iam.Role(`${name}-remediation`, {
        description: `Systems Manager runs ${REVOKE_UNUSED_CREDENTIALS_RUNBOOK} as this role`,
        assumeRolePolicy: scope.apply((s) => JSON.stringify(serviceTrustPolicy("ssm.amazonaws.com", s))),
        tags,
    }, opts);
    const permissions = new aws.iam.RolePolicy(`${name}-remediation`, {
        role: role.id,
        policy: scope.apply((s) => JSON.stringify(revokeUnusedCredentialsPermissions(s))),
    }, opts);
    new aws.cfg.RemediationConfiguration(`${name}-remediation`, {
        configRuleName: rule.name,
        targetType: "SSM_DOCUMENT",
        targetId: REVOKE_UNUSED_CREDENTIALS_RUNBOOK,
        resourceType: "AWS::IAM::User",
        automatic: true,
        maximumAutomaticAttempts: 3,
        retryAttemptSeconds: 60,
        parameters: [
            { name: "AutomationAssumeRole", staticValue: role.arn },
            { name: "IAMResourceId", resourceValue: "RESOURCE_ID" },
            { name: "MaxCredentialUsageAge", staticValue: String(unusedDays) },
        ],
    }, { ...opts, dependsOn: [permissions] });
}

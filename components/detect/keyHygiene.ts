import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AccountScope } from "../documents/detect/arns";
import { checkRecipients } from "./alertSubscriptions";
import { createConfigWatch } from "./keyHygieneConfig";
import { createGuardDutyWatch } from "./keyHygieneGuardDuty";
import { publishesToTopic, resolveKeyHygiene, type KeyHygieneArgs, type ResolvedKeyHygiene } from "./keyHygieneSettings";
import { regionalProvider, regionalTopicArn } from "./regionalTopics";
import { withFormerType } from "../common/componentType";
import { validateSnsTopicArn } from "../documents/validate";

const WHERE = "KeyHygiene";

/**
 * Watches the keys and credentials that already exist, continuously, and
 * tells the alert topic when one goes bad. Three parts, each with an
 * `enabled` flag:
 * - **AWS Config**: a recorder in every region (IAM recorded in the home
 *   region only), delivering to an encrypted bucket, and the managed rules
 *   `access-keys-rotated` (90 days), `iam-user-unused-credentials-check` (45),
 *   `iam-root-access-key-check`, `root-account-mfa-enabled`,
 *   `mfa-enabled-for-iam-console-access`, `iam-user-no-policies-check`,
 *   `iam-policy-no-statements-with-admin-access` and `cloudtrail-enabled`;
 *   every change to NON_COMPLIANT goes to the topic; optional automatic
 *   revocation of unused credentials.
 * - **GuardDuty**: a detector in every region, unused ones included; findings
 *   of severity 7 and above, and every `UnauthorizedAccess:IAMUser/*` and
 *   `CredentialAccess:*` finding, reach the home region's topic.
 * - **IAM Access Analyzer**: an external-access analyzer in every region and
 *   an unused-access analyzer (90 days) for the account.
 *
 * AWS allows one Config recorder and one GuardDuty detector per region: turn
 * a part off where the account already has it.
 */
export class KeyHygiene extends pulumi.ComponentResource {
    /** The home region's alert topic (undefined when neither Config nor GuardDuty is enabled). */
    readonly topicArn?: pulumi.Output<string>;
    /** The Config delivery bucket (undefined when Config is disabled). */
    readonly configBucketName: pulumi.Output<string | undefined>;
    /** The Config rule names, by short name (empty when Config is disabled). */
    readonly configRuleNames: Record<string, pulumi.Output<string>>;
    /** The GuardDuty detector id of each region (empty when disabled). */
    readonly detectorIds: Record<string, pulumi.Output<string>>;
    /** The external-access analyzer ARN of each region (empty when disabled). */
    readonly analyzerArns: Record<string, pulumi.Output<string>>;
    /** The unused-access analyzer's ARN (undefined when disabled). */
    readonly unusedAccessAnalyzerArn: pulumi.Output<string | undefined>;
    /** The parts that were created. */
    readonly enabledParts: string[];

    constructor(name: string, args: KeyHygieneArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const settings = resolveKeyHygiene(args);
        const recipients = checkRecipients(WHERE, args);
        validateSnsTopicArn(`${WHERE}: topicArn`, args.topicArn, settings.homeRegion);
        super("aws-guardrails:index:KeyHygiene", name, {}, withFormerType(opts, "aws-guardrails:detect:KeyHygiene"));

        const providers = new Map<string, aws.Provider>();
        const providerFor = (region: string): aws.Provider => {
            let provider = providers.get(region);
            if (!provider) {
                provider = regionalProvider(this, name, region);
                providers.set(region, provider);
            }
            return provider;
        };
        const invoke = { parent: this, provider: providerFor(settings.homeRegion) };
        const scope: pulumi.Output<AccountScope> = pulumi
            .all([aws.getPartitionOutput({}, invoke).partition, aws.getCallerIdentityOutput({}, invoke).accountId])
            .apply(([partition, accountId]) => ({ partition, accountId }));
        this.topicArn = publishesToTopic(settings)
            ? regionalTopicArn({
                parent: this, name: `${name}-alerts`, provider: providerFor(settings.homeRegion), existing: args.topicArn,
                recipients, publishers: ["events"], tags: settings.tags,
            })
            : undefined;
        const topicArn = this.topicArn ?? pulumi.output("");

        this.configBucketName = pulumi.output(undefined);
        this.configRuleNames = {};
        if (settings.config) {
            const watch = createConfigWatch({ parent: this, name, settings: { ...settings, config: settings.config }, providerFor, scope, topicArn });
            this.configBucketName = watch.bucketName;
            this.configRuleNames = watch.ruleNames;
        }
        this.detectorIds = settings.guardDuty
            ? createGuardDutyWatch({ parent: this, name, settings: { ...settings, guardDuty: settings.guardDuty }, providerFor, scope, topicArn })
            : {};
        this.analyzerArns = {};
        this.unusedAccessAnalyzerArn = pulumi.output(undefined);
        if (settings.accessAnalyzer) {
            this.unusedAccessAnalyzerArn = this.createAnalyzers(name, settings, settings.accessAnalyzer, providerFor);
        }
        this.enabledParts = (["config", "guardDuty", "accessAnalyzer"] as const).filter((part) => settings[part] !== undefined);
        this.registerOutputs({
            topicArn: this.topicArn,
            configBucketName: this.configBucketName,
            configRuleNames: this.configRuleNames,
            detectorIds: this.detectorIds,
            analyzerArns: this.analyzerArns,
            unusedAccessAnalyzerArn: this.unusedAccessAnalyzerArn,
            enabledParts: this.enabledParts,
        });
    }

    /**
     * An external-access analyzer (type `ACCOUNT`, free) in each region and one
     * unused-access analyzer (`ACCOUNT_UNUSED_ACCESS`, `unusedAccessAge` in
     * days) in the home region: unused access is about IAM users and roles,
     * which are global, and it is billed per analyzer
     * (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CreateAnalyzer.html).
     * @awsfact https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CreateAnalyzer.html — analyzer types include ACCOUNT (external access) and ACCOUNT_UNUSED_ACCESS with unusedAccessAge
     */
    private createAnalyzers(
        name: string, settings: ResolvedKeyHygiene, analyzer: NonNullable<ResolvedKeyHygiene["accessAnalyzer"]>, providerFor: (region: string) => aws.Provider,
    ): pulumi.Output<string | undefined> {
        const { homeRegion, tags } = settings;
        for (const region of analyzer.regions) {
            this.analyzerArns[region] = new aws.accessanalyzer.Analyzer(`${name}-external-access-${region}`, {
                analyzerName: `${name}-external-access`,
                type: "ACCOUNT",
                tags,
            }, { parent: this, provider: providerFor(region) }).arn;
        }
        if (analyzer.unusedAccessDays === undefined) return pulumi.output(undefined);
        return new aws.accessanalyzer.Analyzer(`${name}-unused-access`, {
            analyzerName: `${name}-unused-access`,
            type: "ACCOUNT_UNUSED_ACCESS",
            configuration: { unusedAccess: { unusedAccessAge: analyzer.unusedAccessDays } },
            tags,
        }, { parent: this, provider: providerFor(homeRegion) }).arn;
    }
}

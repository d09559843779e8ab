/**
 * The documented interface of every component, as the multi-language SDKs see
 * it, in the short notation of `describeProperties`: `name: type`, `!` for a
 * required property, `~` after a part that may be an output of another
 * resource (everything else must be known before deployment: it decides which
 * resources exist, names them, or is checked against AWS's rules first).
 */
export const EXPECTED_COMPONENTS: Record<string, { inputs: string[]; outputs: string[] }> = {
    AccountPasswordPolicy: {
        inputs: [
            "allowUsersToChangePassword: boolean", "hardExpiry: boolean", "maxPasswordAge: number", "minimumPasswordLength: number",
            "passwordReusePrevention: number", "requireLowercaseCharacters: boolean", "requireNumbers: boolean", "requireSymbols: boolean",
            "requireUppercaseCharacters: boolean",
        ],
        outputs: ["settings!: PasswordPolicySettings"],
    },
    IpRestrictionGroup: {
        inputs: ["actions: string[]", "allowedVpcEndpoints: string~[]", "allowedVpcs: string~[]", "cidrs!: string[]", "groupName: string", "path: string", "viaAwsServices: boolean"],
        outputs: ["groupArn!: string", "groupName!: string", "policyJson!: string"],
    },
    RegionRestrictionGroup: {
        inputs: ["exemptGlobalServices: boolean", "globalServices: GlobalServicePreset", "groupName: string", "path: string", "regions!: string[]"],
        outputs: ["groupArn!: string", "groupName!: string", "policyJson!: string"],
    },
    MfaRequiredGroup: {
        inputs: ["groupName: string", "path: string"],
        outputs: ["groupArn!: string", "groupName!: string", "policyJson!: string"],
    },
    ScopedServiceUser: {
        inputs: [
            "accessKeys: ServiceAccessKeys", "allowStarAction: boolean", "owner!: string", "permissionsBoundary: string~", "restrictionGroups: string~[]",
            "service!: string", "statements!: IamStatement[]", "tags: map<string>",
        ],
        outputs: ["activeAccessKeyId: string", "groupName!: string", "policyJson!: string", "rotation: KeyRotationPlan", "secretArn: string", "userArn!: string", "userName!: string"],
    },
    ScopedServiceRole: {
        inputs: [
            "allowStarAction: boolean", "instanceProfile: boolean", "maxSessionDuration: number", "owner!: string", "permissionsBoundary: string~",
            "service!: string", "statements!: IamStatement[]", "tags: map<string>", "trust!: RoleTrust",
        ],
        outputs: ["instanceProfileArn: string", "instanceProfileName: string", "policyJson!: string", "roleArn!: string", "roleName!: string", "trustPolicyJson!: string"],
    },
    OrganizationGuardrails: {
        inputs: [
            "allowedCidrs: string[]", "allowedRegions: string[]", "allowedVpcEndpoints: string[]", "allowedVpcs: string[]", "denyLeavingOrganization: boolean",
            "denyRootUser: boolean", "exemptGlobalServices: boolean", "exemptRoleArns: string[]", "globalServices: GlobalServicePreset", "ipFenceAllPrincipals: boolean",
            "policyName: string", "protectCloudTrail: boolean",
            "tags: map<string>", "targetIds!: string[]", "viaAwsServices: boolean",
        ],
        outputs: ["policyArns!: string[]", "policyContents!: string[]", "policyIds!: string[]"],
    },
    AlertTopic: {
        inputs: ["emails: string[]", "keyDeletionWindowDays: number", "publishers: AlertPublisher[]", "subscriptions: AlertSubscription[]", "tags: map<string>"],
        outputs: ["keyArn!: string", "topicArn!: string"],
    },
    AllRegionsTrail: {
        inputs: [
            "accessLogBucket: boolean", "forceDestroy: boolean", "insights: boolean", "keyDeletionWindowDays: number", "lambdaDataEvents: boolean",
            "lifecycle: TrailLifecycle", "logGroupName: string", "logRetentionDays: number", "organizationTrail: boolean", "s3DataEvents: boolean",
            "tags: map<string>", "trailName: string",
        ],
        outputs: [
            "accessLogBucketName: string", "bucketName!: string", "kmsKeyArn!: string", "logGroupArn!: string", "logGroupName!: string", "region!: string",
            "trailArn!: string", "trailName!: string",
        ],
    },
    BillingAlarm: {
        inputs: ["budget: BillingBudget", "emails: string[]", "subscriptions: AlertSubscription[]", "tags: map<string>", "thresholds: number[]", "topicArn: string~"],
        outputs: ["alarmNames!: string[]", "budgetName: string", "topicArn!: string"],
    },
    InstanceCountAlarms: {
        inputs: [
            "emails: string[]", "instanceClasses: InstanceClass[]", "regions: string[]", "regionsInUse: string[]", "subscriptions: AlertSubscription[]",
            "tags: map<string>", "topicArns: map<string~>", "vcpuCeiling: number", "vcpuCeilingByRegion: map<number>",
        ],
        outputs: ["alarmCount!: number", "thresholds!: map<number>", "topicArns!: map<string>"],
    },
    CisAlarms: {
        inputs: ["disabled: CisAlarmId[]", "emails: string[]", "logGroupName!: string~", "metricNamespace: string", "subscriptions: AlertSubscription[]", "tags: map<string>", "topicArn: string~"],
        outputs: ["alarmIds!: CisAlarmId[]", "topicArn!: string"],
    },
    LeakedKeyAlert: {
        inputs: ["emails: string[]", "regions: string[]", "rootActivity: boolean", "subscriptions: AlertSubscription[]", "tags: map<string>", "topicArns: map<string~>"],
        outputs: ["healthRuleArns!: map<string>", "rootRuleArns!: map<string>", "topicArns!: map<string>"],
    },
    KeyHygiene: {
        inputs: [
            "accessAnalyzer: KeyHygieneAccessAnalyzer", "config: KeyHygieneConfig", "emails: string[]", "guardDuty: KeyHygieneGuardDuty", "homeRegion: string",
            "regions: string[]", "subscriptions: AlertSubscription[]", "tags: map<string>", "topicArn: string~",
        ],
        outputs: [
            "analyzerArns!: map<string>", "configBucketName: string", "configRuleNames!: map<string>", "detectorIds!: map<string>", "enabledParts!: string[]",
            "topicArn: string", "unusedAccessAnalyzerArn: string",
        ],
    },
    LeakedKeyResponder: {
        inputs: [
            "allowListedKeyIds: string~[]", "allowListedUsers: string~[]", "dryRun: boolean", "emails: string[]", "guardDutyFindings: ResponderGuardDuty",
            "logRetentionDays: number", "lookbackHours: number", "lookupRegions: string[]", "regions: string[]", "subscriptions: AlertSubscription[]",
            "tags: map<string>", "topicArns: map<string~>",
        ],
        outputs: ["functionArns!: map<string>", "quarantinePolicyArn!: string", "roleArn!: string", "topicArns!: map<string>"],
    },
    GuardrailBaseline: {
        inputs: [
            "accountPublicAccessBlock: Toggle", "alertEmails: string[]", "alertSubscriptions: AlertSubscription[]", "allowedCidrs: string[]",
            "allowedRegions: string[]", "billing: BillingPart", "cisAlarms: CisAlarmsPart", "ebsDefaultEncryption: Toggle", "homeRegion: string",
            "instanceCount: InstanceCountPart", "ipRestriction: IpRestrictionPart", "keyHygiene: KeyHygienePart", "leakedKey: LeakedKeyPart",
            "leakedKeyResponder: LeakedKeyResponderPart", "mfaRequired: MfaRequiredPart", "passwordPolicy: PasswordPolicyPart",
            "regionRestriction: RegionRestrictionPart", "tags: map<string>", "trail: TrailPart",
        ],
        outputs: [
            "alertTopicArns!: map<string>", "billingAlarmNames: string[]", "configBucketName: string", "enabledParts!: string[]", "groupNames!: map<string>",
            "quarantinePolicyArn: string", "trailArn: string", "trailBucketName: string", "trailKmsKeyArn: string", "trailLogGroupName: string",
            "vcpuThresholds!: map<number>",
        ],
    },
};

/** The object types, in the same notation (output-only types without `~`). */
export const EXPECTED_OBJECT_TYPES: Record<string, string[]> = {
    IamStatement: ["actions: string[]", "conditions: IamCondition[]", "effect: StatementEffect", "notActions: string[]", "notResources: string~[]", "resources: string~[]", "sid: string"],
    IamCondition: ["test!: string", "values!: string~[]", "variable!: string"],
    ServiceAccessKeys: ["enabled: boolean", "kmsKeyId: string~", "now: string", "rotateAfterDays: number"],
    RoleTrust: ["externalId: string~", "requireMfa: boolean", "roleArns: string~[]", "services: string[]"],
    AlertSubscription: ["endpoint!: string~", "protocol!: AlertProtocol"],
    TrailLifecycle: ["expireAfterDays: number", "noncurrentExpireAfterDays: number", "storageClass: LogStorageClass", "transitionAfterDays: number"],
    BillingBudget: ["enabled: boolean", "forecastPercents: number[]", "limitUsd: number"],
    KeyHygieneConfig: ["autoRemediation: boolean", "enabled: boolean", "forceDestroy: boolean", "maxAccessKeyAgeDays: number", "regions: string[]", "unusedCredentialsDays: number"],
    KeyHygieneGuardDuty: ["enabled: boolean", "findingPublishingFrequency: FindingPublishingFrequency", "minimumSeverity: number", "regions: string[]"],
    KeyHygieneAccessAnalyzer: ["enabled: boolean", "regions: string[]", "unusedAccess: boolean", "unusedAccessDays: number"],
    ResponderGuardDuty: ["enabled: boolean", "findingTypes: string[]", "region: string"],
    Toggle: ["enabled: boolean"],
    PasswordPolicyPart: [
        "allowUsersToChangePassword: boolean", "enabled: boolean", "hardExpiry: boolean", "maxPasswordAge: number", "minimumPasswordLength: number",
        "passwordReusePrevention: number", "requireLowercaseCharacters: boolean", "requireNumbers: boolean", "requireSymbols: boolean",
        "requireUppercaseCharacters: boolean",
    ],
    IpRestrictionPart: ["actions: string[]", "allowedVpcEndpoints: string~[]", "allowedVpcs: string~[]", "enabled: boolean", "groupName: string", "path: string", "viaAwsServices: boolean"],
    RegionRestrictionPart: ["enabled: boolean", "exemptGlobalServices: boolean", "globalServices: GlobalServicePreset", "groupName: string", "path: string"],
    MfaRequiredPart: ["enabled: boolean", "groupName: string", "path: string"],
    TrailPart: [
        "accessLogBucket: boolean", "enabled: boolean", "forceDestroy: boolean", "insights: boolean", "keyDeletionWindowDays: number", "lambdaDataEvents: boolean",
        "lifecycle: TrailLifecycle", "logGroupName: string", "logRetentionDays: number", "organizationTrail: boolean", "s3DataEvents: boolean", "trailName: string",
    ],
    CisAlarmsPart: ["disabled: CisAlarmId[]", "enabled: boolean", "logGroupName: string~", "metricNamespace: string"],
    BillingPart: ["budget: BillingBudget", "enabled: boolean", "thresholds: number[]"],
    InstanceCountPart: ["enabled: boolean", "instanceClasses: InstanceClass[]", "regions: string[]", "vcpuCeiling: number", "vcpuCeilingByRegion: map<number>"],
    LeakedKeyPart: ["enabled: boolean", "regions: string[]", "rootActivity: boolean"],
    KeyHygienePart: ["accessAnalyzer: KeyHygieneAccessAnalyzer", "config: KeyHygieneConfig", "enabled: boolean", "guardDuty: KeyHygieneGuardDuty"],
    LeakedKeyResponderPart: [
        "allowListedKeyIds: string~[]", "allowListedUsers: string~[]", "dryRun: boolean", "enabled: boolean", "guardDutyFindings: ResponderGuardDuty",
        "logRetentionDays: number", "lookbackHours: number", "lookupRegions: string[]", "regions: string[]",
    ],
    PasswordPolicySettings: [
        "allowUsersToChangePassword!: boolean", "hardExpiry!: boolean", "maxPasswordAge!: number", "minimumPasswordLength!: number",
        "passwordReusePrevention!: number", "requireLowercaseCharacters!: boolean", "requireNumbers!: boolean", "requireSymbols!: boolean",
        "requireUppercaseCharacters!: boolean",
    ],
    KeyRotationPlan: ["activeSlot!: KeySlotName", "rotateAfterDays!: number", "slots!: KeySlot[]", "today!: string", "windowDays!: number"],
    KeySlot: ["active!: boolean", "createdFrom!: string", "replacedFrom!: string", "slot!: KeySlotName", "window!: number"],
};

/** The object types that only outputs use. */
export const OUTPUT_TYPES = new Set(["PasswordPolicySettings", "KeyRotationPlan", "KeySlot"]);

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { guardDutyFindingsPattern } from "../documents/detect/findingPatterns";
import { defaultEventBusArn, eventForwardingPermissions, serviceTrustPolicy } from "../documents/detect/keyHygieneRoles";
import type { KeyHygienePartRequest } from "./keyHygieneSettings";

/** What {@link createGuardDutyWatch} needs. */
export type GuardDutyWatchRequest = KeyHygienePartRequest<"guardDuty">;

/**
 * A GuardDuty detector in every region, and the route of its findings to the
 * one alert topic in the home region.
 *
 * GuardDuty publishes a finding only to EventBridge in the finding's own
 * region, and an EventBridge rule can target an SNS topic only in its own
 * region, but it can target the default event bus of another region
 * ("Sending and receiving events between AWS Regions",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html).
 * So each other region's rule forwards matching findings to the home region's
 * default bus (with a role allowed only `events:PutEvents` on it), and one rule
 * there sends them, and the home region's own, to the topic: every finding
 * reaches the same subscribers once, and no region needs its own topic and key.
 *
 * @awsfact https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html — an EventBridge rule can send events to the event bus of another Region; targets such as SNS topics must be in the rule's Region
 */
export function createGuardDutyWatch(request: GuardDutyWatchRequest): Record<string, pulumi.Output<string>> {
    const { parent, name, settings, providerFor, scope } = request;
    const { guardDuty, homeRegion, tags } = settings;
    const home = { parent, provider: providerFor(homeRegion) };
    const pattern = JSON.stringify(guardDutyFindingsPattern(guardDuty.minimumSeverity));
    const forwarding = guardDuty.regions.some((region) => region !== homeRegion)
        ? new aws.iam.Role(`${name}-findings-forwarder`, {
            description: `EventBridge forwards GuardDuty findings to the default bus of ${homeRegion}`,
            assumeRolePolicy: scope.apply((s) => JSON.stringify(serviceTrustPolicy("events.amazonaws.com", s))),
            tags,
        }, home)
        : undefined;
    const forwardingPolicy = forwarding
        ? new aws.iam.RolePolicy(`${name}-findings-forwarder`, {
            role: forwarding.id,
            policy: scope.apply((s) => JSON.stringify(eventForwardingPermissions(s, homeRegion))),
        }, home)
        : undefined;

    const detectorIds: Record<string, pulumi.Output<string>> = {};
    for (const region of guardDuty.regions) {
        const opts = { parent, provider: providerFor(region) };
        // https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html
        // @awsfact https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html — a GuardDuty detector is created per Region; an account has at most one detector per Region
        const detector = new aws.guardduty.Detector(`${name}-guardduty-${region}`, {
            enable: true,
            findingPublishingFrequency: guardDuty.findingPublishingFrequency,
            tags,
        }, opts);
        detectorIds[region] = detector.id;
        const rule = new aws.cloudwatch.EventRule(`${name}-findings-${region}`, {
            description: region === homeRegion
                ? `GuardDuty findings of severity ${guardDuty.minimumSeverity}+ or of the IAM-user and credential-access families, from every region`
                : `GuardDuty findings of severity ${guardDuty.minimumSeverity}+ or of the IAM-user and credential-access families, forwarded to ${homeRegion}`,
            eventPattern: pattern,
            tags,
        }, opts);
        if (region === homeRegion) {
            new aws.cloudwatch.EventTarget(`${name}-findings-${region}`, { rule: rule.name, arn: request.topicArn }, opts);
        } else {
            new aws.cloudwatch.EventTarget(`${name}-findings-${region}`, {
                rule: rule.name,
                arn: scope.apply((s) => defaultEventBusArn(s, homeRegion)),
                roleArn: forwarding?.arn,
            }, { ...opts, dependsOn: forwardingPolicy ? [forwardingPolicy] : [] });
        }
    }
    return detectorIds;
}

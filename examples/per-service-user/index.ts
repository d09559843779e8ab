// A certificate renewer that runs outside AWS (an on-premises ACME client
// answering DNS-01 challenges) and so needs an access key. The key may only
// write _acme-challenge TXT records in one hosted zone, works only from the
// office networks and in the allowed regions, and rotates itself.
import * as pulumi from "@pulumi/pulumi";
import { IpRestrictionGroup, RegionRestrictionGroup, ScopedServiceUser } from "aws-guardrails";

const config = new pulumi.Config();
const hostedZoneId = config.get("hostedZoneId") ?? "Z0123456789ABCDEFGHIJ";
const officeCidrs = config.getObject<string[]>("officeCidrs") ?? ["203.0.113.0/24"];
const regions = config.getObject<string[]>("regions") ?? ["eu-west-1"];
const owner = config.get("owner") ?? "platform-team";

// The fences: a leaked key is denied everything from outside the office
// networks, and everything regional outside the allowed regions.
const network = new IpRestrictionGroup("cert-renewer-network", { cidrs: officeCidrs });
const region = new RegionRestrictionGroup("cert-renewer-regions", { regions });

const renewer = new ScopedServiceUser("cert-renewer", {
    service: "cert-renewer",
    owner,
    statements: [
        {
            // Create and clean up ACME challenge records, and nothing else, in one zone.
            sid: "WriteAcmeChallengeRecords",
            actions: ["route53:ChangeResourceRecordSets"],
            resources: [`arn:aws:route53:::hostedzone/${hostedZoneId}`],
            conditions: [
                { test: "ForAllValues:StringLike", variable: "route53:ChangeResourceRecordSetsNormalizedRecordNames", values: ["_acme-challenge.*"] },
                { test: "ForAllValues:StringEquals", variable: "route53:ChangeResourceRecordSetsRecordTypes", values: ["TXT"] },
                { test: "ForAllValues:StringEquals", variable: "route53:ChangeResourceRecordSetsActions", values: ["UPSERT", "DELETE"] },
            ],
        },
        // Wait for a change to reach every Route 53 name server.
        { sid: "WatchChanges", actions: ["route53:GetChange"], resources: ["arn:aws:route53:::change/*"] },
        // Find the zone of a domain; these actions support no resource ARN.
        { sid: "FindZones", actions: ["route53:ListHostedZones", "route53:ListHostedZonesByName"], resources: ["*"] },
    ],
    restrictionGroups: [network.groupName, region.groupName],
    accessKeys: { enabled: true, rotateAfterDays: 90 },
});

/** The renewer's IAM user. */
export const userName = renewer.userName;
/** Its ARN. */
export const userArn = renewer.userArn;
/** The key the renewer should use now; the other slot stays valid for one more window. */
export const activeAccessKeyId = renewer.activeAccessKeyId;
/** The Secrets Manager secret holding the active key as JSON {accessKeyId, secretAccessKey}. */
export const secretArn = renewer.secretArn;

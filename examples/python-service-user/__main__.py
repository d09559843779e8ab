"""A certificate renewer that runs outside AWS (an ACME client answering DNS-01
challenges) and so needs an access key: the key may only write _acme-challenge
TXT records in one hosted zone, works only from the office networks and in the
allowed regions, and rotates itself. The same program as examples/per-service-user,
in Python, through the SDK that `pulumi package add` generates."""

import pulumi
import pulumi_aws_guardrails as guardrails

config = pulumi.Config()
hosted_zone_id = config.get("hostedZoneId") or "Z0123456789ABCDEFGHIJ"
office_cidrs = config.get_object("officeCidrs") or ["203.0.113.0/24", "2001:db8::/32"]
regions = config.get_object("regions") or ["eu-west-1"]
owner = config.get("owner") or "platform-team"

# The fences: a leaked key is denied everything from outside the office
# networks, and everything regional outside the allowed regions.
network = guardrails.IpRestrictionGroup("cert-renewer-network", cidrs=office_cidrs)
region = guardrails.RegionRestrictionGroup("cert-renewer-regions", regions=regions)

renewer = guardrails.ScopedServiceUser(
    "cert-renewer",
    service="cert-renewer",
    owner=owner,
    statements=[
        # Create and clean up ACME challenge records, and nothing else, in one zone.
        guardrails.IamStatementArgs(
            sid="WriteAcmeChallengeRecords",
            effect=guardrails.StatementEffect.ALLOW,
            actions=["route53:ChangeResourceRecordSets"],
            resources=[f"arn:aws:route53:::hostedzone/{hosted_zone_id}"],
            conditions=[
                guardrails.IamConditionArgs(
                    test="ForAllValues:StringLike",
                    variable="route53:ChangeResourceRecordSetsNormalizedRecordNames",
                    values=["_acme-challenge.*"],
                ),
                guardrails.IamConditionArgs(
                    test="ForAllValues:StringEquals",
                    variable="route53:ChangeResourceRecordSetsRecordTypes",
                    values=["TXT"],
                ),
                guardrails.IamConditionArgs(
                    test="ForAllValues:StringEquals",
                    variable="route53:ChangeResourceRecordSetsActions",
                    values=["UPSERT", "DELETE"],
                ),
            ],
        ),
        # Wait for a change to reach every Route 53 name server.
        guardrails.IamStatementArgs(
            sid="WatchChanges",
            actions=["route53:GetChange"],
            resources=["arn:aws:route53:::change/*"],
        ),
        # Find the zone of a domain; these actions support no resource ARN.
        guardrails.IamStatementArgs(
            sid="FindZones",
            actions=["route53:ListHostedZones", "route53:ListHostedZonesByName"],
            resources=["*"],
        ),
    ],
    # Outputs of the fence components: the user joins only once each fence holds its policy.
    restriction_groups=[network.group_name, region.group_name],
    access_keys=guardrails.ServiceAccessKeysArgs(enabled=True, rotate_after_days=90),
)

pulumi.export("userName", renewer.user_name)
pulumi.export("userArn", renewer.user_arn)
# The key the renewer should use now; the other slot stays valid for one more window.
pulumi.export("activeAccessKeyId", renewer.active_access_key_id)
# The Secrets Manager secret holding the active key as JSON {accessKeyId, secretAccessKey}.
pulumi.export("secretArn", renewer.secret_arn)
# Which slot is active and when each key is replaced.
pulumi.export("rotation", renewer.rotation)

// Run in the organization's management account. The same documents that fence
// one account's IAM users become service control policies for every account
// in the chosen OUs: a key leaked from any member account is denied outside the
// allowed regions and networks, cannot take its account out of the
// organization, cannot stop the trail, and the root user is locked out. One
// organization trail records every account in every region.
import * as pulumi from "@pulumi/pulumi";
import { AllRegionsTrail, OrganizationGuardrails } from "aws-guardrails";

const config = new pulumi.Config();
const targetIds = config.requireObject<string[]>("targetIds");
const allowedRegions = config.requireObject<string[]>("allowedRegions");
const allowedCidrs = config.requireObject<string[]>("allowedCidrs");
const breakGlassRoleArn = config.require("breakGlassRoleArn");

const guardrails = new OrganizationGuardrails("organization", {
    targetIds,
    allowedRegions,
    allowedCidrs,
    // The break-glass role may act outside the fences, and may repair the trail.
    exemptRoleArns: [breakGlassRoleArn],
});

const trail = new AllRegionsTrail("organization", {
    trailName: "organization-trail",
    organizationTrail: true,
});

/** The SCP ids, one per document (documents over 5,120 characters are split). */
export const scpIds = guardrails.policyIds;
/** The organization trail. */
export const trailArn = trail.trailArn;
/** Where every account's logs land. */
export const trailBucket = trail.bucketName;

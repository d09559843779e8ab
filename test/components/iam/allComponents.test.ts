import assert from "node:assert/strict";
import {
    AccountPasswordPolicy, IpRestrictionGroup, MfaRequiredGroup, OrganizationGuardrails, RegionRestrictionGroup, ScopedServiceRole,
    ScopedServiceUser,
} from "../../../components/iam";
import { assertPackClean, ROUTE53_STATEMENTS } from "./helpers";

describe("the IAM components together", () => {
    it("make one stack that passes the policy pack with zero violations, every child under its component", async () => {
        const run = await assertPackClean(() => {
            new AccountPasswordPolicy("account");
            const network = new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24", "2001:db8::/32"] });
            const region = new RegionRestrictionGroup("eu", { regions: ["eu-west-1", "eu-central-1"] });
            new MfaRequiredGroup("humans");
            const renewer = new ScopedServiceUser("renewer", {
                service: "cert-renewer",
                owner: "platform-team",
                statements: ROUTE53_STATEMENTS,
                restrictionGroups: [network.groupName, region.groupName],
                accessKeys: { enabled: true },
            });
            new ScopedServiceRole("thumbs", {
                service: "thumbnailer",
                owner: "media-team",
                trust: { services: ["lambda"] },
                statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::uploads/*"] }],
            });
            new OrganizationGuardrails("org", { targetIds: ["ou-ab12-cd34ef56"], allowedRegions: ["eu-west-1", "eu-central-1"] });
            return { activeAccessKeyId: renewer.activeAccessKeyId, secretArn: renewer.secretArn };
        });
        const components = new Set(run.resources.filter((r) => r.type.startsWith("aws-guardrails:index:")).map((r) => r.urn));
        assert.equal(components.size, 7);
        for (const resource of run.resources.filter((r) => r.custom)) {
            assert.ok(resource.parent && components.has(resource.parent), `${resource.type} ${resource.name} belongs to a component`);
        }
    });
});

import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import { IpRestrictionGroup, MfaRequiredGroup, ScopedServiceUser, type ScopedServiceUserArgs } from "../../../components/iam";
import { fenceKindsOfGroupName } from "../../../components/iam/keyFence";
import { constructionError } from "../../support/construction";
import { all, assertRefused, ROUTE53_STATEMENTS } from "./helpers";

/** What fences a service user's access keys, as far as the component can tell before creating anything. */

const BASE: ScopedServiceUserArgs = { service: "cert-renewer", owner: "platform-team", statements: ROUTE53_STATEMENTS };
const where = 'ScopedServiceUser "renewer"';

describe("ScopedServiceUser: what fences its keys", () => {
    it("access keys fenced by an MfaRequiredGroup alone, or by the AdministratorAccess boundary", async () => {
        const { error, run } = await constructionError(() => {
            const mfa = new MfaRequiredGroup("humans");
            new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: [mfa.groupName], accessKeys: { enabled: true } });
        });
        assert.equal(error.message, `${where}: accessKeys.enabled needs a fence so that a leaked key is useless elsewhere (an MFA group does not fence a key: a leaked key alone can enrol its own virtual MFA device and then pass the MFA check); give restrictionGroups with an IpRestrictionGroup or RegionRestrictionGroup groupName, or a permissionsBoundary that bounds the user`);
        assert.ok(!run.resources.some((r) => r.type === "aws-guardrails:iam:ScopedServiceUser"), "nothing of the user is registered");
        await assertRefused(
            () => new ScopedServiceUser("renewer", { ...BASE, permissionsBoundary: "arn:aws:iam::aws:policy/AdministratorAccess", accessKeys: { enabled: true } }),
            `${where}: accessKeys.enabled needs a fence so that a leaked key is useless elsewhere (permissionsBoundary arn:aws:iam::aws:policy/AdministratorAccess allows every action on every resource, so it bounds nothing); give restrictionGroups with an IpRestrictionGroup or RegionRestrictionGroup groupName, or a permissionsBoundary that bounds the user`,
        );
    });

    it("accepts an MFA group next to an IP fence, and a group name it cannot judge (the pack judges it)", async () => {
        const run = await runUnderMocks(() => {
            const mfa = new MfaRequiredGroup("humans");
            const ip = new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"] });
            assert.deepEqual(fenceKindsOfGroupName(mfa.groupName), ["mfa"]);
            assert.deepEqual(fenceKindsOfGroupName(ip.groupName), ["ip"]);
            assert.equal(fenceKindsOfGroupName("fence-from-another-stack"), undefined);
            new ScopedServiceUser("both", { ...BASE, service: "both", restrictionGroups: [mfa.groupName, ip.groupName], accessKeys: { enabled: true, now: "2026-03-31" } });
            new ScopedServiceUser("named", { ...BASE, service: "named", restrictionGroups: ["fence-from-another-stack"], accessKeys: { enabled: true, now: "2026-03-31" } });
        });
        assert.equal(all(run, "aws:iam/accessKey:AccessKey").length, 4);
    });

    it("refuses keys fenced only by an IP group narrowed to some actions", async () => {
        const { error } = await constructionError(() => {
            const launches = new IpRestrictionGroup("launches", { cidrs: ["203.0.113.0/24"], actions: ["ec2:RunInstances"] });
            new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: [launches.groupName], accessKeys: { enabled: true } });
        });
        assert.match(error.message, /\(a restriction group whose deny is narrowed to some actions fences only those actions\)/);
    });
});

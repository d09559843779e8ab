import * as pulumi from "@pulumi/pulumi";
import assert from "node:assert/strict";
import * as components from "../../components";
import { checkUnderMocks, describeViolations } from "../support/mockedCheck";
import { ISOLATED_PACK_CONFIG, TEST_TAGS } from "./detect/support";

/**
 * A guard for the rule "every component passes the policy pack": every
 * concrete component class the package exports is built here, in one mocked
 * run checked once by the real pack. A component exported without a line
 * below fails the first test, so a new one cannot skip the pack. Each has its
 * own, fuller test too; here the regions are few, to keep the run short.
 */

const FEW = ["us-east-1", "eu-west-1"];
const EMAILS = ["security@example.com"];
const OFF = { enabled: false };
const READ_REPORTS = [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/*"] }];

/** How to build each exported component; the keys must be exactly the exported classes. */
const BUILD: Record<string, () => unknown> = {
    AccountPasswordPolicy: () => new components.AccountPasswordPolicy("all-password"),
    IpRestrictionGroup: () => new components.IpRestrictionGroup("all-office", { cidrs: ["203.0.113.0/24"] }),
    RegionRestrictionGroup: () => new components.RegionRestrictionGroup("all-regions", { regions: FEW }),
    MfaRequiredGroup: () => new components.MfaRequiredGroup("all-humans"),
    ScopedServiceUser: () => {
        const office = new components.IpRestrictionGroup("all-user-office", { cidrs: ["203.0.113.0/24"] });
        return new components.ScopedServiceUser("all-user", {
            service: "exporter", owner: "data-team", statements: READ_REPORTS, restrictionGroups: [office.groupName], accessKeys: { enabled: true }, tags: TEST_TAGS,
        });
    },
    ScopedServiceRole: () => new components.ScopedServiceRole("all-role", { service: "thumbnailer", owner: "media-team", trust: { services: ["lambda"] }, statements: READ_REPORTS, tags: TEST_TAGS }),
    OrganizationGuardrails: () => new components.OrganizationGuardrails("all-org", { targetIds: ["ou-ab12-cd34ef56"], allowedRegions: FEW, tags: TEST_TAGS }),
    AlertTopic: () => new components.AlertTopic("all-topic", { emails: EMAILS, tags: TEST_TAGS }),
    AllRegionsTrail: () => new components.AllRegionsTrail("all-trail", { tags: TEST_TAGS }),
    BillingAlarm: () => new components.BillingAlarm("all-billing", { emails: EMAILS, tags: TEST_TAGS }),
    InstanceCountAlarms: () => new components.InstanceCountAlarms("all-vcpu", { regions: FEW, emails: EMAILS, tags: TEST_TAGS }),
    CisAlarms: () => new components.CisAlarms("all-cis", { logGroupName: "/aws/cloudtrail/all-trail", emails: EMAILS, tags: TEST_TAGS }),
    LeakedKeyAlert: () => new components.LeakedKeyAlert("all-leaked", { emails: EMAILS, tags: TEST_TAGS }),
    KeyHygiene: () => new components.KeyHygiene("all-hygiene", { regions: FEW, emails: EMAILS, tags: TEST_TAGS, config: { autoRemediation: true } }),
    LeakedKeyResponder: () => new components.LeakedKeyResponder("all-responder", { lookupRegions: FEW, emails: EMAILS, tags: TEST_TAGS, guardDutyFindings: { enabled: true } }),
    // Its own resources and fences; the parts it composes are built on their own above, and
    // guardrailBaseline.test.ts checks the whole default baseline with the pack.
    GuardrailBaseline: () => new components.GuardrailBaseline("all-baseline", {
        allowedRegions: ["us-east-1"], allowedCidrs: ["203.0.113.0/24"], alertEmails: EMAILS, tags: TEST_TAGS,
        trail: OFF, cisAlarms: OFF, billing: OFF, instanceCount: OFF, leakedKey: OFF, keyHygiene: OFF, leakedKeyResponder: OFF,
    }),
};

/** Every concrete component class the package exports, by name. */
const EXPORTED = Object.entries(components)
    .filter(([, value]) => typeof value === "function" && (value as { prototype?: unknown }).prototype instanceof pulumi.ComponentResource)
    .map(([name]) => name)
    .sort();

describe("every exported component", () => {
    it("has a line in this guard", () => {
        assert.deepEqual(Object.keys(BUILD).sort(), EXPORTED);
    });

    it("passes the policy pack with zero violations, each built once in one stack", async () => {
        const { run, violations } = await checkUnderMocks(() => {
            for (const build of Object.values(BUILD)) build();
        }, ISOLATED_PACK_CONFIG);
        const built = new Set(run.resources.filter((r) => !r.custom).map((r) => r.type.split(":")[2]));
        assert.deepEqual(EXPORTED.filter((name) => !built.has(name)), [], "every exported component was registered");
        assert.deepEqual(violations, [], describeViolations(violations));
    });
});

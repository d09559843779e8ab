import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import assert from "node:assert/strict";
import { runUnderMocks, type MockRun } from "../../../cli/harness";
import { leastPrivilege } from "../../../components/documents";
import {
    IpRestrictionGroup, RegionRestrictionGroup, ScopedServiceUser, type ScopedServiceUserArgs,
} from "../../../components/iam";
import {
    all, assertAllChildrenOf, assertPackClean, assertRefused, one, policyInput, recordReplacementTriggers, ROUTE53_IAM_JSON, ROUTE53_STATEMENTS, shape,
} from "./helpers";

/** Whether a captured output value is a Pulumi secret. */
function isSecretValue(value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[specialSigKey] === specialSecretSig;
}

const USER = "aws:iam/user:User";
const GROUP = "aws:iam/group:Group";
const GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
const MEMBERSHIP = "aws:iam/userGroupMembership:UserGroupMembership";
const ACCESS_KEY = "aws:iam/accessKey:AccessKey";
const SECRET = "aws:secretsmanager/secret:Secret";
const SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
const KMS_KEY = "aws:kms/key:Key";
const COMPONENT = "aws-guardrails:index:ScopedServiceUser";

const BASE: ScopedServiceUserArgs = { service: "cert-renewer", owner: "platform-team", statements: ROUTE53_STATEMENTS };

/** A fenced renewer with keys, as of `now`; returns the run and the replacement triggers sent. */
async function renewerOn(now: string): Promise<{ run: MockRun; triggers: Map<string, unknown> }> {
    let triggers = new Map<string, unknown>();
    const run = await runUnderMocks(() => {
        triggers = recordReplacementTriggers();
        const user = new ScopedServiceUser("renewer", {
            ...BASE,
            restrictionGroups: ["office-only"],
            accessKeys: { enabled: true, now },
        });
        return { activeAccessKeyId: user.activeAccessKeyId, secretArn: user.secretArn };
    });
    return { run, triggers };
}

describe("ScopedServiceUser", () => {
    describe("without access keys", () => {
        it("creates user svc-<service> and group svc-<service> under /service/, joined by one membership", async () => {
            const run = await runUnderMocks(() => {
                const user = new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["deny-outside-cidrs-office"], tags: { CostCenter: "1234" } });
                return { userName: user.userName, userArn: user.userArn, groupName: user.groupName };
            });
            assert.deepEqual(shape(run), [
                `${COMPONENT} renewer`,
                `${GROUP} renewer`,
                `${GROUP_POLICY} renewer`,
                `${USER} renewer`,
                `${MEMBERSHIP} renewer`,
            ].sort());
            assertAllChildrenOf(run, COMPONENT);
            assert.deepEqual(one(run, USER).inputs, {
                name: "svc-cert-renewer",
                path: "/service/",
                tags: { CostCenter: "1234", Service: "cert-renewer", Owner: "platform-team" },
            });
            assert.deepEqual(one(run, GROUP).inputs, { name: "svc-cert-renewer", path: "/service/" });
            assert.deepEqual(one(run, MEMBERSHIP).inputs, { user: "svc-cert-renewer", groups: ["svc-cert-renewer", "deny-outside-cidrs-office"] });
            assert.deepEqual(run.outputs, {
                userName: "svc-cert-renewer",
                userArn: "arn:aws:iam::123456789012:user/service/svc-cert-renewer",
                groupName: "svc-cert-renewer",
            });
        });

        it("holds the least-privilege document in the group, never on the user", async () => {
            const run = await runUnderMocks(() => new ScopedServiceUser("renewer", BASE));
            const policy = one(run, GROUP_POLICY);
            assert.equal(policy.inputs.group, "svc-cert-renewer");
            assert.equal(policy.inputs.name, "least-privilege");
            assert.deepEqual(policyInput(policy), leastPrivilege(ROUTE53_IAM_JSON));
            assert.equal(all(run, "aws:iam/userPolicy:UserPolicy").length, 0);
            assert.equal(all(run, "aws:iam/userPolicyAttachment:UserPolicyAttachment").length, 0);
        });

        it("joins only after the per-service group holds its policy", async () => {
            const run = await runUnderMocks(() => new ScopedServiceUser("renewer", BASE));
            assert.ok(one(run, MEMBERSHIP).dependencies.includes(one(run, GROUP_POLICY).urn));
        });

        it("joins restriction groups given as outputs of the fence components", async () => {
            const run = await runUnderMocks(() => {
                const ip = new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"] });
                const region = new RegionRestrictionGroup("eu", { regions: ["eu-west-1"] });
                new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: [ip.groupName, region.groupName] });
            });
            const membership = one(run, MEMBERSHIP);
            assert.deepEqual(membership.inputs.groups, ["svc-cert-renewer", "deny-outside-cidrs-office", "deny-outside-regions-eu"]);
            for (const fence of all(run, GROUP_POLICY)) {
                assert.ok(membership.dependencies.includes(fence.urn), `the membership waits for ${fence.urn}`);
            }
        });

        it("sets a permissions boundary on the user", async () => {
            const boundary = "arn:aws:iam::123456789012:policy/service-boundary";
            const run = await runUnderMocks(() => new ScopedServiceUser("renewer", { ...BASE, permissionsBoundary: boundary }));
            assert.equal(one(run, USER).inputs.permissionsBoundary, boundary);
        });

        it("creates no key, secret or KMS key when accessKeys.enabled is false", async () => {
            const run = await runUnderMocks(() => new ScopedServiceUser("renewer", { ...BASE, accessKeys: { enabled: false } }));
            for (const type of [ACCESS_KEY, SECRET, SECRET_VERSION, KMS_KEY]) assert.equal(all(run, type).length, 0, type);
        });
    });

    describe("with access keys", () => {
        it("creates two key slots, each in its own CMK-encrypted secret, all children of the component", async () => {
            const { run } = await renewerOn("2026-03-31");
            assertAllChildrenOf(run, COMPONENT);
            assert.deepEqual(all(run, ACCESS_KEY).map((k) => k.name), ["renewer-a", "renewer-b"]);
            const kms = one(run, KMS_KEY);
            assert.equal(kms.inputs.enableKeyRotation, true);
            assert.deepEqual(kms.inputs.tags, { Service: "cert-renewer", Owner: "platform-team" });
            const kmsArn = kms.analyzerOutputs.arn;
            for (const slot of ["a", "b"]) {
                const key = one(run, ACCESS_KEY, `renewer-${slot}`);
                assert.deepEqual(key.inputs, { user: "svc-cert-renewer", status: "Active" });
                assert.equal(key.options.deleteBeforeReplace, true, "a replaced key goes first: AWS allows two keys per user");
                assert.ok(key.dependencies.includes(one(run, MEMBERSHIP).urn), "a key exists only once the user is fenced");
                const secret = one(run, SECRET, `renewer-${slot}`);
                assert.equal(secret.inputs.name, `service/svc-cert-renewer/access-key-${slot}`);
                assert.equal(secret.inputs.kmsKeyId, kmsArn);
                assert.equal((secret.inputs.tags as Record<string, string>).AccessKeySlot, slot);
                const version = one(run, SECRET_VERSION, `renewer-${slot}`);
                assert.equal(version.inputs.secretId, secret.inputs.name);
                assert.equal(version.inputs.secretString, "[secret]");
                assert.ok(version.dependencies.includes(key.urn));
            }
        });

        it("stores each key as JSON with the access key id and the secret access key", async () => {
            const { run } = await renewerOn("2026-03-31");
            for (const slot of ["a", "b"]) {
                const key = one(run, ACCESS_KEY, `renewer-${slot}`);
                const version = one(run, SECRET_VERSION, `renewer-${slot}`);
                const stored = version.analyzerInputs.secretString as { value: string };
                const secret = key.analyzerOutputs.secret as { value: string };
                assert.deepEqual(JSON.parse(stored.value), { accessKeyId: key.id, secretAccessKey: secret.value });
            }
        });

        it("uses a given KMS key instead of creating one", async () => {
            const kmsKeyId = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
            const run = await runUnderMocks(() => new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["office-only"], accessKeys: { enabled: true, kmsKeyId } }));
            assert.equal(all(run, KMS_KEY).length, 0);
            assert.deepEqual(all(run, SECRET).map((s) => s.inputs.kmsKeyId), [kmsKeyId, kmsKeyId]);
        });

        it("never lets the secret access key out as a plain value", async () => {
            const run = await runUnderMocks(() => {
                const user = new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["office-only"], accessKeys: { enabled: true, now: "2026-03-31" } });
                return {
                    userName: user.userName, userArn: user.userArn, groupName: user.groupName,
                    activeAccessKeyId: user.activeAccessKeyId, secretArn: user.secretArn,
                };
            });
            assert.equal(run.outputs.activeAccessKeyId, one(run, ACCESS_KEY, "renewer-a").id, "the key id is an output; it grants nothing alone");
            const report = JSON.stringify({ inputs: run.resources.map((r) => r.inputs), outputs: run.outputs });
            for (const key of all(run, ACCESS_KEY)) {
                const secret = key.analyzerOutputs.secret as { value: string };
                assert.match(secret.value, /^mock-secret-/);
                assert.ok(!report.includes(secret.value), `the secret access key of ${key.name} appears in plain text`);
                assert.ok(key.options.additionalSecretOutputs.includes("secret"), "the engine stores the key's secret as a secret");
                assert.ok(isSecretValue(key.analyzerOutputs.secret), "the key's secret output is marked secret");
            }
            for (const version of all(run, SECRET_VERSION)) {
                assert.equal(version.inputs.secretString, "[secret]");
                assert.ok(version.options.additionalSecretOutputs.includes("secretString"));
            }
        });

        it("passes the policy pack with zero violations, fenced by IP and region groups", async () => {
            await assertPackClean(() => {
                const ip = new IpRestrictionGroup("office", { cidrs: ["203.0.113.0/24"] });
                const region = new RegionRestrictionGroup("eu", { regions: ["eu-west-1"] });
                const user = new ScopedServiceUser("renewer", {
                    ...BASE,
                    restrictionGroups: [ip.groupName, region.groupName],
                    accessKeys: { enabled: true },
                });
                return { activeAccessKeyId: user.activeAccessKeyId, secretArn: user.secretArn };
            });
        });

        it("passes the policy pack with zero violations, fenced by a permissions boundary alone", async () => {
            await assertPackClean(
                () =>
                    new ScopedServiceUser("renewer", {
                        ...BASE,
                        permissionsBoundary: "arn:aws:iam::123456789012:policy/service-boundary",
                        accessKeys: { enabled: true },
                    }),
            );
        });
    });

    describe("two-slot rotation (rotateAfterDays 90: a new window every 45 days, the next starts 2026-03-08)", () => {
        it("replaces only the older slot across the window boundary; the newer key stays and becomes the grace key", async () => {
            const before = await renewerOn("2026-03-07");
            const after = await renewerOn("2026-03-08");
            const keyUrns = (run: MockRun) => all(run, ACCESS_KEY).map((k) => k.urn);
            assert.deepEqual(keyUrns(after.run), keyUrns(before.run), "same logical names: a replacement, never a third key");
            assert.equal(before.triggers.get(`${ACCESS_KEY} renewer-a`), "2025-12-08");
            assert.equal(after.triggers.get(`${ACCESS_KEY} renewer-a`), "2026-03-08", "slot a, 90 days old, is replaced");
            assert.equal(before.triggers.get(`${ACCESS_KEY} renewer-b`), "2026-01-22");
            assert.equal(after.triggers.get(`${ACCESS_KEY} renewer-b`), "2026-01-22", "slot b, 45 days old, stays");
            const windowStart = (run: MockRun, slot: string) => (one(run, SECRET, `renewer-${slot}`).inputs.tags as Record<string, string>).AccessKeyWindowStart;
            assert.equal(windowStart(after.run, "a"), "2026-03-08");
            assert.equal(windowStart(after.run, "b"), windowStart(before.run, "b"));
        });

        it("moves the active key and secret to the new slot", async () => {
            const before = await renewerOn("2026-03-07");
            const after = await renewerOn("2026-03-08");
            assert.equal(before.run.outputs.activeAccessKeyId, one(before.run, ACCESS_KEY, "renewer-b").id);
            assert.equal(before.run.outputs.secretArn, one(before.run, SECRET, "renewer-b").analyzerOutputs.arn);
            assert.equal(after.run.outputs.activeAccessKeyId, one(after.run, ACCESS_KEY, "renewer-a").id);
            assert.equal(after.run.outputs.secretArn, one(after.run, SECRET, "renewer-a").analyzerOutputs.arn);
        });

        it("changes nothing between two runs inside one window", async () => {
            const first = await renewerOn("2026-03-08");
            const last = await renewerOn("2026-04-21");
            assert.deepEqual([...last.triggers], [...first.triggers]);
            assert.deepEqual(last.run.resources.map((r) => r.inputs), first.run.resources.map((r) => r.inputs));
        });

        it("replaces slot b, and only b, when the next window starts 45 days later", async () => {
            const before = await renewerOn("2026-04-21");
            const after = await renewerOn("2026-04-22");
            assert.equal(after.triggers.get(`${ACCESS_KEY} renewer-a`), before.triggers.get(`${ACCESS_KEY} renewer-a`));
            assert.notEqual(after.triggers.get(`${ACCESS_KEY} renewer-b`), before.triggers.get(`${ACCESS_KEY} renewer-b`));
            assert.equal(after.triggers.get(`${ACCESS_KEY} renewer-b`), "2026-04-22");
        });

        it("decides by the UTC day of a date-time with an offset", async () => {
            const lateEvening = await renewerOn("2026-03-07T23:30:00-02:00");
            assert.equal(lateEvening.triggers.get(`${ACCESS_KEY} renewer-a`), "2026-03-08", "23:30 at UTC-2 is already 2026-03-08 in UTC");
        });

        it("triggers nothing but the keys", async () => {
            const { triggers } = await renewerOn("2026-03-31");
            assert.deepEqual([...triggers.keys()].sort(), [`${ACCESS_KEY} renewer-a`, `${ACCESS_KEY} renewer-b`]);
        });
    });

    describe("refuses bad input before creating anything", () => {
        const where = 'ScopedServiceUser "renewer"';

        it("a service name with capitals or spaces", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, service: "Cert Renewer" }),
                `${where}: service "Cert Renewer" is not allowed; expected 1 to 50 lowercase letters, digits and hyphens, starting with a letter or digit, like "cert-renewer" (the principal is named svc-<service>)`,
            );
        });

        it("a service name over 50 characters", async () => {
            const service = "a".repeat(51);
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, service }),
                `${where}: service "${service}" is not allowed; expected 1 to 50 lowercase letters, digits and hyphens, starting with a letter or digit, like "cert-renewer" (the principal is named svc-<service>)`,
            );
        });

        it("an empty owner", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, owner: "" }),
                `${where}: owner "" is not allowed; expected 1 to 256 letters, digits, spaces and _ . : / = + - @`,
            );
        });

        it("a tag that would overwrite Owner", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, tags: { Owner: "someone-else" } }),
                `${where}: tag key "Owner" is set by the component; reserved keys: Service, Owner`,
            );
        });

        it("Action * without the override", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, statements: [{ actions: ["*"], resources: ["*"] }] }),
                `${where}: leastPrivilege: statement 1: Action "*" grants every action of every service; list the actions it needs, or pass allowStarAction: true to allow this deliberately`,
            );
        });

        it("a misspelt action, suggesting the real one", async () => {
            await assertRefused(
                () =>
                    new ScopedServiceUser("renewer", {
                        ...BASE,
                        statements: [{ actions: ["route53:ChangeResourceRecordSet"], resources: ["arn:aws:route53:::hostedzone/Z1"] }],
                    }),
                `${where}: leastPrivilege: statement 1: "route53:ChangeResourceRecordSet" is not a known IAM action. Did you mean "route53:ChangeResourceRecordSets"?`,
            );
        });

        it("access keys without a fence", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, accessKeys: { enabled: true } }),
                `${where}: accessKeys.enabled needs a fence so that a leaked key is useless elsewhere (restrictionGroups and permissionsBoundary are both empty); give restrictionGroups with an IpRestrictionGroup or RegionRestrictionGroup groupName, or a permissionsBoundary that bounds the user`,
            );
        });

        it("a rotation period of 1 day", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["office-only"], accessKeys: { enabled: true, rotateAfterDays: 1 } }),
                `${where}: accessKeys.rotateAfterDays 1 is not allowed; expected a whole number from 2 to 365 (two keys alternate, each active for half of it)`,
            );
        });

        it("a date that does not exist", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["office-only"], accessKeys: { enabled: true, now: "2026-02-30" } }),
                `${where}: accessKeys.now "2026-02-30" is not an ISO 8601 date; expected like "2026-03-31" or "2026-03-31T09:30:00Z"`,
            );
        });

        it("a date-time without a time zone", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["office-only"], accessKeys: { enabled: true, now: "2026-03-31T09:30:00" } }),
                `${where}: accessKeys.now "2026-03-31T09:30:00" is not an ISO 8601 date; expected like "2026-03-31" or "2026-03-31T09:30:00Z"`,
            );
        });

        it("a permissions boundary that is not a policy ARN", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, permissionsBoundary: "service-boundary" }),
                `${where}: permissionsBoundary "service-boundary" is not a managed policy ARN; expected like arn:aws:iam::111122223333:policy/service-boundary`,
            );
        });

        it("more restriction groups than a user can join", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: Array.from({ length: 10 }, (_, index) => `fence-${index}`) }),
                `${where}: restrictionGroups has 10 groups, but AWS puts a user in at most 10 groups and the per-service group is one of them; give at most 9`,
            );
        });

        it("a restriction group name IAM would reject", async () => {
            await assertRefused(
                () => new ScopedServiceUser("renewer", { ...BASE, restrictionGroups: ["office only"] }),
                `${where}: restrictionGroups entry "office only" is not a valid IAM name; expected 1 to 128 letters, digits and _+=,.@-`,
            );
        });
    });
});

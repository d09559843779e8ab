import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { denyOutsideCidrs, denyOutsideRegions, requireMfa } from "../../../components/documents";
import { checkUnderMocks } from "../../support/mockedCheck";
import { analyzeStackOf, findingsOf, messagesOf, policyJson } from "../support/policyTestKit";

const POLICY = "iam-key-users-fenced";

describe(`${POLICY} (through the policy protocol)`, () => {
    it("blocks a user with an access key and no fence, reporting it on the user", async () => {
        const { violations } = await checkUnderMocks(() => {
            const user = new aws.iam.User("loose", { name: "svc-loose" });
            const mfaOnly = new aws.iam.Group("mfa", { name: "mfa-required" });
            new aws.iam.GroupPolicy("mfa-policy", { group: mfaOnly.name, policy: JSON.stringify(requireMfa()) });
            new aws.iam.UserGroupMembership("loose-mfa", { user: user.name, groups: [mfaOnly.name] });
            new aws.iam.AccessKey("loose-key", { user: user.name });
        });
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1, JSON.stringify(violations, null, 2));
        assert.equal(found[0].enforcementLevel, "mandatory");
        assert.match(found[0].urn, /aws:iam\/user:User::loose$/);
        assert.match(found[0].message, /IAM user "svc-loose" has an access key \(loose-key\) but is in no IP- or region-restriction group and has no permissions boundary/);
        assert.match(found[0].message, /an MFA group does not fence a key: a leaked key alone can enrol its own virtual MFA device/);
    });

    it("does not count fences that fence nothing: ranges covering every address, every region, a boundary allowing * on *", async () => {
        const open = (name: string, statement: Record<string, unknown>) => [
            { type: "aws:iam/user:User", name, outputs: { name: `svc-${name}` } },
            { type: "aws:iam/accessKey:AccessKey", name: `${name}-key`, outputs: { user: `svc-${name}`, status: "Active" } },
            { type: "aws:iam/userPolicy:UserPolicy", name: `${name}-fence`, outputs: { user: `svc-${name}`, policy: policyJson(statement) } },
        ];
        const violations = await analyzeStackOf([
            ...open("split", { Effect: "Deny", Action: "*", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/1"] } } }),
            ...open("anywhere", { Effect: "Deny", NotAction: "iam:*", Resource: "*", Condition: { StringNotLike: { "aws:RequestedRegion": "*" } } }),
            { type: "aws:iam/user:User", name: "admin-bounded", outputs: { name: "svc-admin-bounded", permissionsBoundary: "arn:aws:iam::aws:policy/AdministratorAccess" } },
            { type: "aws:iam/accessKey:AccessKey", name: "admin-bounded-key", outputs: { user: "svc-admin-bounded" } },
            { type: "aws:iam/policy:Policy", name: "wide", outputs: { name: "wide", arn: "arn:aws:iam::123456789012:policy/wide", policy: policyJson({ Effect: "Allow", Action: "*", Resource: "*" }) } },
            { type: "aws:iam/user:User", name: "wide-bounded", outputs: { name: "svc-wide-bounded", permissionsBoundary: "arn:aws:iam::123456789012:policy/wide" } },
            { type: "aws:iam/accessKey:AccessKey", name: "wide-bounded-key", outputs: { user: "svc-wide-bounded" } },
            { type: "aws:iam/policy:Policy", name: "tight", outputs: { name: "tight", arn: "arn:aws:iam::123456789012:policy/tight", policy: policyJson({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }) } },
            { type: "aws:iam/user:User", name: "tight-bounded", outputs: { name: "svc-tight-bounded", permissionsBoundary: "arn:aws:iam::123456789012:policy/tight" } },
            { type: "aws:iam/accessKey:AccessKey", name: "tight-bounded-key", outputs: { user: "svc-tight-bounded" } },
        ]);
        const messages = messagesOf(violations, POLICY);
        assert.equal(messages.length, 4, messages.join("\n"));
        assert.ok(messages.some((m) => m.startsWith('IAM user "svc-split"')));
        assert.ok(messages.some((m) => m.startsWith('IAM user "svc-anywhere"')));
        assert.ok(messages.some((m) => m.includes("its permissions boundary arn:aws:iam::aws:policy/AdministratorAccess allows every action on every resource, so it bounds nothing")));
        assert.ok(messages.some((m) => m.includes("its permissions boundary arn:aws:iam::123456789012:policy/wide allows every action")));
        assert.ok(!messages.some((m) => m.includes("svc-tight-bounded")), "a boundary that bounds something still fences");
    });

    it("accepts users in an IP fence group, a region fence group (managed policy), or with a permissions boundary", async () => {
        const { violations } = await checkUnderMocks(() => {
            const ipGroup = new aws.iam.Group("ip", { name: "ip-fence" });
            new aws.iam.GroupPolicy("ip-policy", { group: ipGroup.name, policy: JSON.stringify(denyOutsideCidrs({ cidrs: ["203.0.113.0/24"] })) });
            const regionGroup = new aws.iam.Group("region", {});
            const regionPolicy = new aws.iam.Policy("region-policy", { policy: JSON.stringify(denyOutsideRegions({ regions: ["eu-west-1"] })) });
            new aws.iam.GroupPolicyAttachment("region-attach", { group: regionGroup.name, policyArn: regionPolicy.arn });

            const a = new aws.iam.User("a", { name: "svc-a" });
            new aws.iam.UserGroupMembership("a-ip", { user: a.name, groups: [ipGroup.name] });
            new aws.iam.AccessKey("a-key", { user: a.name });

            const b = new aws.iam.User("b", {});
            new aws.iam.GroupMembership("region-members", { group: regionGroup.name, users: [b.name] });
            new aws.iam.AccessKey("b-key", { user: b.name });

            const c = new aws.iam.User("c", { name: "svc-c", permissionsBoundary: "arn:aws:iam::123456789012:policy/boundary" });
            new aws.iam.AccessKey("c-key", { user: c.name });
        });
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("recognizes fences by content, not by name: a group called ip-fence with a harmless policy does not fence", async () => {
        const violations = await analyzeStackOf([
            { type: "aws:iam/group:Group", name: "g", outputs: { name: "ip-fence", arn: "arn:aws:iam::123456789012:group/ip-fence" } },
            { type: "aws:iam/groupPolicy:GroupPolicy", name: "gp", outputs: { group: "ip-fence", policy: policyJson({ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }) } },
            // A fence narrowed to one action fences only that action.
            { type: "aws:iam/groupPolicy:GroupPolicy", name: "narrow", outputs: { group: "ip-fence", policy: policyJson({ Effect: "Deny", Action: "ec2:RunInstances", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }) } },
            { type: "aws:iam/userGroupMembership:UserGroupMembership", name: "m", outputs: { user: "external-user", groups: ["IP-FENCE"] } },
            { type: "aws:iam/accessKey:AccessKey", name: "k", outputs: { user: "external-user", status: "Active" } },
        ]);
        const found = findingsOf(violations, POLICY);
        assert.equal(found.length, 1);
        assert.match(found[0].urn, /accessKey:AccessKey::k$/, "a user not in the stack is reported on its key");
        assert.match(found[0].message, /the user is not created in this stack/);
    });

    it("ignores inactive keys, which sign nothing", async () => {
        const violations = await analyzeStackOf([
            { type: "aws:iam/user:User", name: "d", outputs: { name: "svc-d" } },
            { type: "aws:iam/accessKey:AccessKey", name: "d-key", outputs: { user: "svc-d", status: "Inactive" } },
        ]);
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("accepts every key when config says an organization SCP fences the account", async () => {
        const violations = await analyzeStackOf(
            [{ type: "aws:iam/accessKey:AccessKey", name: "k", outputs: { user: "someone" } }],
            { [POLICY]: { organizationFence: true } },
        );
        assert.deepEqual(messagesOf(violations, POLICY), []);
    });

    it("accepts membership in a fence group that another stack manages, when config names it", async () => {
        const resources = [
            { type: "aws:iam/user:User", name: "e", outputs: { name: "svc-e" } },
            { type: "aws:iam/accessKey:AccessKey", name: "e-key", outputs: { user: "svc-e" } },
            { type: "aws:iam/userGroupMembership:UserGroupMembership", name: "e-groups", outputs: { user: "svc-e", groups: ["svc-e", "Deny-Outside-Office"] } },
        ];
        assert.equal(messagesOf(await analyzeStackOf(resources), POLICY).length, 1, "without config the external group is unknown");
        assert.deepEqual(messagesOf(await analyzeStackOf(resources, { [POLICY]: { fenceGroups: ["deny-outside-office"] } }), POLICY), []);
        assert.equal(messagesOf(await analyzeStackOf(resources, { [POLICY]: { fenceGroups: ["some-other-group"] } }), POLICY).length, 1);
    });
});

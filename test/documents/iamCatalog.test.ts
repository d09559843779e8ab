import assert from "node:assert/strict";
import {
    actionExists,
    actionResourceTypes,
    lookupAction,
    nearestAction,
    resolveActionPattern,
    serviceActionNames,
    serviceExists,
    serviceNames,
} from "../../components/documents";

describe("IAM action catalog", () => {
    it("knows real actions, ignoring case as IAM does", () => {
        assert.equal(actionExists("s3:GetObject"), true);
        assert.equal(actionExists("S3:getobject"), true);
        assert.equal(actionExists("route53:ChangeResourceRecordSets"), true);
        assert.equal(lookupAction("EC2:runinstances")?.fullName, "ec2:RunInstances");
    });

    it("rejects made-up actions, malformed names and wildcards as exact actions", () => {
        for (const value of ["s3:GetObjects", "s3:", ":GetObject", "s3", "s3:Get*", "nope:Nothing", "s3:Get:Object", "../s3:GetObject"]) {
            assert.equal(actionExists(value), false, value);
        }
    });

    it("loads services synchronously and lists them", () => {
        assert.ok(serviceNames().length > 300);
        assert.equal(serviceExists("S3"), true);
        assert.equal(serviceExists("../actions/s3"), false);
        assert.ok(serviceActionNames("sts").includes("sts:GetCallerIdentity"));
        assert.deepEqual(serviceActionNames("not-a-service"), []);
    });

    it("resolves a wildcard pattern to the matching actions", () => {
        const actions = resolveActionPattern("sts:Get*");
        assert.ok(actions.includes("sts:GetCallerIdentity") && actions.includes("sts:GetSessionToken"));
        assert.ok(actions.every((action) => action.startsWith("sts:Get")));
        assert.deepEqual(resolveActionPattern("iam:CreateAccessKe?"), ["iam:CreateAccessKey"]);
        assert.deepEqual(resolveActionPattern("S3:GETOBJECT"), ["s3:GetObject"]);
        assert.ok(resolveActionPattern("s3:*").length > 100);
    });

    it("refuses a pattern that matches nothing, with the exact message", () => {
        assert.throws(() => resolveActionPattern("s3:Gte*"), {
            name: "GuardrailInputError",
            message: `resolveActionPattern: "s3:Gte*" matches no action of service "s3"`,
        });
        assert.throws(() => resolveActionPattern("route53:ChangeResourceRecordSet"), {
            message: `resolveActionPattern: "route53:ChangeResourceRecordSet" is not a known IAM action. Did you mean "route53:ChangeResourceRecordSets"?`,
        });
        assert.throws(() => resolveActionPattern("rout53:ListHostedZones"), {
            message: `resolveActionPattern: "rout53:ListHostedZones" names an unknown service "rout53". Did you mean "route53:ListHostedZones"?`,
        });
        assert.throws(() => resolveActionPattern("rout53:List*"), {
            message: `resolveActionPattern: "rout53:List*" names an unknown service "rout53". Did you mean "route53:List*"?`,
        });
        assert.throws(() => resolveActionPattern("qqqqqqqq:Zzzz"), {
            message: `resolveActionPattern: "qqqqqqqq:Zzzz" names an unknown service "qqqqqqqq".`,
        });
        assert.throws(() => resolveActionPattern("GetObject"), {
            message: `resolveActionPattern: "GetObject" is not an IAM action; expected "service:Action", like "s3:GetObject"`,
        });
        assert.throws(() => resolveActionPattern("s3*:GetObject"), {
            message: `resolveActionPattern: "s3*:GetObject" has a wildcard in the service prefix; IAM allows wildcards only after the colon, like "s3:Get*"`,
        });
        assert.throws(() => resolveActionPattern("*"), {
            message: `resolveActionPattern: "*" is every action of every service, not an action of one service`,
        });
    });

    it("suggests the nearest action within the service, or in the nearest service", () => {
        assert.equal(nearestAction("route53:ChangeResourceRecordSet"), "route53:ChangeResourceRecordSets");
        assert.equal(nearestAction("rout53:ListHostedZones"), "route53:ListHostedZones");
        assert.equal(nearestAction("ec2:RunInstance"), "ec2:RunInstances");
        assert.equal(nearestAction("iam:createaccesskey"), "iam:CreateAccessKey");
        assert.equal(nearestAction("s3:CompletelyUnrelatedThing"), undefined);
        assert.equal(nearestAction("not an action"), undefined);
    });

    it("reports the resource types an action supports", () => {
        assert.deepEqual(actionResourceTypes("iam:CreateAccessKey"), [{ name: "user", required: true }]);
        assert.deepEqual(actionResourceTypes("sts:GetCallerIdentity"), []);
        assert.deepEqual(actionResourceTypes("s3:ListAllMyBuckets"), []);
        assert.ok(actionResourceTypes("ec2:RunInstances").some((type) => type.name === "instance" && type.required));
        assert.throws(() => actionResourceTypes("s3:Get*"), {
            message: `actionResourceTypes: "s3:Get*" is a pattern; give one exact action, like "s3:GetObject"`,
        });
        assert.throws(() => actionResourceTypes("s3:Nope"), { message: /^actionResourceTypes: "s3:Nope" is not a known IAM action/ });
    });
});

import assert from "node:assert/strict";
import {
    actionExists,
    asScp,
    asStringList,
    checkActionPattern,
    CLOUDTRAIL_TAMPERING_ACTIONS,
    denyOutsideCidrs,
    denyOutsideRegions,
    scpDenyCloudTrailTampering,
    IN_VPC_DATA_PLANE_ACTIONS,
    scpDenyLeavingOrganization,
    scpDenyOutsideCidrs,
    scpDenyRootUser,
    type PolicyDocument,
} from "../../components/documents";

describe("service control policies", () => {
    it("denies leaving the organization", () => {
        assert.deepEqual(scpDenyLeavingOrganization().Statement, [
            { Sid: "DenyLeavingOrganization", Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" },
        ]);
    });

    it("denies the root user everything by principal ARN", () => {
        assert.deepEqual(scpDenyRootUser().Statement, [
            {
                Sid: "DenyRootUser",
                Effect: "Deny",
                Action: "*",
                Resource: "*",
                Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:root" } },
            },
        ]);
    });

    it("denies stopping, deleting and weakening trails, with real actions only", () => {
        const statement = scpDenyCloudTrailTampering().Statement[0];
        assert.deepEqual(asStringList(statement.Action), [...CLOUDTRAIL_TAMPERING_ACTIONS]);
        assert.equal(statement.Condition, undefined);
        for (const action of CLOUDTRAIL_TAMPERING_ACTIONS) assert.ok(actionExists(action), action);
        assert.ok(!CLOUDTRAIL_TAMPERING_ACTIONS.includes("cloudtrail:StartLogging"));
    });

    it("exempts the deploying principal from the CloudTrail SCP when asked", () => {
        const statement = scpDenyCloudTrailTampering({ exemptPrincipalArns: ["arn:aws:iam::*:role/PulumiDeployer"] }).Statement[0];
        assert.deepEqual(statement.Condition, { ArnNotLike: { "aws:PrincipalArn": ["arn:aws:iam::*:role/PulumiDeployer"] } });
        assert.throws(() => scpDenyCloudTrailTampering({ exemptPrincipalArns: ["PulumiDeployer"] }), {
            name: "GuardrailInputError",
            message: `scpDenyCloudTrailTampering: "PulumiDeployer" is not an IAM role or user ARN pattern; expected like arn:aws:iam::*:role/PulumiDeployer or arn:aws:iam::111122223333:user/breakglass`,
        });
    });

    it("accepts every guardrail document as an SCP, unchanged", () => {
        const docs: PolicyDocument[] = [
            denyOutsideCidrs({ cidrs: ["203.0.113.0/24"], allowedVpcEndpoints: ["vpce-1a2b3c4d"] }),
            denyOutsideRegions({ regions: ["eu-west-1"] }),
            scpDenyLeavingOrganization(),
            scpDenyCloudTrailTampering(),
            scpDenyRootUser(),
        ];
        for (const doc of docs) {
            const scp = asScp(doc, "guardrail");
            assert.deepEqual(scp, doc);
            assert.notEqual(scp, doc);
        }
    });

    it("refuses a document with a Principal, a bad Sid, no statements or too many characters", () => {
        const trust: PolicyDocument = {
            Version: "2012-10-17",
            Statement: [{ Sid: "Trust", Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
        };
        assert.throws(() => asScp(trust, "trust"), {
            message: `asScp: statement "Trust" of "trust" has a Principal; SCPs apply to every principal in the account and do not accept Principal or NotPrincipal`,
        });
        assert.throws(() => asScp({ Version: "2012-10-17", Statement: [{ Sid: "a-b", Effect: "Deny", Action: "*", Resource: "*" }] }, "x"), {
            message: `asScp: statement "a-b" of "x" has an invalid Sid; use ASCII letters and digits only`,
        });
        assert.throws(() => asScp({ Version: "2012-10-17", Statement: [] }, "empty"), {
            message: `asScp: "empty" has no statements; AWS refuses an empty policy`,
        });
        const big = denyOutsideRegions({ regions: ["eu-west-1"], extraExemptActions: Array.from({ length: 400 }, () => "ec2:DescribeInstances") });
        big.Statement[0].Resource = Array.from({ length: 200 }, (_, index) => `arn:aws:s3:::bucket-number-${index}`);
        assert.throws(() => asScp(big, "big"), { message: /^service control policy "big" is [\d,]+ characters \(white space included, as Organizations counts it\)/ });
    });
});

describe("scpDenyOutsideCidrs", () => {
    it("binds IAM users only and leaves AWS's in-VPC data-plane actions out, by default", () => {
        const [statement] = scpDenyOutsideCidrs({ cidrs: ["203.0.113.0/24"] }).Statement;
        assert.equal(statement.Sid, "DenyIamUsersOutsideAllowedNetworks");
        assert.deepEqual(statement.NotAction, [...IN_VPC_DATA_PLANE_ACTIONS]);
        assert.equal(statement.Action, undefined);
        assert.deepEqual(statement.Condition, {
            NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24"] },
            Bool: { "aws:ViaAWSService": "false" },
            ArnLike: { "aws:PrincipalArn": ["arn:aws:iam::*:user/*"] },
        });
        for (const action of IN_VPC_DATA_PLANE_ACTIONS) assert.ok(checkActionPattern(action).ok, action);
        assert.deepEqual(asScp(scpDenyOutsideCidrs({ cidrs: ["203.0.113.0/24"] })).Statement, [statement]);
    });

    it("binds every principal when asked, and keeps an explicit action list", () => {
        const [all] = scpDenyOutsideCidrs({ cidrs: ["203.0.113.0/24"], allPrincipals: true }).Statement;
        assert.equal(all.Sid, "DenyOutsideAllowedNetworks");
        assert.equal((all.Condition ?? {}).ArnLike, undefined);
        const [narrow] = scpDenyOutsideCidrs({ cidrs: ["203.0.113.0/24"], actions: ["ec2:RunInstances"] }).Statement;
        assert.deepEqual(narrow.Action, ["ec2:RunInstances"]);
        assert.equal(narrow.NotAction, undefined);
    });

    it("refuses what denyOutsideCidrs refuses, and a non-boolean allPrincipals", () => {
        assert.throws(() => scpDenyOutsideCidrs({ cidrs: ["0.0.0.0/0"] }), /switches the fence off/);
        const loose = scpDenyOutsideCidrs as (args: unknown) => unknown;
        assert.throws(() => loose({ cidrs: ["203.0.113.0/24"], allPrincipals: "yes" }), { message: 'scpDenyOutsideCidrs: allPrincipals must be true or false; got "yes"' });
    });
});

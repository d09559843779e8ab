import * as pulumi from "@pulumi/pulumi";
import assert from "node:assert/strict";
import { runUnderMocks } from "../../../cli/harness";
import { leastPrivilege } from "../../../components/documents";
import { fromPolicyStatements, toPolicyStatements } from "../../../components/iam";
import { leastPrivilegeDocument } from "../../../components/iam/iamStatements";
import { ROUTE53_IAM_JSON, ROUTE53_STATEMENTS } from "./helpers";

describe("IamStatement lists", () => {
    it("become IAM JSON: lists of one as strings, conditions grouped by operator, Allow by default", () => {
        assert.deepEqual(toPolicyStatements([{
            sid: "ReadReports",
            actions: ["s3:GetObject"],
            resources: ["arn:aws:s3:::reports/*", "arn:aws:s3:::archive/*"],
            conditions: [
                { test: "StringEquals", variable: "aws:SourceVpce", values: ["vpce-1a2b3c4d"] },
                { test: "StringEquals", variable: "s3:ExistingObjectTag/team", values: ["data", "bi"] },
                { test: "Bool", variable: "aws:SecureTransport", values: ["true"] },
            ],
        }, { effect: "Deny", notActions: ["s3:GetObject"], notResources: ["arn:aws:s3:::reports/*"] }]), [{
            Sid: "ReadReports",
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: ["arn:aws:s3:::reports/*", "arn:aws:s3:::archive/*"],
            Condition: {
                StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d", "s3:ExistingObjectTag/team": ["data", "bi"] },
                Bool: { "aws:SecureTransport": "true" },
            },
        }, { Effect: "Deny", NotAction: "s3:GetObject", NotResource: "arn:aws:s3:::reports/*" }]);
    });

    it("convert from IAM JSON and back to the same document", () => {
        assert.deepEqual(leastPrivilege(toPolicyStatements(ROUTE53_STATEMENTS)), leastPrivilege(ROUTE53_IAM_JSON));
        assert.deepEqual(fromPolicyStatements([{ Effect: "Allow", Action: "sts:GetCallerIdentity", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": true } } }]), [
            { effect: "Allow", actions: ["sts:GetCallerIdentity"], resources: ["*"], conditions: [{ test: "Bool", variable: "aws:MultiFactorAuthPresent", values: ["true"] }] },
        ]);
    });

    it("refuse a Principal, which a principal's own policy cannot have", () => {
        assert.throws(() => fromPolicyStatements([{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }]), /statement 1 has a Principal/);
    });

    it("refuse IAM JSON field names with the camelCase name to use", () => {
        assert.throws(() => toPolicyStatements([{ Action: "s3:GetObject" }]), {
            message: 'statement 1 has an unknown field "Action"; did you mean actions? (fromPolicyStatements converts IAM JSON statements); allowed: sid, effect, actions, notActions, resources, notResources, conditions',
        });
    });

    it("refuse a bad effect, a string where a list belongs, and a condition given twice", () => {
        assert.throws(() => toPolicyStatements([{ effect: "allow", actions: ["s3:GetObject"] }]), { message: 'statement 1: effect must be "Allow" or "Deny"; got "allow"' });
        assert.throws(() => toPolicyStatements([{ sid: "One", actions: "s3:GetObject" }]), { message: 'statement "One": actions must be a list of strings, like ["s3:GetObject"]; got "s3:GetObject"' });
        assert.throws(() => toPolicyStatements([{ actions: ["s3:GetObject"], conditions: [
            { test: "StringEquals", variable: "aws:SourceVpce", values: ["vpce-1a2b3c4d"] },
            { test: "StringEquals", variable: "aws:SourceVpce", values: ["vpce-5e6f7a8b"] },
        ] }]), { message: "statement 1: conditions[1]: StringEquals aws:SourceVpce is given twice; put all its values in one condition" });
        assert.throws(() => toPolicyStatements([]), /statements must be a non-empty list/);
    });

    describe("with outputs of other resources", () => {
        it("checks the known parts at once: a misspelt action fails before anything is registered", () => {
            assert.throws(
                () => leastPrivilegeDocument('ScopedServiceUser "x"', [{ actions: ["s3:GetObjekt"], resources: [pulumi.output("arn:aws:s3:::b/*")] }], false, "groupInline", "svc-x"),
                /^GuardrailInputError: ScopedServiceUser "x": leastPrivilege: statement 1: .*s3:GetObject/,
            );
        });

        it("refuses an output where an action belongs, naming the field", () => {
            assert.throws(
                () => leastPrivilegeDocument('ScopedServiceUser "x"', [{ actions: [pulumi.output("s3:GetObject")], resources: ["*"] }], false, "groupInline", "svc-x"),
                { message: 'ScopedServiceUser "x": statements.actions must be a plain value known before deployment (it decides which resources are created, or names them); got an output of another resource or a secret' },
            );
        });

        it("puts the resolved ARN in the document, and checks it again once known", async () => {
            const run = await runUnderMocks(() => ({
                json: leastPrivilegeDocument("here", [{ actions: ["s3:GetObject"], resources: [pulumi.output("arn:aws:s3:::reports/*")] }], false, "groupInline", "svc-x")
                    .apply((document) => JSON.stringify(document)),
            }));
            assert.deepEqual(JSON.parse(String(run.outputs.json)).Statement, [{ Sid: "Statement1", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" }]);
            await assert.rejects(runUnderMocks(() => ({
                json: leastPrivilegeDocument("here", [{ actions: ["s3:GetObject"], resources: [pulumi.output("*")] }], false, "groupInline", "svc-x"),
            })), /here: leastPrivilege: statement 1: Resource "\*" is allowed only for actions that support no resource types/);
        });
    });
});

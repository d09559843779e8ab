import assert from "node:assert/strict";
import { leastPrivilege, type PolicyStatement } from "../../components/documents";

const READ_REPORTS: PolicyStatement = {
    Sid: "ReadReports",
    Effect: "Allow",
    Action: ["s3:GetObject"],
    Resource: "arn:aws:s3:::reports/*",
};

describe("leastPrivilege", () => {
    it("returns the statements as a document, keeping Sids and generating missing ones", () => {
        const doc = leastPrivilege([
            READ_REPORTS,
            { Effect: "Allow", Action: "sts:GetCallerIdentity", Resource: "*" },
            { Effect: "Deny", Action: "*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
        ]);
        assert.equal(doc.Version, "2012-10-17");
        assert.deepEqual(doc.Statement.map((statement) => statement.Sid), ["ReadReports", "Statement2", "Statement3"]);
        assert.deepEqual(doc.Statement[0], READ_REPORTS);
    });

    it("accepts wildcard patterns that match real actions", () => {
        assert.doesNotThrow(() => leastPrivilege([{ Effect: "Allow", Action: "s3:Get*", Resource: "arn:aws:s3:::reports/*" }]));
    });

    it("refuses an unknown action and names the nearest real one", () => {
        assert.throws(
            () => leastPrivilege([{ Sid: "Dns", Effect: "Allow", Action: "route53:ChangeResourceRecordSet", Resource: "arn:aws:route53:::hostedzone/Z1" }]),
            {
                name: "GuardrailInputError",
                message: `leastPrivilege: statement "Dns": "route53:ChangeResourceRecordSet" is not a known IAM action. Did you mean "route53:ChangeResourceRecordSets"?`,
            },
        );
        assert.throws(() => leastPrivilege([{ Effect: "Allow", Action: "rout53:ListHostedZones", Resource: "*" }]), {
            message: `leastPrivilege: statement 1: "rout53:ListHostedZones" names an unknown service "rout53". Did you mean "route53:ListHostedZones"?`,
        });
    });

    it("checks NotAction entries against the catalog too", () => {
        assert.throws(() => leastPrivilege([{ Effect: "Deny", NotAction: ["iam:GetUsr"], Resource: "*" }]), {
            message: `leastPrivilege: statement 1: "iam:GetUsr" is not a known IAM action. Did you mean "iam:GetUser"?`,
        });
    });

    it("refuses Action \"*\" in an Allow unless allowStarAction is true", () => {
        const admin: PolicyStatement = { Sid: "Admin", Effect: "Allow", Action: "*", Resource: "*" };
        assert.throws(() => leastPrivilege([admin]), {
            message: `leastPrivilege: statement "Admin": Action "*" grants every action of every service; list the actions it needs, or pass allowStarAction: true to allow this deliberately`,
        });
        assert.equal(leastPrivilege([admin], { allowStarAction: true }).Statement.length, 1);
    });

    it("refuses Allow with NotAction unless allowStarAction is true", () => {
        const broad: PolicyStatement = { Effect: "Allow", NotAction: "iam:*", Resource: "*" };
        assert.throws(() => leastPrivilege([broad]), {
            message: `leastPrivilege: statement 1: Allow with NotAction grants every action not listed; list the actions it needs in Action, or pass allowStarAction: true to allow this deliberately`,
        });
        assert.doesNotThrow(() => leastPrivilege([broad], { allowStarAction: true }));
    });

    it("refuses Resource \"*\" for actions that support resource-level permissions, naming them", () => {
        assert.throws(
            () => leastPrivilege([{ Sid: "Reports", Effect: "Allow", Action: ["s3:GetObject", "s3:ListAllMyBuckets", "s3:PutObject"], Resource: "*" }]),
            {
                message: `leastPrivilege: statement "Reports": Resource "*" is allowed only for actions that support no resource types, but s3:GetObject, s3:PutObject support resource-level permissions; scope them to resource ARNs in their own statement`,
            },
        );
    });

    it("accepts Resource \"*\" for actions with no resource types", () => {
        assert.doesNotThrow(() =>
            leastPrivilege([{ Effect: "Allow", Action: ["sts:GetCallerIdentity", "s3:ListAllMyBuckets", "ec2:DescribeInstances"], Resource: "*" }]),
        );
    });

    it("shortens the list of scoped actions a wildcard pattern brings in", () => {
        assert.throws(() => leastPrivilege([{ Effect: "Allow", Action: "s3:Put*", Resource: "*" }]), {
            message: /support no resource types, but (s3:\w+, ){9}s3:\w+ and \d+ more support resource-level permissions/,
        });
    });

    it("refuses malformed statements and Sids", () => {
        assert.throws(() => leastPrivilege([]), { message: `leastPrivilege: statements must be a non-empty array; got an array of 0` });
        assert.throws(() => leastPrivilege([{ Effect: "Allow", Resource: "*" }]), {
            message: `leastPrivilege: statement 1: give exactly one of Action and NotAction`,
        });
        assert.throws(() => leastPrivilege([{ Effect: "Allow", Action: "s3:GetObject" }]), {
            message: `leastPrivilege: statement 1: has no Resource; name the ARNs it applies to`,
        });
        assert.throws(() => leastPrivilege([{ ...READ_REPORTS, Sid: "read reports" }]), {
            message: `leastPrivilege: statement 1: Sid "read reports" is not valid; use ASCII letters and digits only, like "AllowReadReports"`,
        });
        assert.throws(() => leastPrivilege([READ_REPORTS, READ_REPORTS]), {
            message: `leastPrivilege: Sid "ReadReports" is used twice; Sids must be unique`,
        });
        assert.throws(() => leastPrivilege([{ Effect: "Allow", Action: [], Resource: "*" }]), {
            message: `leastPrivilege: statement 1: Action must be a non-empty string or array of strings; got an array of 0`,
        });
        const loose = leastPrivilege as (statements: unknown) => unknown;
        assert.throws(() => loose([{ Effect: "allow", Action: "s3:GetObject", Resource: "*" }]), {
            message: `leastPrivilege: statement 1: Effect must be "Allow" or "Deny"; got "allow"`,
        });
        assert.throws(() => loose([null]), { message: `leastPrivilege: statement 1 must be an object; got null` });
    });

    it("does not reuse a Sid the caller already chose when generating one", () => {
        const doc = leastPrivilege([
            { Effect: "Allow", Action: "sts:GetCallerIdentity", Resource: "*" },
            { Sid: "Statement1", Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" },
        ]);
        assert.deepEqual(doc.Statement.map((statement) => statement.Sid), ["Statement2", "Statement1"]);
    });
});

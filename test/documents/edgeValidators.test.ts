import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { GuardrailInputError } from "../../components/documents/errors";
import {
    LOG_RETENTION_DAYS, validateFlag, validateLogGroupName, validateLogRetentionDays, validateMetricNamespace, validatePrincipalArnPattern, validateRoleArn,
    validateSnsTopicArn, validateTrailName,
} from "../../components/documents/validate";

const COMPONENTS = path.resolve(__dirname, "..", "..", "components");

function refused(build: () => unknown, message: RegExp): void {
    assert.throws(build, (err: unknown) => err instanceof GuardrailInputError && message.test(err.message));
}

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : [];
    });
}

describe("the edge: one validator per rule, in components/documents/validate", () => {
    it("names a trail as CloudTrail does: 3 to 128 characters, no doubled punctuation, not an IP address", () => {
        assert.equal(validateTrailName("t", "baseline-trail.v2"), "baseline-trail.v2");
        for (const bad of ["ab", "-trail", "trail-", "my--trail", "my._trail", "192.168.5.4", "a".repeat(129), 7]) {
            refused(() => validateTrailName("AllRegionsTrail: trailName", bad), /^AllRegionsTrail: trailName .* is not allowed; expected 3 to 128/);
        }
    });

    it("takes CloudWatch Logs group names, retention periods and metric namespaces as CloudWatch does", () => {
        assert.equal(validateLogGroupName("g", "/aws/cloudtrail/trail#1"), "/aws/cloudtrail/trail#1");
        refused(() => validateLogGroupName("g", "has space"), /^g "has space" is not allowed; expected 1 to 512/);
        refused(() => validateLogGroupName("g", ""), /expected 1 to 512/);
        assert.equal(validateLogRetentionDays("r", undefined, 365), 365);
        assert.equal(validateLogRetentionDays("r", 3653, 365), 3653);
        refused(() => validateLogRetentionDays("r", 100, 365), new RegExp(`^r 100 is not allowed; CloudWatch Logs accepts ${LOG_RETENTION_DAYS.join(", ")}$`));
        refused(() => validateLogRetentionDays("r", "30", 365), /^r "30" is not allowed/);
        assert.equal(validateMetricNamespace("n", "Team/Guard rails:1"), "Team/Guard rails:1");
        for (const bad of ["AWS/Mine", "   ", "", "a".repeat(256), "tab\there"]) {
            refused(() => validateMetricNamespace("n", bad), /^n .* is not allowed; expected 1 to 255 .* not starting with "AWS\/"$/);
        }
    });

    it("checks ARNs in one place: SNS topics in a region, role and user patterns, exact role ARNs", () => {
        assert.equal(validateSnsTopicArn("t", "arn:aws:sns:us-east-1:123456789012:alerts", "us-east-1"), "arn:aws:sns:us-east-1:123456789012:alerts");
        refused(() => validateSnsTopicArn("t", "arn:aws:sns:eu-west-1:123456789012:alerts", "us-east-1"), /is not an SNS topic ARN in us-east-1/);
        refused(() => validateSnsTopicArn("t", "arn:aws:sqs:us-east-1:123456789012:alerts", "us-east-1"), /is not an SNS topic ARN/);
        const output = { apply: () => undefined };
        assert.equal(validateSnsTopicArn("t", output, "us-east-1"), output, "an output is known only at deployment");
        assert.equal(validatePrincipalArnPattern("x", "arn:aws:iam::*:role/ops/*", ["role"]), "arn:aws:iam::*:role/ops/*");
        refused(() => validatePrincipalArnPattern("x:", "arn:aws:iam::*:user/ops", ["role"]), /^x: "arn:aws:iam::\*:user\/ops" is not an IAM role ARN pattern; expected like arn:aws:iam::\*:role\/PulumiDeployer$/);
        assert.equal(validatePrincipalArnPattern("x", "arn:aws:iam::111122223333:user/breakglass", ["role", "user"]), "arn:aws:iam::111122223333:user/breakglass");
        assert.equal(validateRoleArn("r", "arn:aws:iam::111122223333:role/ci/deployer"), "arn:aws:iam::111122223333:role/ci/deployer");
        refused(() => validateRoleArn("r", "arn:aws:iam::*:role/deployer"), /is not an IAM role ARN/);
        refused(() => validateRoleArn("r", `arn:aws:iam::111122223333:role/${"n".repeat(65)}`), /is not an IAM role ARN/);
    });

    it("takes a flag as true or false only, naming what it got", () => {
        assert.equal(validateFlag("f", undefined, true), true);
        refused(() => validateFlag("denyOutsideCidrs: viaAwsServices", "no", true), /^denyOutsideCidrs: viaAwsServices must be true or false; got "no"$/);
    });

    it("leaves no ARN check, tag rule or flag check of its own in any component", () => {
        const edge = path.join(COMPONENTS, "documents", "validate");
        const inspect = path.join(COMPONENTS, "documents", "inspect");
        const adHoc = sources(COMPONENTS)
            .filter((file) => !file.startsWith(edge) && !file.startsWith(inspect))
            .flatMap((file) => fs.readFileSync(file, "utf8").split("\n").map((line, i) => ({ at: `${path.relative(COMPONENTS, file)}:${i + 1}`, line })))
            .filter(({ line }) => /= \/\^arn:|RegExp\(`\^arn:|must be true or false|MAX_TAGS|aws:.*reserved/.test(line))
            .map(({ at }) => at);
        assert.deepEqual(adHoc, []);
    });
});

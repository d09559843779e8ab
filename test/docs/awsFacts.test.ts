import { strict as assert } from "assert";
import * as fs from "fs";
import { ALLOWED_SOURCES, collectAwsFacts, FACTS_FILE, renderAwsFacts } from "../../scripts/awsFacts";

/** The files whose AWS facts must each carry a source: limits, service lists, patterns, principals, event shapes, ARN formats, id formats. */
const FACT_BEARING_FILES = [
    "components/documents/sizeLimits.ts",
    "components/documents/globalServices.ts",
    "components/documents/denyOutsideCidrs.ts",
    "components/documents/denyOutsideRegions.ts",
    "components/documents/requireMfa.ts",
    "components/documents/scp.ts",
    "components/documents/scpNetwork.ts",
    "components/documents/regions.ts",
    "components/documents/detect/trailKeyPolicy.ts",
    "components/documents/detect/trailBucketPolicy.ts",
    "components/documents/detect/cloudTrailLogsRole.ts",
    "components/documents/detect/eventPatterns.ts",
    "components/documents/detect/arns.ts",
    "components/documents/inspect/awsKeyDetector.ts",
    "components/detect/cisFilterPatterns.ts",
    "components/detect/instanceClasses.ts",
    "components/detect/trailSettings.ts",
    "components/detect/billingAlarm.ts",
    "components/documents/detect/configRules.ts",
    "components/documents/detect/findingPatterns.ts",
    "components/documents/detect/alertTopicPolicy.ts",
    "components/documents/detect/alertTopicKeyPolicy.ts",
    "components/documents/detect/accessLogBucketPolicy.ts",
    "components/documents/detect/keyHygieneRoles.ts",
    "components/documents/detect/leakedKeyResponderPolicy.ts",
    "components/documents/inspect/boundaries.ts",
    "components/documents/validate/tags.ts",
    "components/documents/validate/awsIds.ts",
    "components/iam/keyRotation.ts",
    "components/iam/scopedServiceUser.ts",
    "components/iam/organizationGuardrails.ts",
    "policypack/regions/support/globalResources.ts",
    "policypack/logging/support/alarms.ts",
    "policypack/compute/support/instanceTypes.ts",
    "components/documents/validate/cloudWatch.ts",
    "components/documents/validate/names.ts",
    "components/documents/validate/arns.ts",
    "cli/audit/credentialReportColumns.ts",
];

describe("docs/aws-facts.md (every AWS fact with its page)", () => {
    const { facts, problems } = collectAwsFacts();

    it("has no malformed @awsfact tag, and every tag cites an AWS page", () => {
        assert.deepEqual(problems, []);
        for (const fact of facts) {
            assert.ok(ALLOWED_SOURCES.some((source) => source.test(fact.url)), `${fact.file}:${fact.line} cites ${fact.url}`);
            assert.ok(fact.fact.length >= 10, `${fact.file}:${fact.line} states too little: ${fact.fact}`);
        }
    });

    it("equals the file regenerated from the code (run `npm run generate:aws-facts` after changing a fact)", () => {
        assert.equal(renderAwsFacts(facts), fs.readFileSync(FACTS_FILE, "utf8"), "docs/aws-facts.md is stale; run `npm run generate:aws-facts`");
    });

    it("cites a source in every module that states AWS facts", () => {
        const cited = new Set(facts.map((fact) => fact.file));
        for (const file of FACT_BEARING_FILES) {
            assert.ok(cited.has(file), `${file} states AWS facts but cites no @awsfact source`);
        }
    });
});

import assert from "node:assert/strict";
import { AWS_REGION_NAMES, AWS_REGIONS, isKnownRegion, optInRegions, validateRegion } from "../../components/documents";

describe("AWS regions", () => {
    it("lists every commercial region once, including the opt-in ones", () => {
        assert.equal(new Set(AWS_REGION_NAMES).size, AWS_REGION_NAMES.length);
        for (const name of [
            "us-east-1", "eu-west-1", "af-south-1", "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-7", "ca-west-1", "eu-south-1", "eu-south-2", "eu-central-2",
            "il-central-1", "me-south-1", "me-central-1", "mx-central-1",
        ]) {
            assert.ok(isKnownRegion(name), name);
        }
    });

    it("flags the opt-in regions and not the default ones", () => {
        const optIn = optInRegions();
        assert.ok(optIn.includes("af-south-1") && optIn.includes("mx-central-1") && optIn.includes("il-central-1"));
        assert.ok(!optIn.includes("us-east-1") && !optIn.includes("eu-west-1") && !optIn.includes("ap-northeast-3"));
        assert.equal(AWS_REGIONS.find((region) => region.name === "eu-west-1")?.optIn, false);
    });

    it("excludes GovCloud and China, which are other partitions", () => {
        for (const name of ["us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1"]) assert.equal(isKnownRegion(name), false);
        assert.throws(() => validateRegion("denyOutsideRegions", "us-gov-west-1"), {
            message: `denyOutsideRegions: "us-gov-west-1" is in AWS GovCloud (US) (partition aws-us-gov); only commercial-partition (aws) regions are supported, like "us-east-1"`,
        });
    });

    it("refuses an unknown region, naming the nearest known one and listing them all", () => {
        assert.throws(() => validateRegion("denyOutsideRegions", "eu-west-9"), {
            name: "GuardrailInputError",
            message: `denyOutsideRegions: "eu-west-9" is not a known AWS commercial region; did you mean "eu-west-1"? known regions: ${AWS_REGION_NAMES.join(", ")}`,
        });
        assert.throws(() => validateRegion("denyOutsideRegions", "EU-WEST-1"), { message: /did you mean "eu-west-1"\?/ });
        assert.throws(() => validateRegion("denyOutsideRegions", "ap-southest-1"), { message: /did you mean "ap-southeast-1"\?/ });
        assert.throws(() => validateRegion("denyOutsideRegions", 3), {
            message: `denyOutsideRegions: 3 is not a known AWS commercial region; known regions: ${AWS_REGION_NAMES.join(", ")}`,
        });
    });
});

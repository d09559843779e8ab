import assert from "node:assert/strict";
import { isAccountId, validateAccountId, validateVpcEndpointId, validateVpcId } from "../../components/documents";

describe("AWS id validation", () => {
    it("accepts VPC endpoint ids with 8 or 17 hex digits", () => {
        assert.equal(validateVpcEndpointId("t", "vpce-1a2b3c4d"), "vpce-1a2b3c4d");
        assert.equal(validateVpcEndpointId("t", "vpce-1a2b3c4d5e6f78901"), "vpce-1a2b3c4d5e6f78901");
    });

    it("refuses other VPC endpoint ids with the exact message", () => {
        for (const value of ["vpce-1a2b3c4", "vpce-1a2b3c4d5", "vpce-1A2B3C4D", "vpc-1a2b3c4d", "vpce-zzzzzzzz", "vpce-1a2b3c4d5e6f789012"]) {
            assert.throws(() => validateVpcEndpointId("denyOutsideCidrs", value), {
                name: "GuardrailInputError",
                message: `denyOutsideCidrs: "${value}" is not a valid VPC endpoint id; expected "vpce-" followed by 8 or 17 lowercase hex digits, like vpce-1a2b3c4d5e6f78901`,
            });
        }
    });

    it("accepts VPC ids with 8 or 17 hex digits and refuses others", () => {
        assert.equal(validateVpcId("t", "vpc-0a1b2c3d"), "vpc-0a1b2c3d");
        assert.equal(validateVpcId("t", "vpc-0a1b2c3d4e5f67890"), "vpc-0a1b2c3d4e5f67890");
        assert.throws(() => validateVpcId("denyOutsideCidrs", "vpc-123"), {
            message: `denyOutsideCidrs: "vpc-123" is not a valid VPC id; expected "vpc-" followed by 8 or 17 lowercase hex digits, like vpc-0a1b2c3d4e5f67890`,
        });
        assert.throws(() => validateVpcId("t", 7), { message: /^t: 7 is not a valid VPC id;/ });
    });

    it("accepts 12-digit account ids and refuses others", () => {
        assert.equal(validateAccountId("t", "111122223333"), "111122223333");
        assert.equal(isAccountId("11112222333"), false);
        assert.equal(isAccountId(111122223333), false);
        assert.throws(() => validateAccountId("t", "1111-2222-3333"), {
            message: `t: "1111-2222-3333" is not a valid AWS account id; expected 12 digits, like 111122223333`,
        });
    });
});

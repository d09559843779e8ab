import { resourcePolicy } from "../framework/guardrailPolicy";
import { PropValue, UNKNOWN, asBoolean, asString } from "../framework/props";

/** `aws:kms/key:Key`. */
const KMS_KEY = "aws:kms/key:Key";

function isSetString(value: PropValue): boolean {
    const text = asString(value);
    return value === UNKNOWN || (text !== undefined && text !== "");
}

/**
 * Customer-managed symmetric encryption keys must rotate their key material
 * (`enableKeyRotation: true`). Keys that AWS cannot rotate are skipped:
 * asymmetric and HMAC keys (`customerMasterKeySpec` other than
 * SYMMETRIC_DEFAULT, or `keyUsage` other than ENCRYPT_DECRYPT) and keys in a
 * custom or external key store. Advisory: rotation is free for the key but
 * each rotated version costs a monthly fee.
 */
export const kmsKeyRotationEnabled = resourcePolicy({
    name: "kms-key-rotation-enabled",
    area: "logging",
    description: "Symmetric customer-managed KMS keys must have automatic key rotation enabled.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: "Set `enableKeyRotation: true` on the aws.kms.Key (optionally `rotationPeriodInDays`, 90-2560; the default is 365).",
    cis: { v7: ["4.6"], v5: ["3.6"] },
    types: [KMS_KEY],
    check: (resource, report) => {
        const props = resource.props;
        const spec = props.customerMasterKeySpec;
        const usage = props.keyUsage;
        if (spec === UNKNOWN || usage === UNKNOWN || props.enableKeyRotation === UNKNOWN) {
            return;
        }
        if ((asString(spec) ?? "SYMMETRIC_DEFAULT") !== "SYMMETRIC_DEFAULT" || (asString(usage) ?? "ENCRYPT_DECRYPT") !== "ENCRYPT_DECRYPT") {
            return;
        }
        if (isSetString(props.customKeyStoreId) || isSetString(props.xksKeyId)) {
            return;
        }
        if (asBoolean(props.enableKeyRotation) !== true) {
            report(`${resource.name} is a symmetric encryption key without automatic rotation (enableKeyRotation is not true)`);
        }
    },
});
